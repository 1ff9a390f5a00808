using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using static CoopSante.Integration.Tests.Membership.MembershipScenario;

namespace CoopSante.Integration.Tests.Membership;

/// <summary>Register files as people really send them: saved by Excel on a French Windows, or with a cell typed far to the right.</summary>
public sealed class RegisterImportHostileFileTests(AppFixture app) : IAsyncLifetime
{
    private readonly Guid _coop = Guid.NewGuid();

    public async ValueTask InitializeAsync() => await app.ResetAsync();
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_csv_saved_by_excel_on_a_french_windows_imports_with_its_accents_and_no_replacement_character()
    {
        var admin = await app.ClientAsync(Role.CoopAdmin, _coop);
        string[] names = ["Bélanger", "Côté", "Gagné"];
        var csv = new StringBuilder(string.Join(';', RegisterFiles.FrenchHeaders)).Append("\r\n");
        for (var i = 0; i < names.Length; i++) csv.Append(string.Join(';', RegisterFiles.Row(i + 1, familyName: names[i]))).Append("\r\n");
        var path = Path.Combine(Path.GetTempPath(), $"registre-1252-{Guid.NewGuid():N}.csv");
        await File.WriteAllBytesAsync(path, CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(csv.ToString()));

        var dry = await admin.PostAsync($"/api/v1/coops/{_coop}/members/import/dry-run", RegisterFiles.Form(path));
        var report = JsonDocument.Parse(await dry.Content.ReadAsStringAsync()).RootElement;
        Assert.True(report.GetProperty("valid").GetBoolean(), report.ToString());
        Assert.Contains("Numéro de membre", report.GetProperty("headers").EnumerateArray().Select(h => h.GetString()));

        Assert.Equal(HttpStatusCode.OK, (await RegisterFiles.ImportAsync(admin, _coop, path)).StatusCode);
        var stored = await DbAsync(app, db => db.Members.IgnoreQueryFilters().Where(m => m.CoopId == _coop).OrderBy(m => m.MemberNumber)
            .Select(m => m.FamilyName + "|" + m.GivenName + "|" + m.City).ToListAsync());
        Assert.Equal(names, stored.Select(s => s.Split('|')[0]));
        Assert.All(stored, s => Assert.DoesNotContain('\uFFFD', s));
        Assert.Equal("Contrecœur", stored[0].Split('|')[2]);
    }

    [Fact]
    public async Task An_xlsx_of_200_rows_with_one_cell_in_column_xfd_is_refused_at_once_with_a_localized_message()
    {
        var admin = await app.ClientAsync(Role.CoopAdmin, _coop, "en-CA");
        var path = Path.Combine(Path.GetTempPath(), $"registre-xfd-{Guid.NewGuid():N}.xlsx");
        await File.WriteAllBytesAsync(path, CoopSante.Tests.Shared.HostileSheets.OneCellInColumnXfd());
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var response = await admin.PostAsync($"/api/v1/coops/{_coop}/members/import/dry-run", RegisterFiles.Form(path));

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest, "RegisterIo.TooManyColumns");
        Assert.Contains("too many columns", problem.ToString(), StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        Assert.Equal(0, await DbAsync(app, db => db.Members.IgnoreQueryFilters().CountAsync(m => m.CoopId == _coop)));
    }
}
