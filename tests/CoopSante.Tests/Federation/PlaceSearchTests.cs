using CoopSante.Federation.Directory;
using CoopSante.Platform.Text;

namespace CoopSante.Tests.Federation;

public sealed class PlaceSearchTests
{
    [Theory]
    [InlineData("St-Jérôme", "saint jerome")]
    [InlineData("st jerome", "saint jerome")]
    [InlineData("ste-agathe-des-monts", "sainte agathe des monts")]
    [InlineData("Sts-Martyrs-Canadiens", "saints martyrs canadiens")]
    [InlineData("Saint-Jérôme", "saint jerome")]
    [InlineData("Estrie", "estrie")]
    [InlineData("Rue Stanley", "rue stanley")]
    public void Saints_abbreviated_as_Quebec_writes_them_are_written_out_in_the_place_search_form(string input, string expected) =>
        Assert.Equal(expected, SearchNormalizer.NormalizePlace(input));

    [Theory]
    [InlineData("J7Z 5T3", "J7Z")]
    [InlineData("j7z5t3", "J7Z")]
    [InlineData("J7Z-5T3", "J7Z")]
    [InlineData(" h2x ", "H2X")]
    [InlineData("g1r", "G1R")]
    public void A_postal_code_or_its_forward_sortation_area_gives_the_area(string q, string fsa) =>
        Assert.Equal(fsa, PostalArea.Of(q));

    [Theory]
    [InlineData("montreal")]
    [InlineData("D0L")]
    [InlineData("J7Z 5T")]
    [InlineData("W1A 1A1")]
    [InlineData("1140000000")]
    [InlineData(null)]
    public void Anything_else_is_searched_as_a_name(string? q) => Assert.Null(PostalArea.Of(q));
}
