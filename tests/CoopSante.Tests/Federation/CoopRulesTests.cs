using CoopSante.Federation.Coops;
using CoopSante.Federation.Regions;
using CoopSante.Platform.Text;

namespace CoopSante.Tests.Federation;

public sealed class CoopRulesTests
{
    [Theory]
    [InlineData("1140000000", "1140000000")]
    [InlineData(" 1140 000 000 ", "1140000000")]
    [InlineData("1140-000-000", "1140000000")]
    public void A_ten_digit_neq_is_accepted_and_compacted(string input, string expected) =>
        Assert.Equal(expected, CoopRules.NormalizeNeq(input));

    [Theory]
    [InlineData("")]
    [InlineData("114000000")]
    [InlineData("11400000000")]
    [InlineData("11400000A0")]
    [InlineData("١١٤٠٠٠٠٠٠٠")]
    public void A_neq_that_is_not_ten_digits_is_refused(string input) => Assert.Null(CoopRules.NormalizeNeq(input));

    [Theory]
    [InlineData("j0l 1c0", "J0L 1C0")]
    [InlineData("H2X1Y4", "H2X 1Y4")]
    [InlineData(" g1r-4s9 ", "G1R 4S9")]
    [InlineData("K1A 0B1", "K1A 0B1")]
    public void A_postal_code_is_normalized_to_upper_case_with_one_space(string input, string expected) =>
        Assert.Equal(expected, CoopRules.NormalizePostalCode(input));

    [Theory]
    [InlineData("D1A 1A1")]
    [InlineData("H1D 1A1")]
    [InlineData("H1A 1O1")]
    [InlineData("W1A 1A1")]
    [InlineData("Z1A 1A1")]
    [InlineData("H1A 1A")]
    [InlineData("HHA 1A1")]
    [InlineData("12345")]
    public void A_postal_code_with_a_forbidden_letter_or_shape_is_refused(string input) =>
        Assert.Null(CoopRules.NormalizePostalCode(input));

    [Theory]
    [InlineData("G1R 4S9", true)]
    [InlineData("H2X 1Y4", true)]
    [InlineData("J0L 1C0", true)]
    [InlineData("K1A 0B1", false)]
    [InlineData("M5V 2T6", false)]
    public void Only_G_H_and_J_postal_codes_are_in_Quebec(string code, bool quebec) =>
        Assert.Equal(quebec, CoopRules.IsQuebecPostalCode(code));

    [Theory]
    [InlineData("450 555-1234", "450-555-1234")]
    [InlineData("(514) 555.1234", "514-555-1234")]
    [InlineData("+1 819 555 1234", "819-555-1234")]
    [InlineData("4505551234 poste 12", "450-555-1234 poste 12")]
    [InlineData("450-555-1234 x 7", "450-555-1234 poste 7")]
    public void A_north_american_phone_number_is_normalized(string input, string expected) =>
        Assert.Equal(expected, CoopRules.NormalizePhone(input));

    [Theory]
    [InlineData("555-1234")]
    [InlineData("045-555-1234")]
    [InlineData("450-155-1234")]
    [InlineData("2 450 555 1234")]
    [InlineData("appelez-nous")]
    public void A_phone_number_that_is_not_ten_north_american_digits_is_refused(string input) =>
        Assert.Null(CoopRules.NormalizePhone(input));

    [Theory]
    [InlineData("coopsante.ca", "https://coopsante.ca/")]
    [InlineData("http://www.coop-contrecoeur.ca/accueil", "http://www.coop-contrecoeur.ca/accueil")]
    [InlineData("HTTPS://Exemple.QC.CA", "https://exemple.qc.ca/")]
    public void A_website_becomes_an_absolute_http_address(string input, string expected) =>
        Assert.Equal(expected, CoopRules.NormalizeWebsite(input));

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://coop.ca")]
    [InlineData("https://localhost")]
    [InlineData("https://user:pw@coop.ca")]
    [InlineData("https://192.168.0.1")]
    [InlineData("pas un site")]
    public void A_website_that_is_not_a_public_http_address_is_refused(string input) =>
        Assert.Null(CoopRules.NormalizeWebsite(input));

    [Theory]
    [InlineData("info@coop.ca", true)]
    [InlineData("Info Coop <info@coop.ca>", false)]
    [InlineData("info@coop", false)]
    [InlineData("pas un courriel", false)]
    public void An_email_must_be_a_plain_address_with_a_domain(string input, bool valid) =>
        Assert.Equal(valid, CoopRules.IsValidEmail(input));

    [Theory]
    [InlineData("Montréal", "montreal")]
    [InlineData("COOP DE SANTÉ  Côte-des-Neiges", "coop de sante cote des neiges")]
    [InlineData("Cœur-du-Québec", "coeur du quebec")]
    [InlineData("  ", "")]
    [InlineData("Coop de santé de l'Estrie", "coop de sante de lestrie")] // apostrophes join, as in the register (O'Neil → oneil)
    public void Search_text_is_lower_case_without_accents_or_punctuation(string input, string expected) =>
        Assert.Equal(expected, SearchNormalizer.Normalize(input));

    [Fact]
    public void Quebec_has_seventeen_regions_coded_01_to_17()
    {
        Assert.Equal(17, QuebecRegions.All.Count);
        Assert.Equal(Enumerable.Range(1, 17).Select(i => i.ToString("00", System.Globalization.CultureInfo.InvariantCulture)), QuebecRegions.All.Select(r => r.Code));
        Assert.Equal("Montérégie", QuebecRegions.Find("16")!.NameFr);
        Assert.Null(QuebecRegions.Find("18"));
    }

    private static readonly HashSet<string> Services = ["family-medicine", "nursing"];

    private static CoopInput Valid() => new("Coop de santé Test", "Coopérative de solidarité santé Test", "1140000001", "1 rue Principale",
        "Montréal", "h2x 1y4", "06", Phone: "514 555 1234", Email: "info@test.ca", Website: "test.ca", Services: ["nursing"]);

    [Fact]
    public void A_complete_request_has_no_failure_and_is_applied_normalized()
    {
        var input = Valid();
        Assert.Empty(CoopValidation.Validate(input, Services, requireVersion: false));
        var coop = new Coop { Id = Guid.NewGuid() };
        CoopValidation.Apply(coop, input);
        Assert.Equal("H2X 1Y4", coop.PostalCode);
        Assert.Equal("514-555-1234", coop.Phone);
        Assert.Equal("https://test.ca/", coop.Website);
        Assert.Equal("nursing", Assert.Single(coop.Services).ServiceCode);
        Assert.Contains("montreal", coop.SearchText, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_failure_of_a_request_is_reported_with_its_field()
    {
        var input = Valid() with
        {
            Name = " ", Neq = "123", PostalCode = "K1A 0B1", RegionCode = "18", Email = "nope", Website = "javascript:x",
            Phone = "12", Services = ["unknown"], Description = new string('x', Coop.DescriptionMax + 1),
            DeclaredCounts = new DeclaredCountsDto(-1, null, null, null, null),
        };
        var failures = CoopValidation.Validate(input, Services, requireVersion: true);
        var codes = failures.Select(f => (f.Error.Code, f.Field)).ToList();
        Assert.Contains(("Platform.Required", "name"), codes);
        Assert.Contains(("Federation.NeqInvalid", "neq"), codes);
        Assert.Contains(("Federation.PostalCodeOutsideQuebec", "postalCode"), codes);
        Assert.Contains(("Federation.RegionUnknown", "regionCode"), codes);
        Assert.Contains(("Platform.InvalidEmail", "email"), codes);
        Assert.Contains(("Federation.WebsiteInvalid", "website"), codes);
        Assert.Contains(("Federation.PhoneInvalid", "phone"), codes);
        Assert.Contains(("Federation.ServiceUnknown", "services[0]"), codes);
        Assert.Contains(("Platform.TooLong", "description"), codes);
        Assert.Contains(("Federation.CountInvalid", "declaredCounts.members"), codes);
        Assert.Contains(("Platform.Required", "version"), codes);
    }

    [Fact]
    public void Fqcs_membership_cannot_start_before_the_coop_was_founded()
    {
        var input = Valid() with { FoundedOn = new DateOnly(2010, 5, 1), FqcsMemberSince = new DateOnly(2009, 1, 1) };
        var failure = Assert.Single(CoopValidation.Validate(input, Services, requireVersion: false));
        Assert.Equal((CoopSante.Federation.FederationErrors.MemberSinceBeforeFounding, "fqcsMemberSince"), (failure.Error, failure.Field));
    }

    [Theory]
    [InlineData("Active", true)]
    [InlineData("closed", true)]
    [InlineData("1", false)]
    [InlineData("Deleted", false)]
    public void A_status_is_one_of_the_three_names(string text, bool valid) =>
        Assert.Equal(valid, CoopValidation.TryParseStatus(text, out _));

    [Fact]
    public void The_history_diff_lists_only_the_fields_that_changed()
    {
        var coop = new Coop { Id = Guid.NewGuid() };
        CoopValidation.Apply(coop, Valid());
        var before = CoopSnapshot.Of(coop);
        CoopValidation.Apply(coop, Valid() with { City = "Laval", Services = ["nursing", "family-medicine"] });
        var diff = CoopSnapshot.Diff(before, CoopSnapshot.Of(coop));
        Assert.Equal(["city", "services"], diff.Select(d => d.Field));
        Assert.Equal(new FieldChange("city", "Montréal", "Laval"), diff[0]);
        Assert.Equal("family-medicine, nursing", diff[1].New);
    }
}
