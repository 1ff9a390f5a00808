using CoopSante.Compliance.Data;
using CoopSante.Compliance.Privacy;
using CoopSante.Platform.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Compliance.Demo;

/// <summary>
/// Contrecoeur's Law 25 registers, so that the demo coop's privacy page, its public profile and the conformity indicators
/// show what a kept register looks like: the person in charge, one minor incident, last year's review and two assessments.
/// Fictitious people and events.
/// </summary>
internal sealed class PrivacyDemoSeeder : IDemoSeeder
{
    public int Order => 210;

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<ComplianceDbContext>();
        var coop = DemoIds.Contrecoeur;
        if (await db.PrivacyOfficers.IgnoreQueryFilters().AnyAsync(o => o.CoopId == coop, ct)) return;
        var clock = services.GetRequiredService<TimeProvider>();
        var now = clock.GetUtcNow();
        var today = clock.Today();
        db.PrivacyOfficers.Add(new PrivacyOfficer
        {
            Id = Guid.CreateVersion7(), CoopId = coop, Name = "Isabelle Gagnon (fictive)", Title = "Directrice générale",
            Email = "vie-privee@contrecoeur.demo.coopsante.ca", Phone = "450 555-0142", DesignatedOn = today.AddMonths(-14), UpdatedAt = now, Version = 1,
        });
        db.ConfidentialityIncidents.Add(new ConfidentialityIncident
        {
            Id = Guid.CreateVersion7(), CoopId = coop, Number = 1, OccurredOn = today.AddMonths(-5), DiscoveredOn = today.AddMonths(-5).AddDays(1),
            Description = "Un avis de convocation a été envoyé par courriel à un membre avec l'adresse d'un autre membre en copie visible.",
            InformationConcerned = "Nom et adresse courriel", PeopleAffected = 2, RiskOfSeriousHarm = false,
            Measures = "Excuses aux deux membres; les envois se font désormais en copie cachée.",
            RecordedAt = now.AddMonths(-5), KeepUntil = today.AddMonths(-5).AddYears(ConfidentialityIncident.RetentionYears), UpdatedAt = now.AddMonths(-5), Version = 1,
        });
        db.IncidentRegisterReviews.Add(new IncidentRegisterReview
        {
            Id = Guid.CreateVersion7(), CoopId = coop, ReviewedOn = today.AddMonths(-2), ReviewedBy = "Isabelle Gagnon (fictive)",
            Notes = "Registre revu avec le conseil; aucune mesure supplémentaire.", RecordedAt = now.AddMonths(-2),
        });
        db.PrivacyImpactAssessments.AddRange(
            new PrivacyImpactAssessment
            {
                Id = Guid.CreateVersion7(), CoopId = coop, Project = "Programme de télémédecine : liste des personnes couvertes transmise au fournisseur",
                Status = AssessmentStatus.Completed, StartedOn = today.AddMonths(-13), CompletedOn = today.AddMonths(-12),
                Conclusion = "Seuls les renseignements nécessaires sont transmis, jamais le numéro d'assurance maladie.", UpdatedAt = now.AddMonths(-12), Version = 1,
            },
            new PrivacyImpactAssessment
            {
                Id = Guid.CreateVersion7(), CoopId = coop, Project = "Prise de rendez-vous en ligne",
                Status = AssessmentStatus.InProgress, StartedOn = today.AddMonths(-1), UpdatedAt = now.AddMonths(-1), Version = 1,
            });
        await db.SaveChangesAsync(ct);
    }
}
