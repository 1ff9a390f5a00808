using CoopSante.Telemedicine.Resources;
using Microsoft.Extensions.Localization;

namespace CoopSante.Telemedicine.Billing.Returns;

/// <summary>A return reason in words, on every screen that shows a returned debit; the code stays beside it for the bank.</summary>
internal static class ReturnReasonNames
{
    /// <summary>"Provision insuffisante" for 901; null for a code that has no name (the caller says so in its own words).</summary>
    public static string? Of(IStringLocalizer<ReturnReasonText> names, string code) =>
        names["ReturnReason." + code] is { ResourceNotFound: false } name ? name.Value : null;

    /// <summary>The name, or "unknown return reason" for a code the bank added since.</summary>
    public static string OfAny(IStringLocalizer<ReturnReasonText> names, string code) => Of(names, code) ?? names["ReturnReason.Unknown"];

    /// <summary>"code 901": the code as secondary information beside the name.</summary>
    public static string Code(IStringLocalizer<ReturnReasonText> names, string code) => names["ReturnReason.Code", code];
}
