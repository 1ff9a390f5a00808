using CoopSante.Federation.Contracts;
using CoopSante.Membership.Contracts;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Files;
using CoopSante.Platform.Tenancy;
using CoopSante.Telemedicine.Data;
using CoopSante.Telemedicine.Model;

namespace CoopSante.Telemedicine.Enrolments;

internal sealed record PadRequest(string? PayorName, string? Institution, string? Transit, string? Account, bool Accepted);

/// <param name="PersonIds">Register ids of the household people to cover (the member's own id included), from the household preview.</param>
internal sealed record EnrolRequest(
    Guid? MemberId, DateOnly? CoverageStart, IReadOnlyList<Guid>? PersonIds, string? Email, string? Language,
    bool Consent, ConsentChannel? ConsentChannel, PaymentMethod? PaymentMethod, PadRequest? Pad);

/// <param name="EndsOn">Last covered day; by default the end of the paid period (Billing), or of the current month.</param>
internal sealed record CancelRequest(DateOnly? EndsOn, string? Reason, int? Version = null);

internal sealed record HouseholdPreviewPerson(Guid PersonId, string FamilyName, string GivenName, DateOnly? BirthDate, HouseholdRelationship Relationship, bool SameAddress, bool Eligible);

/// <summary>What the wizard shows before enrolling: may this member enrol, who may be covered on that date, at what price.</summary>
internal sealed record HouseholdPreview(Guid MemberId, int? MemberNumber, bool IsActive, bool InGoodStanding, bool CoopParticipates, bool AlreadyEnrolled,
    DateOnly CoverageStart, decimal MonthlyPrice, int ChildAgeLimit, string? Email, string Language, string ConsentTextVersion, IReadOnlyList<HouseholdPreviewPerson> People);

/// <param name="RegisterPersonId">The person in Membership's register (inside the platform only: the roster sends <paramref name="PersonId"/>).</param>
internal sealed record CoveredPersonDto(Guid PersonId, string FamilyName, string GivenName, DateOnly BirthDate, HouseholdRelationship Relationship, DateOnly CoverageStart, DateOnly? CoverageEnd,
    Guid RegisterPersonId); // no default: OpenAPI's schema exporter cannot write a Guid parameter's default value

internal sealed record PadAgreementDto(Guid Id, string PayorName, string Institution, string Transit, string AccountMasked, DateTimeOffset AcceptedAt, string AcceptedByName, bool HasPdf, DateTimeOffset? EndedAt);

internal sealed record HouseholdChangeDto(Guid CoveredPersonId, HouseholdChangeKind Kind, DateOnly EffectiveOn, DateTimeOffset RecordedAt, string PersonName = "");

internal sealed record EnrolmentDto(
    Guid Id, Guid CoopId, Guid MemberId, int? MemberNumber, string MemberName, EnrolmentStatus Status, DateOnly CoverageStart, DateOnly? CoverageEnd,
    PaymentMethod PaymentMethod, string Email, string Language, DunningState DunningState, DateOnly? GraceEndsOn, DateTimeOffset EnrolledAt, int Version,
    IReadOnlyList<CoveredPersonDto> People, string? ConsentTextVersion, DateTimeOffset? ConsentGivenAt, ConsentChannel? ConsentChannel,
    PadAgreementDto? Pad, IReadOnlyList<HouseholdChangeDto> Changes);

internal sealed record EnrolmentListItem(Guid Id, Guid MemberId, int? MemberNumber, string MemberName, EnrolmentStatus Status, DateOnly CoverageStart, DateOnly? CoverageEnd,
    int People, PaymentMethod PaymentMethod, DunningState DunningState);

/// <summary>What enrolling needs, for the endpoints and the screens alike.</summary>
internal sealed record EnrolmentServices(
    TelemedicineDbContext Db, IAuditTrail Audit, IMemberStandings Standings, IMemberHouseholds Households, IFileStore Files,
    ICoopLetterheads Letterheads, ICurrentUser User, TimeProvider Clock);
