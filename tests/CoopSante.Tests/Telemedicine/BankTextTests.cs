using CoopSante.Telemedicine.Billing.Cpa005;
using CsCheck;

namespace CoopSante.Tests.Telemedicine;

public class BankTextTests
{
    [Theory]
    [InlineData("Côté", "COTE")]
    [InlineData("Jean-Pierre", "JEAN PIERRE")]
    [InlineData("O'Neil", "O NEIL")]
    [InlineData("Lévesque, Ève", "LEVESQUE, EVE")]
    [InlineData("Cœur  d’Alène", "COEUR D ALENE")]
    [InlineData("Straße Ørsted", "STRASSE ORSTED")]
    [InlineData("  -Émile- ", "EMILE")]
    [InlineData("=cmd|' /C calc'!A0", "CMD C CALC A0")]
    public void Names_are_transliterated_to_what_banks_accept(string name, string expected) =>
        Assert.Equal(expected, BankText.Transliterate(name, 30));

    [Fact]
    public void A_long_name_is_cut_to_its_field_without_a_trailing_space() =>
        Assert.Equal("MARIE EVE DE LA", BankText.Transliterate("Marie-Ève de la Chevrotière", 15));

    [Fact]
    public void Any_text_becomes_bank_safe_and_fits_its_field() =>
        Gen.String.Sample(s =>
        {
            var t = BankText.Transliterate(s, 30);
            return t.Length <= 30 && BankText.IsBankSafe(t) && t == t.Trim();
        });
}
