using CoopSante.Compliance.Data;
using CoopSante.Compliance.Frameworks;
using CoopSante.Platform.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Compliance.Demo;

/// <summary>
/// The demo's example framework: version 1 published, version 2 in consultation (one recommendation reworded, one added,
/// one moved, one removed, so that the comparison shows each kind). Labelled as an example everywhere; never the official 48.
/// </summary>
internal sealed class ComplianceDemoSeeder : IDemoSeeder
{
    public int Order => 200;

    public static readonly Guid FrameworkId = new("5a000000-0000-7000-8000-000000000001");
    public static readonly Guid Version1Id = new("5a000000-0000-7000-8000-000000000011");
    public static readonly Guid Version2Id = new("5a000000-0000-7000-8000-000000000012");

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<ComplianceDbContext>();
        if (await db.Frameworks.AnyAsync(f => f.Id == FrameworkId, ct)) return;
        var clock = services.GetRequiredService<TimeProvider>();
        var now = clock.GetUtcNow();
        var today = clock.Today();
        var framework = new Framework { Id = FrameworkId, Name = ExampleFramework.Name, IsExample = true, CreatedAt = now, Version = 1 };
        var v1 = Build(Version1Id, 1, FrameworkVersionStatus.Published, ExampleFramework.Version1, now);
        v1.PublishedOn = today.AddMonths(-10);
        var v2 = Build(Version2Id, 2, FrameworkVersionStatus.InConsultation, Revised(), now);
        v2.Notes = "Mise à jour proposée : revue annuelle du registre des incidents, rapport annuel précisé, authentification déplacée dans la section Loi 25.";
        framework.Versions.AddRange([v1, v2]);
        db.Frameworks.Add(framework);
        SeedConsultation(db, v2, today, now);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The consultation on version 2, with a few threads from coops and public-network partners (fictitious people).</summary>
    private static void SeedConsultation(ComplianceDbContext db, FrameworkVersion v2, DateOnly today, DateTimeOffset now)
    {
        var consultation = new Consultations.Consultation { Id = Guid.CreateVersion7(), VersionId = v2.Id, OpenedOn = today.AddDays(-14), ClosesOn = today.AddDays(30), CreatedAt = now };
        db.Consultations.Add(consultation);
        Guid Rec(string code) => v2.Recommendations.Single(r => r.Code == code).Id;
        Consultations.ConsultationComment Comment(string code, string name, string org, string body, int daysAgo, Guid? parent = null,
            Consultations.CommentOutcome outcome = Consultations.CommentOutcome.Pending, string? reason = null) => new()
        {
            Id = Guid.CreateVersion7(), ConsultationId = consultation.Id, RecommendationId = Rec(code), ParentId = parent, AuthorId = Guid.Empty,
            AuthorName = name, AuthorOrganization = org, Body = body, PostedAt = now.AddDays(-daysAgo), Outcome = outcome, OutcomeReason = reason,
            DecidedAt = outcome == Consultations.CommentOutcome.Pending ? null : now.AddDays(-daysAgo + 2), Version = 1,
        };
        var first = Comment("PRV-06", "Personne fictive (CISSS)", "CISSS — exemple", "Préciser qui signe la revue annuelle du registre.", 10,
            outcome: Consultations.CommentOutcome.Accepted);
        db.ConsultationComments.AddRange(
            first,
            Comment("PRV-06", "Équipe FQCS", "FQCS", "Nous ajoutons « par la personne responsable ».", 9, first.Id),
            Comment("GOV-03", "Direction fictive d'une coop", "Coopérative — exemple", "Présenter le rapport aux membres alourdit l'assemblée.", 7,
                outcome: Consultations.CommentOutcome.Declined, reason: "La présentation aux membres relève de la transparence attendue."),
            Comment("SAN-04", "Personne fictive (Collège)", "Collège — exemple", "Étendre la double authentification aux accès à distance.", 3));
    }

    /// <summary>Version 2: GOV-03 reworded, GOV-07 removed, SAN-04 moved to the privacy section, PRV-06 added.</summary>
    internal static ExampleFramework.Sec[] Revised()
    {
        var sections = ExampleFramework.Version1.Select(s => s with { Recommendations = [.. s.Recommendations] }).ToArray();
        var governance = sections[1];
        sections[1] = governance with
        {
            Recommendations = governance.Recommendations.Where(r => r.Code != "GOV-07").Select(r => r.Code != "GOV-03" ? r : r with
            {
                StatementFr = "Le rapport annuel, approuvé par le conseil et attesté par deux administrateurs, est transmis au ministre dans les 30 jours suivant l'assemblée annuelle et présenté aux membres.",
                StatementEn = "The annual report, approved by the board and attested by two directors, is sent to the minister within 30 days of the AGM and presented to the members.",
            }).ToArray(),
        };
        var twoFactor = sections[3].Recommendations.Single(r => r.Code == "SAN-04");
        sections[3] = sections[3] with { Recommendations = sections[3].Recommendations.Where(r => r.Code != "SAN-04").ToArray() };
        sections[2] = sections[2] with
        {
            Recommendations =
            [
                .. sections[2].Recommendations, twoFactor,
                new("PRV-06", 2, ApplicabilityKind.Always, null, "Revue annuelle du registre des incidents", "Annual review of the incident register",
                    "Le registre des incidents de confidentialité est revu au moins une fois par période de 12 mois et la revue est consignée.",
                    "The confidentiality incident register is reviewed at least once every 12 months and the review is recorded.",
                    "Loi sur le secteur privé, art. 3.8", "Date et compte rendu de la dernière revue.", "Date and notes of the last review."),
            ],
        };
        return sections;
    }

    private static FrameworkVersion Build(Guid id, int number, FrameworkVersionStatus status, ExampleFramework.Sec[] sections, DateTimeOffset now)
    {
        var v = new FrameworkVersion { Id = id, FrameworkId = FrameworkId, Number = number, Status = status, CreatedAt = now, Version = 1 };
        for (var i = 0; i < sections.Length; i++)
        {
            var section = new Section { Id = Guid.CreateVersion7(), VersionId = id, Order = i + 1, TitleFr = sections[i].TitleFr, TitleEn = sections[i].TitleEn };
            v.Sections.Add(section);
            var recs = sections[i].Recommendations;
            for (var j = 0; j < recs.Length; j++)
            {
                var r = recs[j];
                v.Recommendations.Add(new Recommendation
                {
                    Id = Guid.CreateVersion7(), VersionId = id, SectionId = section.Id, Code = r.Code, Order = j + 1,
                    TitleFr = r.TitleFr, TitleEn = r.TitleEn, StatementFr = r.StatementFr, StatementEn = r.StatementEn,
                    LegalReferences = r.Legal, ExpectedEvidenceFr = r.EvidenceFr, ExpectedEvidenceEn = r.EvidenceEn,
                    Criticality = r.Criticality, Applicability = r.Kind, ApplicabilityParameter = r.Parameter,
                });
            }
        }
        return v;
    }
}
