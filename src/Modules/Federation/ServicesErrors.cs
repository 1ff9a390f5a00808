using CoopSante.Platform.Errors;

namespace CoopSante.Federation;

/// <summary>Failures of the federation's services to its coops; messages in ServicesText.resx under the same keys.</summary>
internal static class ServicesErrors
{
    public static readonly ErrorCode FactsGroupingUnknown = new("Federation.FactsGroupingUnknown");
}
