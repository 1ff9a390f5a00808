using CoopSante.Membership;
using CoopSante.Membership.Households;
using CoopSante.Membership.Meetings;
using CoopSante.Membership.Shares;
using CoopSante.Membership.Model;
using CoopSante.Membership.Register;
using CsCheck;
using CoopSante.Platform.Text;

namespace CoopSante.Tests.Membership;

public sealed class GoodStandingTests
{
    [Fact]
    public void An_active_member_whose_qualifying_shares_are_fully_paid_is_in_good_standing() =>
        Assert.True(GoodStanding.MemberIsInGoodStanding(MemberStatus.Active, 50m, 50m));

    [Fact]
    public void A_member_who_still_owes_on_qualifying_shares_is_not_in_good_standing() =>
        Assert.False(GoodStanding.MemberIsInGoodStanding(MemberStatus.Active, 49.99m, 50m));

    [Theory]
    [InlineData(nameof(MemberStatus.Applicant))]
    [InlineData(nameof(MemberStatus.Resigned))]
    [InlineData(nameof(MemberStatus.Excluded))]
    [InlineData(nameof(MemberStatus.Deceased))]
    public void Only_active_members_can_be_in_good_standing(string status) =>
        Assert.False(GoodStanding.MemberIsInGoodStanding(Enum.Parse<MemberStatus>(status), 100m, 50m));

    [Fact]
    public void The_qualifying_amount_is_the_number_of_shares_times_the_unit_value_of_the_category()
    {
        var bylaws = new BylawsVersion { Categories = [new CategoryTerms { Category = MemberCategory.Worker, QualifyingShares = 5, ShareUnitValue = 10m }] };
        Assert.Equal(50m, GoodStanding.QualifyingAmount(bylaws, MemberCategory.Worker));
    }
}

public sealed class HouseholdEligibilityTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    [Fact]
    public void A_spouse_at_the_same_address_is_eligible_family() =>
        Assert.True(HouseholdEligibility.PersonIsEligibleFamily(HouseholdRelationship.Spouse, new DateOnly(1960, 1, 1), true, Today));

    [Fact]
    public void A_child_the_day_before_their_26th_birthday_is_eligible_and_not_on_it()
    {
        Assert.True(HouseholdEligibility.PersonIsEligibleFamily(HouseholdRelationship.Child, new DateOnly(2000, 11, 27), true, Today));
        Assert.False(HouseholdEligibility.PersonIsEligibleFamily(HouseholdRelationship.Child, new DateOnly(2000, 11, 26), true, Today));
    }

    [Theory]
    [InlineData(nameof(HouseholdRelationship.Spouse))]
    [InlineData(nameof(HouseholdRelationship.Child))]
    public void Nobody_living_at_another_address_is_eligible_family(string relationship) =>
        Assert.False(HouseholdEligibility.PersonIsEligibleFamily(Enum.Parse<HouseholdRelationship>(relationship), new DateOnly(2015, 1, 1), false, Today));
}

public sealed class QuorumTests
{
    [Fact]
    public void A_quorum_set_as_a_number_is_reached_at_that_number_of_members_present()
    {
        Assert.False(Quorum.QuorumIsReached(QuorumKind.Number, 25, 2000, 24));
        Assert.True(Quorum.QuorumIsReached(QuorumKind.Number, 25, 2000, 25));
    }

    [Fact]
    public void A_quorum_set_as_a_percentage_rounds_up_to_whole_members()
    {
        Assert.Equal(201, Quorum.MembersRequired(QuorumKind.Percentage, 10, 2001));
        Assert.False(Quorum.QuorumIsReached(QuorumKind.Percentage, 10, 2001, 200));
        Assert.True(Quorum.QuorumIsReached(QuorumKind.Percentage, 10, 2001, 201));
    }
}

public sealed class BoardCompositionTests
{
    [Fact]
    public void Supporting_members_may_hold_one_third_of_the_seats() =>
        Assert.True(BoardComposition.SupportingMembersHoldAtMostOneThird(9, [.. Enumerable.Repeat(MemberCategory.Supporting, 3), .. Enumerable.Repeat(MemberCategory.User, 6)]));

    [Fact]
    public void Supporting_members_may_not_hold_more_than_one_third_of_the_seats() =>
        Assert.False(BoardComposition.SupportingMembersHoldAtMostOneThird(7, [MemberCategory.Supporting, MemberCategory.Supporting, MemberCategory.Supporting, MemberCategory.User]));
}

public sealed class MemberInputTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    private static MemberInput Valid() => new()
    {
        FamilyName = "Côté", GivenName = "Léa", DateOfBirth = new DateOnly(1990, 2, 3), Street = "1, rue A", City = "Contrecoeur",
        PostalCode = "j0l1c0", Phone = "450 555-0101", Email = "lea@example.ca", PreferredLanguage = "fr", Category = MemberCategory.User,
    };

    [Fact]
    public void A_valid_person_has_no_failures() => Assert.Empty(Valid().Validate(Today, [MemberCategory.User, MemberCategory.Worker]));

    [Theory]
    [InlineData(1)]
    [InlineData(-121)]
    public void A_date_of_birth_in_the_future_or_more_than_120_years_ago_is_refused(int years) =>
        Assert.Contains(Valid().With(dob: Today.AddYears(years).AddDays(1)).Validate(Today, null), f => f.Error == MembershipErrors.DateOfBirthImplausible && f.Field == "dateOfBirth");

    [Theory]
    [InlineData("D0L 1C0")]
    [InlineData("J0L1C")]
    [InlineData("12345")]
    [InlineData("W0L 1C0")]
    public void An_invalid_postal_code_is_refused(string postal) =>
        Assert.Contains(Valid().With(postal: postal).Validate(Today, null), f => f.Error == MembershipErrors.PostalCodeInvalid);

    [Fact]
    public void An_organisation_can_only_be_a_supporting_member() =>
        Assert.Contains((Valid() with { Kind = MemberKind.Organisation }).Validate(Today, null), f => f.Error == MembershipErrors.OrganisationOnlySupporting);

    [Fact]
    public void A_category_not_in_the_bylaws_is_refused() =>
        Assert.Contains((Valid() with { Category = MemberCategory.Supporting }).Validate(Today, [MemberCategory.User, MemberCategory.Worker]), f => f.Error == MembershipErrors.CategoryNotInUse);

    [Fact]
    public void The_postal_code_is_stored_in_canonical_form_and_the_email_in_lower_case()
    {
        var m = new Member();
        (Valid() with { Email = "Lea@Example.CA" }).ApplyTo(m);
        Assert.Equal("J0L 1C0", m.PostalCode);
        Assert.Equal("lea@example.ca", m.Email);
    }
}

internal static class MemberInputBuilder
{
    public static MemberInput With(this MemberInput input, DateOnly? dob = null, string? postal = null) =>
        input with { DateOfBirth = dob ?? input.DateOfBirth, PostalCode = postal ?? input.PostalCode };
}

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("Côté", "cote")]
    [InlineData("Bouchard-Tremblay", "bouchard tremblay")]
    [InlineData("O'Neil", "oneil")]
    [InlineData("LÉVESQUE  Gagné", "levesque gagne")]
    [InlineData("Cœur", "coeur")]
    public void Names_are_searched_in_lower_case_without_accents(string name, string normalized) =>
        Assert.Equal(normalized, SearchNormalizer.Normalize(name));

    [Fact]
    public void A_phone_number_with_separators_is_one_search_term() =>
        Assert.Equal(["4505550101"], SearchText.Terms("(450) 555-0101"));

    [Fact]
    public void A_member_number_is_matched_exactly_and_the_other_terms_start_words()
    {
        const string text = " roy chloe chloe roy exemple ca 4505550101 j0l1c0 ";
        Assert.True(SearchText.Query("12").Matches(text, 12));
        Assert.False(SearchText.Query("12").Matches(text, 120));
        Assert.False(SearchText.Query("1").Matches(text, 12));
        Assert.True(SearchText.Query("12 roy").Matches(text, 12));
        Assert.False(SearchText.Query("12 cote").Matches(text, 12));
        // Digits that start a word match as before, whatever the number: the phone.
        Assert.True(SearchText.Query("450").Matches(text, 7));
        Assert.True(SearchText.Query("(450) 555-0101").Matches(text, null));
        Assert.Null(SearchText.Query("0").Number);
        Assert.Null(SearchText.Query("12345678901").Number);
        Assert.Equal(["roy"], SearchText.Query("roy 12").OtherTerms);
    }

    [Fact]
    public void Paid_up_shares_count_payments_opening_balances_and_transfers_received_less_refunds_and_transfers_given()
    {
        (ShareTransactionKind Kind, decimal Amount)[] lines =
            [(ShareTransactionKind.Subscription, 100m), (ShareTransactionKind.OpeningBalance, 40m), (ShareTransactionKind.Payment, 30m),
             (ShareTransactionKind.TransferOut, 20m), (ShareTransactionKind.TransferIn, 20m), (ShareTransactionKind.Refund, 10m)];
        Assert.Equal(60m, lines.Sum(l => ShareLedger.PaidSign(l.Kind) * l.Amount));
        Assert.All(Enum.GetValues<ShareTransactionKind>().Where(k => k != ShareTransactionKind.Subscription), k => Assert.NotEqual(0, ShareLedger.PaidSign(k)));
    }

    [Fact]
    public void The_search_text_has_no_member_number() =>
        Assert.Equal(" roy chloe 4505550101 ", SearchText.For(new Member { FamilyName = "Roy", GivenName = "Chloé", Phone = "450-555-0101", MemberNumber = 12 }));

    [Fact]
    public void A_postal_code_with_its_space_is_one_search_term() =>
        Assert.Equal(["j0l1c0"], SearchText.Terms("J0L 1C0"));

    [Fact]
    public void Normalizing_is_idempotent() =>
        Gen.String.Sample(s => SearchNormalizer.Normalize(SearchNormalizer.Normalize(s)) == SearchNormalizer.Normalize(s));

    [Fact]
    public void The_ascii_shortcut_normalizes_as_the_full_unicode_path_does() =>
        Gen.String[Gen.Char["aAzZ09 -'’.@éÉèçÇœŒñÑôÏ\u0301\u00A0\t"], 0, 30].Sample(s => SearchNormalizer.Normalize(s) == Reference(s));

    /// <summary>The plain definition: decompose, drop marks and apostrophes, lower-case letters and digits, one space between words.</summary>
    private static string Reference(string s)
    {
        if (string.IsNullOrWhiteSpace(s)) return "";
        var words = new List<string>();
        var word = new System.Text.StringBuilder();
        foreach (var c in s.Normalize(System.Text.NormalizationForm.FormD))
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark || c is '\'' or '’') continue;
            if (char.IsLetterOrDigit(c)) word.Append(c is 'œ' or 'Œ' ? "oe" : char.ToLowerInvariant(c).ToString());
            else if (word.Length > 0) { words.Add(word.ToString()); word.Clear(); }
        }
        if (word.Length > 0) words.Add(word.ToString());
        return string.Join(' ', words);
    }

    [Theory]
    [InlineData("Utilisateur", MemberCategory.User)]
    [InlineData("UTILISATRICE", null)]
    [InlineData("  SOUTIEN ", MemberCategory.Supporting)]
    [InlineData("Supporting", MemberCategory.Supporting)]
    [InlineData("User", MemberCategory.User)]
    [InlineData("travailleur", MemberCategory.Worker)]
    [InlineData("", null)]
    public void A_category_is_read_from_its_french_or_english_label_or_its_name(string text, MemberCategory? expected)
    {
        var found = CoopSante.Membership.RegisterIo.RegisterColumns.TryParse<MemberCategory>(text, out var value);
        Assert.Equal(expected is not null, found);
        if (expected is { } e) Assert.Equal(e, value);
    }
}
