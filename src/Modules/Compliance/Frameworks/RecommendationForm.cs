namespace CoopSante.Compliance.Frameworks;

/// <summary>The recommendation editor's fields (mutable for binding), turned into the same input the API takes.</summary>
internal sealed class RecommendationForm
{
    public Guid? Id { get; set; }
    public Guid? SectionId { get; set; }
    public string? Code { get; set; }
    public string? TitleFr { get; set; }
    public string? TitleEn { get; set; }
    public string? StatementFr { get; set; }
    public string? StatementEn { get; set; }
    public string? GuidanceFr { get; set; }
    public string? GuidanceEn { get; set; }
    public string? LegalReferences { get; set; }
    public string? ExpectedEvidenceFr { get; set; }
    public string? ExpectedEvidenceEn { get; set; }
    public int Criticality { get; set; } = 2;
    public ApplicabilityKind Applicability { get; set; }
    public int? ApplicabilityParameter { get; set; }

    public RecommendationInput ToInput() => new(SectionId, Code, TitleFr, TitleEn, StatementFr, StatementEn, GuidanceFr, GuidanceEn, LegalReferences,
        ExpectedEvidenceFr, ExpectedEvidenceEn, Criticality, Applicability.ToString(),
        Applicability == ApplicabilityKind.MoreMembersThan ? ApplicabilityParameter : null);

    public static RecommendationForm From(RecommendationDto r) => new()
    {
        Id = r.Id, SectionId = r.SectionId, Code = r.Code, TitleFr = r.TitleFr, TitleEn = r.TitleEn, StatementFr = r.StatementFr, StatementEn = r.StatementEn,
        GuidanceFr = r.GuidanceFr, GuidanceEn = r.GuidanceEn, LegalReferences = r.LegalReferences, ExpectedEvidenceFr = r.ExpectedEvidenceFr,
        ExpectedEvidenceEn = r.ExpectedEvidenceEn, Criticality = r.Criticality, Applicability = Enum.Parse<ApplicabilityKind>(r.Applicability),
        ApplicabilityParameter = r.ApplicabilityParameter,
    };
}
