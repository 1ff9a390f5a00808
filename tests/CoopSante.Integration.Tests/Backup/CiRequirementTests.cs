using CoopSante.Integration.Tests.Infrastructure;

namespace CoopSante.Integration.Tests.Backup;

/// <summary>Under CI, a missing PostgreSQL (or pgBackRest, or Chromium) fails the tests that need it instead of skipping them.</summary>
public sealed class CiRequirementTests
{
    [Theory]
    [InlineData("true", true)]
    [InlineData("TRUE", true)]
    [InlineData("1", true)]
    [InlineData("woodpecker", true)]
    [InlineData("false", false)]
    [InlineData("0", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void CI_set_to_anything_but_false_or_0_makes_what_the_tests_need_required(string? ci, bool required) =>
        Assert.Equal(required, TestDatabase.RequiredBy(ci));
}
