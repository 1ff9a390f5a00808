namespace CoopSante.Compliance.Privacy;

internal sealed record PrivacyOfficerInput(string? Name, string? Title, string? Email, string? Phone, DateOnly? DesignatedOn);

internal sealed record PrivacyOfficerDto(string Name, string Title, string Email, string? Phone, DateOnly DesignatedOn, int Version)
{
    public static PrivacyOfficerDto From(PrivacyOfficer o) => new(o.Name, o.Title, o.Email, o.Phone, o.DesignatedOn, o.Version);
}

internal sealed record IncidentInput(
    DateOnly? OccurredOn, DateOnly? DiscoveredOn, string? Description, string? InformationConcerned, int? PeopleAffected,
    bool? RiskOfSeriousHarm, DateOnly? CaiNotifiedOn, DateOnly? PeopleNotifiedOn, string? Measures, int? Version = null);

internal sealed record IncidentDto(
    Guid Id, int Number, DateOnly OccurredOn, DateOnly DiscoveredOn, string Description, string InformationConcerned, int PeopleAffected,
    bool RiskOfSeriousHarm, DateOnly? CaiNotifiedOn, DateOnly? PeopleNotifiedOn, string Measures, DateOnly KeepUntil, bool NotificationsDue, int Version)
{
    public static IncidentDto From(ConfidentialityIncident i) => new(i.Id, i.Number, i.OccurredOn, i.DiscoveredOn, i.Description, i.InformationConcerned,
        i.PeopleAffected, i.RiskOfSeriousHarm, i.CaiNotifiedOn, i.PeopleNotifiedOn, i.Measures, i.KeepUntil,
        i.RiskOfSeriousHarm && (i.CaiNotifiedOn is null || i.PeopleNotifiedOn is null), i.Version);
}

internal sealed record ReviewInput(DateOnly? ReviewedOn, string? ReviewedBy, string? Notes);

internal sealed record ReviewDto(Guid Id, DateOnly ReviewedOn, string ReviewedBy, string? Notes);

internal sealed record AssessmentInput(string? Project, string? Status, DateOnly? StartedOn, DateOnly? CompletedOn, string? Conclusion, int? Version = null);

internal sealed record AssessmentDto(Guid Id, string Project, string Status, DateOnly StartedOn, DateOnly? CompletedOn, string? Conclusion, int Version)
{
    public static AssessmentDto From(PrivacyImpactAssessment a) => new(a.Id, a.Project, a.Status.ToString(), a.StartedOn, a.CompletedOn, a.Conclusion, a.Version);
}
