namespace CoopSante.Compliance.Frameworks;

internal sealed record VersionListItem(Guid Id, int Number, string Status, int RecommendationCount, DateOnly? PublishedOn);

internal sealed record FrameworkListItem(Guid Id, string Name, bool IsExample, IReadOnlyList<VersionListItem> Versions);

internal sealed record RecommendationDto(
    Guid Id, Guid SectionId, string Code, int Order, string TitleFr, string TitleEn, string StatementFr, string StatementEn,
    string? GuidanceFr, string? GuidanceEn, string? LegalReferences, string? ExpectedEvidenceFr, string? ExpectedEvidenceEn,
    int Criticality, string Applicability, int? ApplicabilityParameter)
{
    public static RecommendationDto From(Recommendation r) => new(
        r.Id, r.SectionId, r.Code, r.Order, r.TitleFr, r.TitleEn, r.StatementFr, r.StatementEn, r.GuidanceFr, r.GuidanceEn,
        r.LegalReferences, r.ExpectedEvidenceFr, r.ExpectedEvidenceEn, r.Criticality, r.Applicability.ToString(), r.ApplicabilityParameter);
}

internal sealed record SectionDto(Guid Id, int Order, string TitleFr, string TitleEn, IReadOnlyList<RecommendationDto> Recommendations);

internal sealed record VersionDetail(
    Guid Id, Guid FrameworkId, string FrameworkName, bool IsExample, int Number, string Status, DateOnly? PublishedOn, string? Notes,
    IReadOnlyList<SectionDto> Sections)
{
    public static VersionDetail From(VersionContent c) => new(
        c.Version.Id, c.Framework.Id, c.Framework.Name, c.Framework.IsExample, c.Version.Number, c.Version.Status.ToString(), c.Version.PublishedOn,
        c.Version.Notes, c.Sections.Select(s => new SectionDto(s.Section.Id, s.Section.Order, s.Section.TitleFr, s.Section.TitleEn,
            s.Recommendations.Select(RecommendationDto.From).ToList())).ToList());
}

internal sealed record FrameworkInput(string? Name);

internal sealed record SectionInput(string? TitleFr, string? TitleEn);

internal sealed record RecommendationInput(
    Guid? SectionId, string? Code, string? TitleFr, string? TitleEn, string? StatementFr, string? StatementEn,
    string? GuidanceFr, string? GuidanceEn, string? LegalReferences, string? ExpectedEvidenceFr, string? ExpectedEvidenceEn,
    int? Criticality, string? Applicability, int? ApplicabilityParameter);

/// <summary>Where to put a section or a recommendation: a 0-based position, and for a recommendation the section (another one moves it).</summary>
internal sealed record MoveInput(Guid? SectionId, int? Position);

internal sealed record StatusInput(string? Status);
