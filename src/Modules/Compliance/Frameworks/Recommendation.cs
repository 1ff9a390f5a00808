namespace CoopSante.Compliance.Frameworks;

/// <summary>
/// One recommendation of a version: what a coop must do, how to show it, how much it weighs, and to which coops it applies.
/// Text is Markdown (rendered with Markdig, cleaned with HtmlSanitizer), in French and English.
/// </summary>
internal sealed class Recommendation
{
    public const int CodeMax = 20;
    public const int TitleMax = 300;
    public const int TextMax = 8000;
    public const int LegalReferencesMax = 1000;

    public Guid Id { get; set; }
    public Guid VersionId { get; set; }
    public Guid SectionId { get; set; }
    /// <summary>Stable across versions ("GOV-03"): the comparison matches recommendations by it.</summary>
    public string Code { get; set; } = "";
    /// <summary>Position within its section.</summary>
    public int Order { get; set; }
    public string TitleFr { get; set; } = "";
    public string TitleEn { get; set; } = "";
    public string StatementFr { get; set; } = "";
    public string StatementEn { get; set; } = "";
    public string? GuidanceFr { get; set; }
    public string? GuidanceEn { get; set; }
    /// <summary>Citations ("RLRQ c. C-67.2, art. 76"), one per line.</summary>
    public string? LegalReferences { get; set; }
    public string? ExpectedEvidenceFr { get; set; }
    public string? ExpectedEvidenceEn { get; set; }
    /// <summary>Weight in the score: 1 (low), 2, 3 (critical).</summary>
    public int Criticality { get; set; } = 2;
    public ApplicabilityKind Applicability { get; set; }
    /// <summary>The condition's parameter: N for <see cref="ApplicabilityKind.MoreMembersThan"/>, null otherwise.</summary>
    public int? ApplicabilityParameter { get; set; }

    public string Title(bool english) => english && TitleEn.Length > 0 ? TitleEn : TitleFr;
    public string Statement(bool english) => english && StatementEn.Length > 0 ? StatementEn : StatementFr;
    public string? Guidance(bool english) => english && !string.IsNullOrEmpty(GuidanceEn) ? GuidanceEn : GuidanceFr;
    public string? ExpectedEvidence(bool english) => english && !string.IsNullOrEmpty(ExpectedEvidenceEn) ? ExpectedEvidenceEn : ExpectedEvidenceFr;

    public ApplicabilityRule Rule => new(Applicability, ApplicabilityParameter);
}
