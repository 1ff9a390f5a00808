using CoopSante.Federation.Bulletins;
using CoopSante.Federation.Data;
using CoopSante.Platform.Demo;
using CoopSante.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Federation.Advantages;

/// <summary>
/// The advantages catalogue in the demo (fictitious suppliers): the telemedicine offer for members of participating coops,
/// offers for the coops and for their members, one for Montérégie only, one expired (hidden) and one starting next month.
/// </summary>
internal sealed class AdvantagesDemoSeeder : IDemoSeeder
{
    public int Order => 112;

    private sealed record Seed(string Supplier, string TitleFr, string TitleEn, string DescriptionFr, string DescriptionEn, string ConditionsFr, string ConditionsEn,
        string ClaimFr, string ClaimEn, int StartsInDays, int? EndsInDays, AdvantageBeneficiaries Beneficiaries, bool Telemedicine = false, string[]? Regions = null);

    private static readonly Seed[] Catalogue =
    [
        new("Akira par TELUS Santé", "Télémédecine 24/7 pour vous et votre famille", "24/7 telemedicine for you and your family",
            "Clavardage, vidéo et messagerie avec un médecin ou une infirmière praticienne, jour et nuit (services non assurés).",
            "Chat, video and messaging with a physician or a nurse practitioner, day and night (non-insured services).",
            "8 $ par mois pour le membre et sa famille (conjoint et enfants de moins de 26 ans à la même adresse).",
            "$8 per month for the member and their family (spouse and children under 26 at the same address).",
            "Inscrivez-vous dans votre portail, page Télémédecine, ou à l'accueil de votre coop.", "Enrol in your portal, Telemedicine page, or at your coop's front desk.",
            -300, null, AdvantageBeneficiaries.Members, Telemedicine: true),
        new("Fournitures Médicales Boréales (fictif)", "12 % sur les fournitures médicales", "12% off medical supplies",
            "Gants, pansements, seringues et petit matériel de clinique à prix négocié par la fédération.",
            "Gloves, dressings, syringes and small clinic equipment at a price negotiated by the federation.",
            "Commande minimale de 250 $ ; livraison gratuite au-delà de 500 $.", "Minimum order $250; free delivery over $500.",
            "Ouvrez un compte avec le code FQCS-2026 au service à la clientèle.", "Open an account with code FQCS-2026 with customer service.",
            -120, 245, AdvantageBeneficiaries.Coops),
        new("Mutuelle coopérative Horizon (fictive)", "Assurance responsabilité des administrateurs", "Directors' liability insurance",
            "Couverture des administrateurs et dirigeants à tarif de groupe.", "Directors' and officers' coverage at a group rate.",
            "Réservé aux coops membres en règle de la fédération.", "For coops in good standing with the federation.",
            "Demandez une soumission en mentionnant votre numéro de membre FQCS.", "Ask for a quote quoting your FQCS member number.",
            -400, null, AdvantageBeneficiaries.Coops),
        new("Optique Boréale (fictif)", "15 % sur les lunettes et verres de contact", "15% off glasses and contact lenses",
            "Rabais sur les montures, les verres et les lentilles dans toutes les succursales.", "Discount on frames, lenses and contacts in every store.",
            "Non cumulable avec une autre promotion.", "Cannot be combined with another promotion.",
            "Présentez votre carte de membre de la coop en magasin.", "Show your coop membership card in store.",
            -60, 300, AdvantageBeneficiaries.Members),
        new("Formations Santé Plus (fictif)", "Formations en ligne gratuites pour le personnel", "Free online training for staff",
            "Modules sur l'accueil, la confidentialité et la prévention des infections.", "Modules on reception, confidentiality and infection prevention.",
            "", "",
            "Inscrivez votre personnel sur le portail du fournisseur avec l'adresse courriel de la coop.", "Register your staff on the supplier's portal with the coop's e-mail address.",
            -30, 335, AdvantageBeneficiaries.CoopsAndMembers),
        new("Centre sportif Richelieu (fictif)", "Abonnement à tarif réduit en Montérégie", "Reduced-rate membership in Montérégie",
            "Abonnement annuel au centre sportif à 20 % de rabais.", "Annual sports centre membership at 20% off.",
            "Pour les membres des coops de la Montérégie.", "For members of Montérégie coops.",
            "Présentez votre carte de membre à l'accueil du centre.", "Show your membership card at the centre's front desk.",
            -10, 180, AdvantageBeneficiaries.Members, Regions: ["16"]),
        new("Pharmacie Coop Santé (fictif)", "Campagne de vaccination antigrippale 2025", "2025 flu vaccination campaign",
            "Cliniques de vaccination à tarif préférentiel pour le personnel.", "Vaccination clinics at a preferential rate for staff.",
            "", "", "Réservation auprès de la pharmacie partenaire.", "Book with the partner pharmacy.",
            -400, -200, AdvantageBeneficiaries.Coops),
        new("Logiciels Solidaires (fictif)", "Suite bureautique à tarif OBNL", "Office suite at a non-profit rate",
            "Licences bureautiques et courriel pour les coops à tarif d'organisme sans but lucratif.", "Office and e-mail licences for coops at a non-profit rate.",
            "Engagement d'un an.", "One-year commitment.", "Écrivez à la fédération pour obtenir le lien d'inscription.", "Write to the federation for the sign-up link.",
            30, 395, AdvantageBeneficiaries.Coops),
    ];

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<FederationDbContext>();
        if (await db.Advantages.AnyAsync(ct)) return;
        var clock = services.GetRequiredService<TimeProvider>();
        var (today, now) = (clock.Today(), clock.GetUtcNow());
        foreach (var s in Catalogue)
        {
            var id = Guid.CreateVersion7();
            db.Advantages.Add(new Advantage
            {
                Id = id, Supplier = s.Supplier, TitleFr = s.TitleFr, TitleEn = s.TitleEn, DescriptionFr = s.DescriptionFr, DescriptionEn = s.DescriptionEn,
                ConditionsFr = s.ConditionsFr, ConditionsEn = s.ConditionsEn, HowToClaimFr = s.ClaimFr, HowToClaimEn = s.ClaimEn,
                ValidFrom = today.AddDays(s.StartsInDays), ValidUntil = s.EndsInDays is { } end ? today.AddDays(end) : null,
                Audience = s.Regions is null ? BulletinAudience.AllCoops : BulletinAudience.Regions, Beneficiaries = s.Beneficiaries, TelemedicineOffer = s.Telemedicine,
                Targets = [.. (s.Regions ?? []).Select(r => new AdvantageTarget { Id = Guid.CreateVersion7(), AdvantageId = id, RegionCode = r })],
                CreatedAt = now, UpdatedAt = now, Version = 1,
            });
        }
        await db.SaveChangesAsync(ct);
    }
}
