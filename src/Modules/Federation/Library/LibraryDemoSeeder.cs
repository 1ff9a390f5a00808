using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;
using CoopSante.Federation.Bulletins;
using CoopSante.Federation.Data;
using CoopSante.Platform.Demo;
using CoopSante.Platform.Documents;
using CoopSante.Platform.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Federation.Library;

/// <summary>
/// The federation's library in the demo: twenty fictitious documents (guides, templates, by-law models, policies, forms,
/// training), their files made at seed time (PDF with the platform's layout helper, a minimal Word document, CSV, text),
/// two of them in a second version, one addressed to two regions and one to three coops.
/// </summary>
internal sealed class LibraryDemoSeeder : IDemoSeeder
{
    public int Order => 111;

    private enum Kind { Pdf, Docx, Csv, Text }

    private sealed record Seed(string TitleFr, string TitleEn, string DescriptionFr, string DescriptionEn, LibraryCategory Category, Kind Kind, string FileName,
        int Versions = 1, string[]? Regions = null, Guid[]? Coops = null);

    private static readonly Seed[] Documents =
    [
        new("Modèle de règlement intérieur", "By-law model", "Règlement intérieur type d'une coopérative de solidarité en santé : catégories de membres, parts de qualification, conseil d'administration.",
            "Model by-laws of a health solidarity cooperative: member categories, qualifying shares, board of directors.", LibraryCategory.BylawModel, Kind.Pdf, "modele-reglement-interieur.pdf", Versions: 2),
        new("Guide de l'assemblée générale annuelle", "Annual general meeting guide", "Préparer, convoquer et tenir l'assemblée générale annuelle dans les six mois suivant la fin de l'exercice.",
            "Preparing, convening and holding the annual general meeting within six months of the fiscal year end.", LibraryCategory.Guide, Kind.Pdf, "guide-aga.pdf"),
        new("Modèle d'avis de convocation à l'assemblée générale", "AGM notice template", "Avis de convocation à adapter : date, lieu, ordre du jour, élections au conseil.",
            "Notice to adapt: date, place, agenda, board elections.", LibraryCategory.Template, Kind.Docx, "avis-convocation-aga.docx"),
        new("Modèle de procès-verbal du conseil d'administration", "Board minutes template", "Gabarit de procès-verbal : présences, quorum, résolutions, votes.",
            "Minutes template: attendance, quorum, resolutions, votes.", LibraryCategory.Template, Kind.Docx, "proces-verbal-ca.docx"),
        new("Guide d'accueil des nouveaux administrateurs", "New directors' welcome guide", "Rôle et responsabilités des administrateurs d'une coopérative de santé.",
            "Role and duties of a health coop's directors.", LibraryCategory.Guide, Kind.Pdf, "accueil-administrateurs.pdf"),
        new("Politique de confidentialité type (Loi 25)", "Model privacy policy (Law 25)", "Politique de protection des renseignements personnels : responsable, consentement, incidents de confidentialité.",
            "Personal information protection policy: person in charge, consent, confidentiality incidents.", LibraryCategory.Policy, Kind.Pdf, "politique-confidentialite.pdf", Versions: 2),
        new("Registre des incidents de confidentialité — modèle", "Confidentiality incident register template", "Colonnes du registre à tenir au moins cinq ans.",
            "The register's columns, to be kept at least five years.", LibraryCategory.Template, Kind.Csv, "registre-incidents.csv"),
        new("Guide de conformité au Cadre de référence", "Cadre de référence compliance guide", "Comment se préparer à l'autoévaluation et à l'audit de conformité de la fédération.",
            "How to prepare for the federation's self-assessment and compliance audit.", LibraryCategory.Guide, Kind.Pdf, "guide-conformite.pdf"),
        new("Formulaire d'adhésion type", "Model membership application form", "Demande d'adhésion et souscription des parts de qualification, par catégorie de membre.",
            "Membership application and qualifying share subscription, per member category.", LibraryCategory.Form, Kind.Pdf, "formulaire-adhesion.pdf"),
        new("Modèle de politique de remboursement des parts", "Share refund policy model", "Critères du conseil pour rembourser des parts (article 38 de la Loi sur les coopératives).",
            "The board's criteria for refunding shares (section 38 of the Cooperatives Act).", LibraryCategory.Policy, Kind.Pdf, "politique-remboursement-parts.pdf"),
        new("Guide de la télémédecine pour les coops participantes", "Telemedicine guide for participating coops", "Inscriptions, prélèvements préautorisés, liste des personnes admissibles.",
            "Enrolments, pre-authorized debits, roster of eligible people.", LibraryCategory.Guide, Kind.Pdf, "guide-telemedecine.pdf", Coops: [DemoIds.Contrecoeur, DemoIds.IciSante, DemoIds.LeRocher]),
        new("Modèle d'entente de partenariat avec un CISSS", "Partnership agreement model with a CISSS", "Entente type : objectifs communs, plan d'action concerté, comité de suivi.",
            "Model agreement: common objectives, concerted action plan, follow-up committee.", LibraryCategory.Template, Kind.Docx, "entente-partenariat-cisss.docx", Regions: ["16", "04"]),
        new("Guide de recrutement des médecins", "Physician recruitment guide", "Étapes, partenaires régionaux et conditions d'exercice en coopérative.",
            "Steps, regional partners and practice conditions in a coop.", LibraryCategory.Guide, Kind.Pdf, "recrutement-medecins.pdf"),
        new("Modèle de budget annuel", "Annual budget template", "Postes budgétaires usuels d'une coopérative de santé.",
            "The usual budget lines of a health coop.", LibraryCategory.Template, Kind.Csv, "budget-annuel.csv"),
        new("Code d'éthique et de déontologie des administrateurs — modèle", "Directors' code of ethics model", "Conflits d'intérêts, confidentialité, loyauté envers la coopérative.",
            "Conflicts of interest, confidentiality, loyalty to the coop.", LibraryCategory.BylawModel, Kind.Pdf, "code-ethique-administrateurs.pdf"),
        new("Formation : le rôle du conseil d'administration", "Training: the board's role", "Support de formation pour les administrateurs élus à l'assemblée.",
            "Training material for the directors elected at the meeting.", LibraryCategory.Training, Kind.Pdf, "formation-role-ca.pdf"),
        new("Formation : accueil et confidentialité à la réception", "Training: reception and confidentiality", "Bonnes pratiques de l'accueil : renseignements de santé, carte d'assurance maladie.",
            "Reception good practice: health information, health insurance card.", LibraryCategory.Training, Kind.Pdf, "formation-accueil.pdf"),
        new("Politique de gestion des plaintes — modèle", "Complaints policy model", "Recevoir, traiter et répondre aux plaintes des membres et des patients.",
            "Receiving, handling and answering members' and patients' complaints.", LibraryCategory.Policy, Kind.Pdf, "politique-plaintes.pdf"),
        new("Guide des communications avec les membres", "Member communications guide", "Infolettre, consentement aux courriels, envoi postal aux membres sans courriel.",
            "Newsletter, e-mail consent, mail to members without e-mail.", LibraryCategory.Guide, Kind.Text, "guide-communications.txt"),
        new("Rapport annuel — gabarit", "Annual report template", "Gabarit du rapport annuel approuvé par le conseil et transmis au ministère.",
            "Template of the annual report approved by the board and sent to the ministry.", LibraryCategory.Template, Kind.Docx, "rapport-annuel.docx"),
    ];

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<FederationDbContext>();
        if (await db.LibraryDocuments.AnyAsync(ct)) return;
        var files = services.GetRequiredService<IFileStore>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        for (var i = 0; i < Documents.Length; i++)
        {
            var s = Documents[i];
            var audience = s.Regions is not null ? BulletinAudience.Regions : s.Coops is not null ? BulletinAudience.Coops : BulletinAudience.AllCoops;
            var document = new LibraryDocument
            {
                Id = Guid.CreateVersion7(), TitleFr = s.TitleFr, TitleEn = s.TitleEn, DescriptionFr = s.DescriptionFr, DescriptionEn = s.DescriptionEn,
                Category = s.Category, Audience = audience, CreatedAt = now.AddDays(-60 + i), Version = 1,
            };
            document.Targets = [.. (s.Regions ?? []).Select(r => new LibraryDocumentTarget { Id = Guid.CreateVersion7(), DocumentId = document.Id, RegionCode = r }),
                                .. (s.Coops ?? []).Select(c => new LibraryDocumentTarget { Id = Guid.CreateVersion7(), DocumentId = document.Id, CoopId = c })];
            for (var n = 1; n <= s.Versions; n++)
            {
                await using var content = new MemoryStream(Content(s, n));
                var stored = await files.SaveAsync(FileOwners.Federation, LibraryCommands.DocumentUse, s.FileName, content, ct);
                document.Versions.Add(new LibraryDocumentVersion
                {
                    Id = Guid.CreateVersion7(), DocumentId = document.Id, Number = n, FileId = stored.Id, FileName = stored.FileName, ContentType = stored.ContentType,
                    Length = stored.Length, Note = n > 1 ? "Mise à jour selon les modifications législatives récentes (exemple fictif)." : null,
                    UploadedAt = document.CreatedAt.AddDays(n - 1 + (n > 1 ? 20 : 0)), UploadedByName = "Hélène Gagnon",
                });
            }
            document.CurrentVersion = s.Versions;
            document.UpdatedAt = document.Versions[^1].UploadedAt;
            document.SearchText = LibrarySearch.TextOf(document);
            db.LibraryDocuments.Add(document);
        }
        await db.SaveChangesAsync(ct);
    }

    private static byte[] Content(Seed s, int version)
    {
        var lines = new[] { s.TitleFr, $"Version {version.ToString(CultureInfo.InvariantCulture)}", s.DescriptionFr,
            "Document fictif de démonstration de la Fédération des coopératives de santé (FQCS) : à adapter par chaque coop." };
        return s.Kind switch
        {
            Kind.Pdf => new PdfBuilder(s.TitleFr, CultureInfo.GetCultureInfo("fr-CA")).Heading(lines[0]).Paragraph(lines[1], bold: true).Paragraph(lines[2]).Gap().Paragraph(lines[3]).ToBytes(),
            Kind.Docx => Docx(lines),
            Kind.Csv => Encoding.UTF8.GetBytes("Poste;Montant prévu;Note\r\nSalaires;0;À compléter\r\nLoyer;0;À compléter\r\nFournitures;0;À compléter\r\n"),
            _ => Encoding.UTF8.GetBytes(string.Join("\n\n", lines) + "\n"),
        };
    }

    /// <summary>The smallest Word document that opens: content types, the package relation and one paragraph per line.</summary>
    private static byte[] Docx(IEnumerable<string> paragraphs)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Entry(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            Entry(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
            var body = string.Concat(paragraphs.Select(p => $"<w:p><w:r><w:t xml:space=\"preserve\">{SecurityElement.Escape(p)}</w:t></w:r></w:p>"));
            Entry(zip, "word/document.xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>""");
        }
        return buffer.ToArray();
    }

    private static void Entry(ZipArchive zip, string name, string xml)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(xml);
    }
}
