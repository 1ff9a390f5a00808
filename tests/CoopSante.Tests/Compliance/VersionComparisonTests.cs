using CoopSante.Compliance.Frameworks;

namespace CoopSante.Tests.Compliance;

public sealed class VersionComparisonTests
{
    private static readonly Framework F = new() { Id = Guid.NewGuid(), Name = "Cadre" };

    private static VersionContent Version(int number, params (string Section, string[] Codes)[] sections)
    {
        var v = new FrameworkVersion { Id = Guid.NewGuid(), FrameworkId = F.Id, Number = number };
        return new VersionContent(F, v, sections.Select((s, i) =>
        {
            var section = new Section { Id = Guid.NewGuid(), VersionId = v.Id, Order = i + 1, TitleFr = s.Section, TitleEn = s.Section };
            return new SectionContent(section, s.Codes.Select((c, j) => Rec(c, section.Id, j + 1)).ToList());
        }).ToList());
    }

    private static Recommendation Rec(string code, Guid sectionId, int order, string statement = "La coop tient son registre.") => new()
    {
        Id = Guid.NewGuid(), SectionId = sectionId, Code = code, Order = order, TitleFr = code, TitleEn = code, StatementFr = statement, StatementEn = statement, Criticality = 2,
    };

    [Fact]
    public void Identical_versions_have_no_difference()
    {
        var r = VersionComparison.Compare(Version(1, ("A", ["A-1", "A-2"])), Version(2, ("A", ["A-1", "A-2"])));
        Assert.Empty(r.Items);
        Assert.Equal(new ComparisonSummary(0, 0, 0, 0, 2), r.Summary);
    }

    [Fact]
    public void An_insertion_before_others_does_not_count_them_as_moved()
    {
        var r = VersionComparison.Compare(Version(1, ("A", ["A-1", "A-2"])), Version(2, ("A", ["A-0", "A-1", "A-2"])));
        var item = Assert.Single(r.Items);
        Assert.Equal(("A-0", "Added"), (item.Code, item.Kind));
    }

    [Fact]
    public void Swapping_two_recommendations_in_a_section_moves_them_and_a_change_of_section_is_a_move_too()
    {
        var r = VersionComparison.Compare(Version(1, ("A", ["A-1", "A-2"]), ("B", ["B-1"])), Version(2, ("A", ["A-2", "A-1"]), ("B", []), ("C", ["B-1"])));
        Assert.Equal(["A-2", "A-1", "B-1"], r.Items.Where(i => i.Moved).Select(i => i.Code));
        Assert.All(r.Items, i => Assert.False(i.Changed));
        var b1 = r.Items.Single(i => i.Code == "B-1");
        Assert.Equal(("B", "C"), (b1.FromSectionFr, b1.ToSectionFr));
    }

    [Fact]
    public void The_word_diff_keeps_unchanged_words_and_marks_removed_and_added_ones()
    {
        var parts = VersionComparison.WordDiff("La coop tient son registre.", "La coop tient son registre des membres.");
        Assert.Equal("La coop tient son registre.", string.Concat(parts.Where(p => p.Kind != "Added").Select(p => p.Text)));
        Assert.Equal("La coop tient son registre des membres.", string.Concat(parts.Where(p => p.Kind != "Removed").Select(p => p.Text)));
        Assert.Contains(parts, p => p.Kind == "Same" && p.Text.StartsWith("La coop tient son", StringComparison.Ordinal));
        Assert.Contains(parts, p => p.Kind == "Added" && p.Text.Contains("membres", StringComparison.Ordinal));
    }

    [Fact]
    public void A_changed_criticality_or_applicability_is_a_change()
    {
        var from = Version(1, ("A", ["A-1"]));
        var to = Version(2, ("A", ["A-1"]));
        to.Sections[0].Recommendations[0].Criticality = 3;
        to.Sections[0].Recommendations[0].Applicability = ApplicabilityKind.MoreMembersThan;
        to.Sections[0].Recommendations[0].ApplicabilityParameter = 2000;
        var item = Assert.Single(VersionComparison.Compare(from, to).Items);
        Assert.Equal(["criticality", "applicability"], item.Changes.Select(c => c.Field));
    }

    [Fact]
    public void Markdown_is_rendered_without_script_raw_html_or_javascript_links()
    {
        var html = MarkdownText.ToSafeHtml("**gras** <script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)>");
        Assert.Contains("<strong>gras</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
    }
}
