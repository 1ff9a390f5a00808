namespace CoopSante.Federation.Advantages;

/// <summary>
/// What the federation sends to offer or change an advantage. <see cref="Audience"/>: <c>AllCoops</c>, <c>Regions</c> (regions) or
/// <c>Coops</c> (coopIds); <see cref="Beneficiaries"/>: <c>CoopsAndMembers</c>, <c>Coops</c> or <c>Members</c>; <see cref="Version"/> as read, to change one.
/// </summary>
internal sealed record AdvantageInput(string? Supplier, string? TitleFr, string? TitleEn, string? DescriptionFr, string? DescriptionEn,
    string? ConditionsFr, string? ConditionsEn, string? HowToClaimFr, string? HowToClaimEn, DateOnly? ValidFrom, DateOnly? ValidUntil,
    string? Audience, IReadOnlyList<string>? Regions = null, IReadOnlyList<Guid>? CoopIds = null, string? Beneficiaries = null,
    bool TelemedicineOffer = false, int? Version = null);

/// <summary>An advantage as the federation manages it; <see cref="State"/>: <c>Upcoming</c>, <c>Current</c>, <c>Expired</c> or <c>Withdrawn</c>.</summary>
internal sealed record FederationAdvantageDto(Guid Id, string Supplier, string TitleFr, string TitleEn, string DescriptionFr, string DescriptionEn,
    string ConditionsFr, string ConditionsEn, string HowToClaimFr, string HowToClaimEn, DateOnly ValidFrom, DateOnly? ValidUntil, string Audience,
    IReadOnlyList<string> Regions, IReadOnlyList<Guid> CoopIds, string Beneficiaries, bool TelemedicineOffer, string State, int Version);

/// <summary>An advantage in force as a coop's people or members see it, in their language.</summary>
internal sealed record CoopAdvantageDto(Guid Id, string Supplier, string Title, string Description, string Conditions, string HowToClaim,
    DateOnly ValidFrom, DateOnly? ValidUntil, string Beneficiaries, bool TelemedicineOffer);
