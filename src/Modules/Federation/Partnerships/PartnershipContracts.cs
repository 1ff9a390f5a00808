namespace CoopSante.Federation.Partnerships;

// What callers send. Kinds and statuses travel as their names (HealthCentre, Active, InProgress…).

internal sealed record ContactInput(string? Name, string? Role = null, string? Email = null, string? Phone = null);

internal sealed record PartnerInput(string? Kind, string? Name, string? Region, IReadOnlyList<ContactInput>? Contacts = null);

/// <summary>An agreement: <see cref="CoopIds"/> empty makes it a regional agreement, read by every coop of the region.</summary>
internal sealed record AgreementInput(string? Title, string? Region, DateOnly? StartsOn, DateOnly? EndsOn, string? Status,
    IReadOnlyList<Guid>? PartnerIds, IReadOnlyList<Guid>? CoopIds = null, int? Version = null);

internal sealed record IndicatorInput(string? Name, string? Unit, decimal? Baseline, decimal? Target);

internal sealed record ObjectiveInput(string? Title, IReadOnlyList<IndicatorInput>? Indicators);

internal sealed record MeasureInput(decimal? Current, DateOnly? MeasuredOn);

internal sealed record PlanInput(string? Title, DateOnly? StartsOn);

/// <summary>An action: <see cref="OwnerSide"/> Coop or Federation with <see cref="OwnerName"/>, or Partner with <see cref="OwnerContactId"/>.</summary>
internal sealed record ActionInput(string? Title, string? OwnerSide, string? OwnerName, Guid? OwnerContactId, DateOnly? DueOn, string? Status = null, int? Version = null);

internal sealed record NoteInput(string? Text);

internal sealed record OutcomeInput(string? Text, string? RecommendationCode = null);

internal sealed record ConsultationInput(DateOnly? HeldOn, string? Title, string? Minutes, IReadOnlyList<Guid>? PartnerIds = null,
    IReadOnlyList<Guid>? ContactIds = null, IReadOnlyList<Guid>? CoopIds = null, IReadOnlyList<OutcomeInput>? Outcomes = null);

// What readers get.

internal sealed record ContactDto(Guid Id, string Name, string? Role, string? Email, string? Phone);

internal sealed record PartnerDto(Guid Id, string Kind, string Name, string RegionCode, IReadOnlyList<ContactDto> Contacts, int Version);

internal sealed record NamedDto(Guid Id, string Name);

internal sealed record DocumentDto(Guid Id, string FileName, string ContentType, long Length, DateTimeOffset AddedAt);

internal sealed record IndicatorDto(Guid Id, string Name, string Unit, decimal Baseline, decimal Target, decimal? Current, DateOnly? MeasuredOn);

internal sealed record ObjectiveDto(Guid Id, string Title, IReadOnlyList<IndicatorDto> Indicators);

internal sealed record NoteDto(Guid Id, DateTimeOffset WrittenAt, string Author, string Text);

internal sealed record ActionDto(Guid Id, string Title, string OwnerSide, string OwnerName, Guid? OwnerContactId, DateOnly DueOn, string Status, bool Overdue,
    IReadOnlyList<NoteDto> Notes, int Version);

internal sealed record PlanDto(Guid Id, string Title, DateOnly StartsOn, IReadOnlyList<ActionDto> Actions);

internal sealed record OutcomeDto(Guid Id, string Text, string? RecommendationCode, string? RecommendationTitle);

/// <summary>A consultation; <see cref="MinutesHtml"/> is sanitized.</summary>
internal sealed record ConsultationDto(Guid Id, DateOnly HeldOn, string Title, string Minutes, string MinutesHtml, IReadOnlyList<string> Participants,
    IReadOnlyList<OutcomeDto> Outcomes);

internal sealed record AgreementListItem(Guid Id, string Title, string RegionCode, string Status, DateOnly StartsOn, DateOnly? EndsOn,
    IReadOnlyList<string> Partners, IReadOnlyList<string> Coops, int OpenActions, int OverdueActions, int Version);

internal sealed record AgreementDetail(Guid Id, string Title, string RegionCode, string Status, DateOnly StartsOn, DateOnly? EndsOn, int Version,
    IReadOnlyList<PartnerDto> Partners, IReadOnlyList<NamedDto> Coops, IReadOnlyList<DocumentDto> Documents, IReadOnlyList<ObjectiveDto> Objectives,
    IReadOnlyList<PlanDto> Plans, IReadOnlyList<ConsultationDto> Consultations);

/// <summary>One region's partnerships at a glance, for the federation's view.</summary>
internal sealed record RegionSummary(string RegionCode, int Partners, int Agreements, int ActiveAgreements, int OpenActions, int OverdueActions);
