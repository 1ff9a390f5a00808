using System.Globalization;

namespace CoopSante.Platform.Demo;

/// <summary>
/// Given names, family names and streets common in Québec, for fictitious demo people: any resemblance of a
/// combination to a real person is chance. Picked by a seeded random source, so the demo is the same on every start.
/// </summary>
public static class QuebecNames
{
    public static readonly IReadOnlyList<string> WomenGivenNames =
    [
        "Marie", "Geneviève", "Isabelle", "Julie", "Nathalie", "Sophie", "Mélanie", "Catherine", "Annie", "Josée", "Chantal", "Sylvie",
        "Manon", "Diane", "Francine", "Louise", "Lise", "Ginette", "Johanne", "Véronique", "Stéphanie", "Émilie", "Audrey", "Marie-Ève",
        "Marie-Claude", "Andréanne", "Camille", "Léa", "Rosalie", "Florence", "Charlotte", "Alice", "Béatrice", "Noémie", "Laurence", "Justine",
        "Hélène", "Monique", "Claudette", "Huguette", "Gisèle", "Thérèse", "Lucie", "Karine", "Valérie", "Myriam", "Maude", "Élodie",
    ];

    public static readonly IReadOnlyList<string> MenGivenNames =
    [
        "Jean", "Pierre", "Michel", "André", "Luc", "Marc", "François", "Stéphane", "Sylvain", "Martin", "Éric", "Patrick",
        "Daniel", "Alain", "Claude", "Gilles", "Réjean", "Denis", "Yves", "Guy", "Normand", "Gaétan", "Richard", "Sébastien",
        "Mathieu", "Maxime", "Jean-François", "Marc-André", "Jean-Philippe", "Alexandre", "Olivier", "Simon", "Félix", "William", "Samuel", "Gabriel",
        "Louis", "Thomas", "Émile", "Antoine", "Raphaël", "Nicolas", "Vincent", "Benoît", "Rémi", "Hugo", "Étienne", "Jérôme",
    ];

    public static readonly IReadOnlyList<string> FamilyNames =
    [
        "Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie", "Fortin", "Gagné", "Ouellet", "Pelletier",
        "Bélanger", "Lévesque", "Bergeron", "Leblanc", "Paquette", "Girard", "Simard", "Boucher", "Caron", "Beaulieu", "Cloutier", "Dubé",
        "Poirier", "Fournier", "Lapointe", "Leclerc", "Lefebvre", "Poulin", "Thibault", "St-Pierre", "Nadeau", "Martin", "Landry", "Martel",
        "Bédard", "Grenier", "Lessard", "Bernier", "Richard", "Michaud", "Hébert", "Desjardins", "Couture", "Turcotte", "Lachance", "Parent",
        "Blais", "Gosselin", "Savard", "Proulx", "Beaudoin", "Demers", "Perron", "Boudreau", "Thériault", "Bérubé", "Ménard", "Pépin",
        "Fréchette", "Généreux", "Boisvert", "Vachon", "Daigle", "Champagne", "Charbonneau", "Bouchard-Tremblay", "Gélinas", "O'Neil",
    ];

    public static readonly IReadOnlyList<string> Streets =
    [
        "rue Principale", "rang Saint-Joseph", "boulevard Marie-Victorin", "rue Saint-Jean", "rue Notre-Dame", "rue de l'Église", "chemin du Roy",
        "rue des Érables", "rue du Fleuve", "rang du Bas-de-l'Île", "montée Lapierre", "rue Saint-Laurent", "avenue des Pins", "rue Champlain",
        "rue Laurier", "rue Papineau", "rue des Pionniers", "chemin de la Côte", "rue Sainte-Anne", "rang Sainte-Marie", "rue du Moulin",
        "rue des Bouleaux", "boulevard Saint-Louis", "rue de la Fabrique", "rue des Tilleuls", "chemin des Patriotes", "rue Saint-Antoine",
        "rang de la Rivière", "rue Frontenac", "rue des Cèdres",
    ];

    /// <summary>Businesses and groups that are supporting members of a coop.</summary>
    public static readonly IReadOnlyList<string> OrganisationKinds =
        ["Pharmacie", "Quincaillerie", "Boulangerie", "Ferme", "Garage", "Club de l'âge d'or", "Caisse populaire", "Épicerie", "Fromagerie", "Érablière"];

    public static string GivenName(Random random) =>
        random.Next(2) == 0 ? Pick(random, WomenGivenNames) : Pick(random, MenGivenNames);

    public static string FamilyName(Random random) => Pick(random, FamilyNames);

    /// <summary>A civic number and a street: "145, rue Principale" (the comma as Canada Post writes French addresses).</summary>
    public static string StreetAddress(Random random) =>
        string.Create(CultureInfo.InvariantCulture, $"{random.Next(1, 2400)}, {Pick(random, Streets)}");

    public static string Organisation(Random random, string city) =>
        random.Next(2) == 0 ? $"{Pick(random, OrganisationKinds)} {Pick(random, FamilyNames)}" : $"{Pick(random, OrganisationKinds)} de {city}";

    private static string Pick(Random random, IReadOnlyList<string> list) => list[random.Next(list.Count)];
}
