namespace CoopSante.Federation.Coops;

/// <summary>Opening hours as the API carries them: one free text per weekday.</summary>
internal sealed record OpeningHoursDto(string? Monday = null, string? Tuesday = null, string? Wednesday = null, string? Thursday = null,
    string? Friday = null, string? Saturday = null, string? Sunday = null)
{
    public static OpeningHoursDto From(OpeningHours h) => new(h.Monday, h.Tuesday, h.Wednesday, h.Thursday, h.Friday, h.Saturday, h.Sunday);
}

internal sealed record DeclaredCountsDto(int? Members, int? Physicians, int? Nurses, int? OtherProfessionals, DateOnly? DeclaredOn, int? Patients = null);

/// <summary>What federation admins send to create or update a coop (<see cref="Version"/> required on update).</summary>
internal sealed record CoopInput(
    string? Name,
    string? LegalName,
    string? Neq,
    string? Address,
    string? City,
    string? PostalCode,
    string? RegionCode,
    string? Phone = null,
    string? Email = null,
    string? Website = null,
    string? Description = null,
    DateOnly? FoundedOn = null,
    DateOnly? FqcsMemberSince = null,
    OpeningHoursDto? OpeningHours = null,
    IReadOnlyList<string>? Services = null,
    DeclaredCountsDto? DeclaredCounts = null,
    string? Status = null,
    int? Version = null);

/// <summary>The public fields a coop's own admin may change.</summary>
internal sealed record CoopProfileInput(
    string? Phone,
    string? Email,
    string? Website,
    string? Description,
    OpeningHoursDto? OpeningHours,
    IReadOnlyList<string>? Services,
    int? Version);

internal sealed record StatusChangeInput(string? Status, int? Version);

internal sealed record RegionDto(string Code, string Name);

internal sealed record ServiceDto(string Code, string Name);

internal sealed record CoopDto(
    Guid Id, string Name, string LegalName, string Neq, string Address, string City, string PostalCode, RegionDto Region,
    string? Phone, string? Email, string? Website, string? Description, DateOnly? FoundedOn, DateOnly? FqcsMemberSince, string Status,
    OpeningHoursDto OpeningHours, IReadOnlyList<ServiceDto> Services, DeclaredCountsDto DeclaredCounts,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, int Version);

internal sealed record CoopListItem(Guid Id, string Name, string City, RegionDto Region, string Status, string Neq, int DeclaredMembers, int Version);

internal sealed record CoopProfileDto(Guid Id, string Name, string? Phone, string? Email, string? Website, string? Description,
    OpeningHoursDto OpeningHours, IReadOnlyList<ServiceDto> Services, int Version);

internal sealed record CoopChangeDto(Guid Id, DateTimeOffset OccurredAt, string Kind, Guid? ActorUserId, string? ActorName, IReadOnlyList<FieldChange> Changes);
