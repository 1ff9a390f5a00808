namespace CoopSante.Membership.Resources;

/// <summary>Marker for the annual report and the register of share movements: AnnualReportText.resx (fr) and AnnualReportText.en.resx (en).</summary>
internal sealed class AnnualReportText;
