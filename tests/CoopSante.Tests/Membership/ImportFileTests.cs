using System.Text;
using CoopSante.Membership.RegisterImport;
using CoopSante.Platform.Errors;
using CoopSante.Tests.Shared;
using MiniExcelLibs;

namespace CoopSante.Tests.Membership;

/// <summary>Files from people are hostile and old-fashioned: encodings, enormous sheets, clients that leave.</summary>
public sealed class ImportFileTests
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    private const string FrenchExcelCsv = "Numéro de membre;Nom;Prénom;Ville\r\n1;Bélanger;Zoé;Contrecœur\r\n2;Côté;Élise;Sorel\r\n3;Gagné;François;Trois-Rivières\r\n";

    [Fact]
    public void A_csv_saved_by_excel_on_a_french_windows_is_read_as_windows_1252()
    {
        var bytes = Windows1252.GetBytes(FrenchExcelCsv);
        Assert.False(System.Text.Unicode.Utf8.IsValid(bytes)); // the file really is not UTF-8

        var table = ImportTable.Read(new MemoryStream(bytes));

        Assert.Equal(["Numéro de membre", "Nom", "Prénom", "Ville"], table.Headers);
        Assert.Equal(["Bélanger", "Côté", "Gagné"], table.Rows.Select(r => r[1]));
        Assert.Equal("Contrecœur", table.Rows[0][3]);
        Assert.DoesNotContain(table.Rows.SelectMany(r => r), c => c.Contains('\uFFFD', StringComparison.Ordinal));
    }

    [Fact]
    public void A_utf8_csv_with_or_without_a_byte_order_mark_is_read_as_utf8()
    {
        foreach (var encoding in new[] { new UTF8Encoding(true), new UTF8Encoding(false) })
        {
            var table = ImportTable.Read(new MemoryStream([.. encoding.GetPreamble(), .. encoding.GetBytes(FrenchExcelCsv)]));
            Assert.Equal(["Bélanger", "Côté", "Gagné"], table.Rows.Select(r => r[1]));
        }
    }

    [Fact]
    public void A_file_that_already_holds_replacement_characters_is_refused_with_its_line()
    {
        var bytes = Encoding.UTF8.GetBytes("Nom;Ville\r\nB\uFFFDlanger;Sorel\r\n");
        var e = Assert.Throws<DomainException>(() => ImportTable.Read(new MemoryStream(bytes)));
        Assert.Equal("RegisterIo.EncodingInvalid", Assert.Single(e.Failures).Error.Code);
    }

    [Fact]
    public void A_sheet_with_one_cell_in_column_xfd_is_refused_before_its_cells_are_read()
    {
        var bytes = HostileSheets.OneCellInColumnXfd();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var e = Assert.Throws<DomainException>(() => ImportTable.Read(new MemoryStream(bytes)));
        Assert.Equal("RegisterIo.TooManyColumns", Assert.Single(e.Failures).Error.Code);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public void A_sheet_whose_dimension_claims_column_xfd_is_refused_from_its_dimension()
    {
        var e = Assert.Throws<DomainException>(() => ImportTable.Read(new MemoryStream(HostileSheets.OneCellInColumnXfd(inDimensionOnly: true))));
        Assert.Equal("RegisterIo.TooManyColumns", Assert.Single(e.Failures).Error.Code);
        Assert.Equal(16_384, XlsxBounds.Column("XFD200"));
        Assert.Equal(28, XlsxBounds.Column("AB3"));
    }

    [Fact]
    public void Reading_stops_when_the_request_is_cancelled()
    {
        var csv = new StringBuilder("Nom;Ville\r\n");
        for (var i = 0; i < 5_000; i++) csv.Append("Bélanger").Append(i).Append(";Sorel\r\n");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => ImportTable.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString())), cancelled.Token));
        using var xlsx = new MemoryStream();
        xlsx.SaveAs(Enumerable.Range(1, 5).Select(i => new Dictionary<string, object> { ["Nom"] = $"Bélanger{i}" }));
        Assert.ThrowsAny<OperationCanceledException>(() => ImportTable.Read(new MemoryStream(xlsx.ToArray()), cancelled.Token));
    }
}
