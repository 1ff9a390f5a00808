namespace CoopSante.Compliance.Contracts;

/// <summary>Where a coop stands on two Law 25 duties, for live indicators (never an incident's content).</summary>
/// <param name="PrivacyOfficerDesignated">A person in charge of the protection of personal information is designated.</param>
/// <param name="IncidentRegisterLastReviewedOn">The last recorded review of the confidentiality incident register, or null.</param>
public sealed record CoopPrivacyStatus(Guid CoopId, bool PrivacyOfficerDesignated, DateOnly? IncidentRegisterLastReviewedOn);

/// <summary>The person in charge as the coop's public profile shows them (title and contact, as Law 25 requires).</summary>
public sealed record PublicPrivacyOfficer(string Name, string Title, string Email, string? Phone);

/// <summary>Reads a coop's Law 25 registers without reaching into the compliance module.</summary>
public interface ICoopPrivacy
{
    /// <summary>The coop's status on the privacy-officer and incident-register-review duties (any caller; crosses coops on purpose).</summary>
    Task<CoopPrivacyStatus> StatusAsync(Guid coopId, CancellationToken ct = default);

    /// <summary>The coop's designated person in charge, for its public profile; null when none is designated.</summary>
    Task<PublicPrivacyOfficer?> PublicOfficerAsync(Guid coopId, CancellationToken ct = default);
}
