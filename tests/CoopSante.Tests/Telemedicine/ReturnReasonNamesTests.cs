using System.Globalization;
using CoopSante.Telemedicine.Billing.Returns;
using CoopSante.Telemedicine.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CoopSante.Tests.Telemedicine;

/// <summary>A returned debit reads its reason in words on the billing screens and the member's invoices, in French and English.</summary>
public sealed class ReturnReasonNamesTests
{
    private static readonly IStringLocalizer<ReturnReasonText> Names =
        new StringLocalizer<ReturnReasonText>(new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));

    private static T In<T>(string culture, Func<T> read)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try { return read(); }
        finally { CultureInfo.CurrentUICulture = before; }
    }

    [Theory]
    [InlineData("fr-CA")]
    [InlineData("en-CA")]
    public void Every_code_the_bank_may_return_has_a_name_of_its_own(string culture)
    {
        var names = In(culture, () => ReturnReasons.Codes.Select(code => ReturnReasonNames.Of(Names, code)).ToList());
        Assert.DoesNotContain(null, names);
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(22, names.Count);
    }

    [Fact]
    public void Insufficient_funds_reads_as_words_in_each_language_with_its_code_beside_it()
    {
        Assert.Equal(("Provision insuffisante", "code 901"), In("fr-CA", () => (ReturnReasonNames.OfAny(Names, "901"), ReturnReasonNames.Code(Names, "901"))));
        Assert.Equal(("Insufficient funds", "code 901"), In("en-CA", () => (ReturnReasonNames.OfAny(Names, "901"), ReturnReasonNames.Code(Names, "901"))));
    }

    [Fact]
    public void A_code_the_bank_added_since_is_named_as_unknown_not_left_raw()
    {
        Assert.Null(In("fr-CA", () => ReturnReasonNames.Of(Names, "999")));
        Assert.Equal("Motif de retour inconnu", In("fr-CA", () => ReturnReasonNames.OfAny(Names, "999")));
        Assert.Equal("Unknown return reason", In("en-CA", () => ReturnReasonNames.OfAny(Names, "999")));
    }
}
