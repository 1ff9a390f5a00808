using CoopSante.Platform.Text;
using System.Net.Mail;
using CoopSante.Compliance.Data;
using CoopSante.Compliance.Frameworks;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Compliance.Privacy;

/// <summary>What a register change needs: the coop's context (filtered to the coop the caller acts in), the audit trail, the clock.</summary>
internal sealed record PrivacyWork(ComplianceDbContext Db, IAuditTrail Audit, TimeProvider Clock);

/// <summary>Keeping the Law 25 registers of one coop. Incidents are never deleted here: the register keeps them five years at least.</summary>
internal static class PrivacyCommands
{
    public const int MaxPeopleAffected = 10_000_000;

    public static async Task<PrivacyOfficer> DesignateAsync(PrivacyWork w, Guid coopId, PrivacyOfficerInput input, CancellationToken ct)
    {
        var failures = new List<Failure>();
        var name = TextRules.RequiredLine(failures, input.Name, "name", PrivacyOfficer.NameMax);
        var title = TextRules.RequiredLine(failures, input.Title, "title", PrivacyOfficer.NameMax);
        var email = TextRules.RequiredLine(failures, input.Email, "email", PrivacyOfficer.EmailMax);
        if (email.Length > 0 && !(MailAddress.TryCreate(email, out var address) && string.Equals(address.Address, email, StringComparison.OrdinalIgnoreCase) && email.Contains('.', StringComparison.Ordinal)))
            failures.Add(PlatformErrors.InvalidEmail.At("email"));
        var phone = TextRules.Optional(failures, input.Phone, "phone", PrivacyOfficer.PhoneMax);
        var today = w.Clock.Today();
        if (input.DesignatedOn is null) failures.Add(PlatformErrors.Required.At("designatedOn"));
        else if (input.DesignatedOn > today) failures.Add(ComplianceErrors.DateInFuture.At("designatedOn"));
        DomainException.ThrowIfAny(failures);
        var officer = await w.Db.PrivacyOfficers.FirstOrDefaultAsync(o => o.CoopId == coopId, ct);
        if (officer is null)
        {
            officer = new PrivacyOfficer { Id = Guid.CreateVersion7(), CoopId = coopId, Version = 1 };
            w.Db.PrivacyOfficers.Add(officer);
        }
        (officer.Name, officer.Title, officer.Email, officer.Phone, officer.DesignatedOn, officer.UpdatedAt) = (name, title, email, phone, input.DesignatedOn!.Value, w.Clock.GetUtcNow());
        await w.Db.SaveChangesAndAuditAsync(w.Audit, new AuditEntry(AuditEventType.PrivacyOfficerDesignated, nameof(PrivacyOfficer), officer.Id.ToString(), coopId), ct);
        return officer;
    }

    public static async Task<ConfidentialityIncident> RecordIncidentAsync(PrivacyWork w, Guid coopId, IncidentInput input, CancellationToken ct)
    {
        var incident = new ConfidentialityIncident { Id = Guid.CreateVersion7(), CoopId = coopId, Version = 1 };
        Apply(w, incident, input);
        var now = w.Clock.GetUtcNow();
        incident.RecordedAt = now;
        incident.KeepUntil = w.Clock.Today().AddYears(ConfidentialityIncident.RetentionYears);
        incident.Number = (await w.Db.ConfidentialityIncidents.Where(i => i.CoopId == coopId).MaxAsync(i => (int?)i.Number, ct) ?? 0) + 1;
        w.Db.ConfidentialityIncidents.Add(incident);
        await w.Db.SaveChangesAndAuditAsync(w.Audit, new AuditEntry(AuditEventType.ConfidentialityIncidentRecorded, nameof(ConfidentialityIncident), incident.Id.ToString(), coopId,
            new { incident.Number, incident.RiskOfSeriousHarm }), ct);
        return incident;
    }

    public static async Task<ConfidentialityIncident> UpdateIncidentAsync(PrivacyWork w, Guid coopId, Guid incidentId, IncidentInput input, CancellationToken ct)
    {
        var incident = await w.Db.ConfidentialityIncidents.FirstOrDefaultAsync(i => i.Id == incidentId && i.CoopId == coopId, ct) ?? throw new DomainException(PlatformErrors.NotFound);
        if (input.Version is null) throw new DomainException(PlatformErrors.Required.At("version"));
        if (input.Version != incident.Version) throw new DomainException(PlatformErrors.StaleVersion);
        Apply(w, incident, input);
        await w.Db.SaveChangesAndAuditAsync(w.Audit, new AuditEntry(AuditEventType.ConfidentialityIncidentUpdated, nameof(ConfidentialityIncident), incident.Id.ToString(), coopId,
            new { incident.Number, incident.RiskOfSeriousHarm, cai = incident.CaiNotifiedOn, people = incident.PeopleNotifiedOn }), ct);
        return incident;
    }

    private static void Apply(PrivacyWork w, ConfidentialityIncident i, IncidentInput input)
    {
        var failures = new List<Failure>();
        var today = w.Clock.Today();
        DateOnly Date(DateOnly? value, string field)
        {
            if (value is null) { failures.Add(PlatformErrors.Required.At(field)); return default; }
            if (value > today) failures.Add(ComplianceErrors.DateInFuture.At(field));
            return value.Value;
        }
        var occurred = Date(input.OccurredOn, "occurredOn");
        var discovered = Date(input.DiscoveredOn, "discoveredOn");
        if (input.OccurredOn is not null && input.DiscoveredOn is not null && discovered < occurred) failures.Add(ComplianceErrors.DiscoveredBeforeOccurred.At("discoveredOn"));
        var description = TextRules.Required(failures, input.Description, "description", ConfidentialityIncident.TextMax);
        var information = TextRules.Required(failures, input.InformationConcerned, "informationConcerned", ConfidentialityIncident.TextMax);
        var measures = TextRules.Required(failures, input.Measures, "measures", ConfidentialityIncident.TextMax);
        if (input.PeopleAffected is null) failures.Add(PlatformErrors.Required.At("peopleAffected"));
        else if (input.PeopleAffected is < 0 or > MaxPeopleAffected) failures.Add(ComplianceErrors.CountInvalid.At("peopleAffected", MaxPeopleAffected));
        if (input.RiskOfSeriousHarm is null) failures.Add(PlatformErrors.Required.At("riskOfSeriousHarm"));
        foreach (var (value, field) in new[] { (input.CaiNotifiedOn, "caiNotifiedOn"), (input.PeopleNotifiedOn, "peopleNotifiedOn") })
        {
            if (value is null) continue;
            if (value > today) failures.Add(ComplianceErrors.DateInFuture.At(field));
            else if (input.DiscoveredOn is not null && value < discovered) failures.Add(ComplianceErrors.NotifiedBeforeDiscovered.At(field));
        }
        DomainException.ThrowIfAny(failures);
        (i.OccurredOn, i.DiscoveredOn, i.Description, i.InformationConcerned, i.Measures) = (occurred, discovered, description, information, measures);
        (i.PeopleAffected, i.RiskOfSeriousHarm, i.CaiNotifiedOn, i.PeopleNotifiedOn) = (input.PeopleAffected!.Value, input.RiskOfSeriousHarm!.Value, input.CaiNotifiedOn, input.PeopleNotifiedOn);
        i.UpdatedAt = w.Clock.GetUtcNow();
    }

    public static async Task<IncidentRegisterReview> RecordReviewAsync(PrivacyWork w, Guid coopId, ReviewInput input, CancellationToken ct)
    {
        var failures = new List<Failure>();
        if (input.ReviewedOn is null) failures.Add(PlatformErrors.Required.At("reviewedOn"));
        else if (input.ReviewedOn > w.Clock.Today()) failures.Add(ComplianceErrors.DateInFuture.At("reviewedOn"));
        var by = TextRules.RequiredLine(failures, input.ReviewedBy, "reviewedBy", PrivacyOfficer.NameMax);
        var notes = TextRules.Optional(failures, input.Notes, "notes", IncidentRegisterReview.NotesMax);
        DomainException.ThrowIfAny(failures);
        var review = new IncidentRegisterReview { Id = Guid.CreateVersion7(), CoopId = coopId, ReviewedOn = input.ReviewedOn!.Value, ReviewedBy = by, Notes = notes, RecordedAt = w.Clock.GetUtcNow() };
        w.Db.IncidentRegisterReviews.Add(review);
        await w.Db.SaveChangesAndAuditAsync(w.Audit, new AuditEntry(AuditEventType.IncidentRegisterReviewed, nameof(IncidentRegisterReview), review.Id.ToString(), coopId,
            new { review.ReviewedOn }), ct);
        return review;
    }

    public static async Task<PrivacyImpactAssessment> SaveAssessmentAsync(PrivacyWork w, Guid coopId, Guid? assessmentId, AssessmentInput input, CancellationToken ct)
    {
        PrivacyImpactAssessment? a = null;
        if (assessmentId is { } id)
        {
            a = await w.Db.PrivacyImpactAssessments.FirstOrDefaultAsync(x => x.Id == id && x.CoopId == coopId, ct) ?? throw new DomainException(PlatformErrors.NotFound);
            if (input.Version is null) throw new DomainException(PlatformErrors.Required.At("version"));
            if (input.Version != a.Version) throw new DomainException(PlatformErrors.StaleVersion);
        }
        var failures = new List<Failure>();
        var project = TextRules.RequiredLine(failures, input.Project, "project", PrivacyImpactAssessment.ProjectMax);
        var conclusion = TextRules.Optional(failures, input.Conclusion, "conclusion", PrivacyImpactAssessment.TextMax);
        AssessmentStatus status = default;
        if (string.IsNullOrWhiteSpace(input.Status)) failures.Add(PlatformErrors.Required.At("status"));
        else if (input.Status.Any(char.IsDigit) || !Enum.TryParse(input.Status.Trim(), true, out status) || !Enum.IsDefined(status)) failures.Add(PlatformErrors.InvalidValue.At("status"));
        var today = w.Clock.Today();
        if (input.StartedOn is null) failures.Add(PlatformErrors.Required.At("startedOn"));
        if (status == AssessmentStatus.Completed && input.CompletedOn is null) failures.Add(PlatformErrors.Required.At("completedOn"));
        if (status != AssessmentStatus.Completed && input.CompletedOn is not null) failures.Add(PlatformErrors.InvalidValue.At("completedOn"));
        if (input.CompletedOn is { } done && (done > today || (input.StartedOn is { } s && done < s))) failures.Add(PlatformErrors.InvalidValue.At("completedOn"));
        DomainException.ThrowIfAny(failures);
        if (a is null)
        {
            a = new PrivacyImpactAssessment { Id = Guid.CreateVersion7(), CoopId = coopId, Version = 1 };
            w.Db.PrivacyImpactAssessments.Add(a);
        }
        (a.Project, a.Status, a.StartedOn, a.CompletedOn, a.Conclusion, a.UpdatedAt) = (project, status, input.StartedOn!.Value, input.CompletedOn, conclusion, w.Clock.GetUtcNow());
        await w.Db.SaveChangesAndAuditAsync(w.Audit, new AuditEntry(AuditEventType.PrivacyImpactAssessmentSaved, nameof(PrivacyImpactAssessment), a.Id.ToString(), coopId,
            new { status = status.ToString() }), ct);
        return a;
    }
}
