using CoopSante.Platform.Data;

namespace CoopSante.Compliance.Privacy;

/// <summary>
/// The coop's person in charge of the protection of personal information (Law 25, s. 3.1): by default the highest
/// authority, who may delegate in writing. Their title and contact details are published on the coop's public profile.
/// </summary>
internal sealed class PrivacyOfficer : ICoopOwned, IVersioned
{
    public const int NameMax = 200;
    public const int EmailMax = 254;
    public const int PhoneMax = 40;

    public Guid Id { get; set; }
    public Guid CoopId { get; set; }
    public string Name { get; set; } = "";
    public string Title { get; set; } = "";
    public string Email { get; set; } = "";
    public string? Phone { get; set; }
    public DateOnly DesignatedOn { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>
/// One confidentiality incident (Law 25, s. 3.8): what happened, whose information, the risk of serious injury and the
/// notifications to the Commission d'accès à l'information and to the people. Kept at least five years.
/// </summary>
internal sealed class ConfidentialityIncident : ICoopOwned, IVersioned
{
    public const int TextMax = 4000;
    public const int RetentionYears = 5;

    public Guid Id { get; set; }
    public Guid CoopId { get; set; }
    /// <summary>"2026-001": the coop's running number, shown in exports.</summary>
    public int Number { get; set; }
    public DateOnly OccurredOn { get; set; }
    public DateOnly DiscoveredOn { get; set; }
    public string Description { get; set; } = "";
    public string InformationConcerned { get; set; } = "";
    public int PeopleAffected { get; set; }
    public bool RiskOfSeriousHarm { get; set; }
    public DateOnly? CaiNotifiedOn { get; set; }
    public DateOnly? PeopleNotifiedOn { get; set; }
    public string Measures { get; set; } = "";
    public DateTimeOffset RecordedAt { get; set; }
    /// <summary>The first day the row may be destroyed: five years after it was recorded.</summary>
    public DateOnly KeepUntil { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>A review of the incident register by the person in charge (the "last reviewed on" indicator reads it).</summary>
internal sealed class IncidentRegisterReview : ICoopOwned
{
    public const int NotesMax = 2000;

    public Guid Id { get; set; }
    public Guid CoopId { get; set; }
    public DateOnly ReviewedOn { get; set; }
    public string ReviewedBy { get; set; } = "";
    public string? Notes { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}

internal enum AssessmentStatus
{
    Planned = 0,
    InProgress = 1,
    Completed = 2,
}

/// <summary>A privacy impact assessment (Law 25, s. 3.3) of a project that handles personal information.</summary>
internal sealed class PrivacyImpactAssessment : ICoopOwned, IVersioned
{
    public const int ProjectMax = 300;
    public const int TextMax = 4000;

    public Guid Id { get; set; }
    public Guid CoopId { get; set; }
    public string Project { get; set; } = "";
    public AssessmentStatus Status { get; set; }
    public DateOnly StartedOn { get; set; }
    public DateOnly? CompletedOn { get; set; }
    public string? Conclusion { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }
}
