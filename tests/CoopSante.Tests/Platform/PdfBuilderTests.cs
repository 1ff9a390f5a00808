using System.Globalization;
using CoopSante.Platform.Documents;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace CoopSante.Tests.Platform;

public sealed class PdfBuilderTests
{
    private static readonly CultureInfo Fr = CultureInfo.GetCultureInfo("fr-CA");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-CA");

    private static List<Page> Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages()];
    }

    private static string Words(Page page) => string.Join(" ", page.GetWords().Select(w => w.Text));

    /// <summary>Letters of the body, not the page number in the bottom margin.</summary>
    private static IEnumerable<Letter> Body(Page page) => page.Letters.Where(l => l.BoundingBox.Bottom > PdfBuilder.Margin / 2 + 12);

    [Fact]
    public void A_long_paragraph_wraps_and_stays_within_the_margins()
    {
        var paragraph = string.Join(' ', Enumerable.Range(1, 120).Select(i => $"mot{i}"))
            + " " + new string('x', 150); // a "word" wider than a line is cut, not left to run off the page
        var pages = Pages(new PdfBuilder("Essai", Fr).Paragraph(paragraph).ToBytes());

        var letters = pages.SelectMany(Body).Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        Assert.All(letters, l =>
        {
            Assert.True(l.BoundingBox.Left >= PdfBuilder.Margin - 0.5, $"'{l.Value}' starts at {l.BoundingBox.Left}");
            Assert.True(l.BoundingBox.Right <= PdfBuilder.PageWidth - PdfBuilder.Margin + 0.5, $"'{l.Value}' ends at {l.BoundingBox.Right}");
        });
        var lines = letters.Select(l => Math.Round(l.StartBaseLine.Y)).Distinct().Count();
        Assert.True(lines >= 6, $"{lines} lines");
        var text = string.Join(" ", pages.Select(Words));
        Assert.Contains("mot1 mot2", text, StringComparison.Ordinal);
        Assert.Contains("mot120", text, StringComparison.Ordinal);
        Assert.Equal(150, letters.Count(l => l.Value == "x"));
    }

    [Theory]
    [InlineData("fr-CA", "Page {0} de {1}")]
    [InlineData("en-CA", "Page {0} of {1}")]
    public void Three_hundred_lines_continue_on_new_pages_each_numbered_in_the_readers_language(string culture, string pattern)
    {
        var pdf = new PdfBuilder("Essai", CultureInfo.GetCultureInfo(culture)).Heading("Liste");
        for (var i = 1; i <= 300; i++) pdf.Paragraph(string.Format(CultureInfo.InvariantCulture, "Ligne{0:000}", i));
        var pages = Pages(pdf.ToBytes());

        Assert.InRange(pages.Count, 6, 10);
        for (var p = 0; p < pages.Count; p++)
        {
            Assert.Contains(string.Format(CultureInfo.InvariantCulture, pattern, p + 1, pages.Count), Words(pages[p]), StringComparison.Ordinal);
            Assert.All(Body(pages[p]), l => Assert.True(l.BoundingBox.Bottom >= PdfBuilder.Margin - 3, $"page {p + 1}: '{l.Value}' at {l.BoundingBox.Bottom}"));
        }
        var order = pages.SelectMany(p => p.GetWords()).Select(w => w.Text).Where(w => w.StartsWith("Ligne", StringComparison.Ordinal)).ToList();
        Assert.Equal(Enumerable.Range(1, 300).Select(i => string.Format(CultureInfo.InvariantCulture, "Ligne{0:000}", i)), order);
    }

    [Fact]
    public void French_accents_and_the_oe_ligature_survive()
    {
        var text = string.Join("\n", Pages(new PdfBuilder("Cœur", Fr)
            .Heading("Cœur de l'Œuvre")
            .Paragraph("Élève à Saint-Jérôme, garçon âgé, sœur d'Anaïs — « reçu » 1 234,50 $")
            .ToBytes()).Select(p => p.Text));
        Assert.Contains("Cœur de l'Œuvre", text, StringComparison.Ordinal);
        Assert.Contains("Élève à Saint-Jérôme, garçon âgé, sœur d'Anaïs — « reçu »", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_wraps_its_cells_and_repeats_its_header_on_every_page()
    {
        var rows = Enumerable.Range(1, 60).Select(i => (IReadOnlyList<string>)
            [i.ToString(CultureInfo.InvariantCulture), $"Résolution {i} : adoption des états financiers de l'exercice et nomination de l'auditeur pour l'année suivante", "Adoptée"]);
        var pages = Pages(new PdfBuilder("Tableau", Fr).Table(["Numéro", "Texte", "Issue"], rows, [0.15, 0.65, 0.2]).ToBytes());

        Assert.True(pages.Count >= 2);
        Assert.All(pages, p => Assert.Contains("Numéro Texte Issue", Words(p), StringComparison.Ordinal));
        Assert.All(pages.SelectMany(Body), l => Assert.True(l.BoundingBox.Right <= PdfBuilder.PageWidth - PdfBuilder.Margin + 0.5));
        var all = string.Join(" ", pages.Select(Words));
        Assert.Contains("Résolution 60", all, StringComparison.Ordinal);
    }

    [Fact]
    public void The_letterhead_names_the_coop_its_address_and_neq_then_the_date_and_signature_lines()
    {
        var text = Words(Pages(new PdfBuilder("Avis", Fr)
            .Letterhead(new Letterhead("Coop de santé des Érables", ["12, rue Principale", "Saint-Élie QC  J0K 1A0"], "1234567890"))
            .Date(new DateOnly(2026, 12, 5))
            .Heading("Avis")
            .KeyValue("Lieu", "Salle communautaire")
            .Signatures("Président(e)", "Secrétaire")
            .ToBytes())[0]);
        Assert.Contains("Coop de santé des Érables", text, StringComparison.Ordinal);
        Assert.Contains("Saint-Élie QC J0K 1A0", text, StringComparison.Ordinal);
        Assert.Contains("NEQ 1234567890", text, StringComparison.Ordinal);
        Assert.Contains("5 décembre 2026", text, StringComparison.Ordinal);
        Assert.Contains("Lieu Salle communautaire", text, StringComparison.Ordinal);
        Assert.Contains("Président(e)", text, StringComparison.Ordinal);
        Assert.Contains("Secrétaire", text, StringComparison.Ordinal);
        Assert.Contains("Page 1 de 1", text, StringComparison.Ordinal);
    }
}
