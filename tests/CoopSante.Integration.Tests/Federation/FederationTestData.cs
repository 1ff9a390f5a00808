using System.Net;
using System.Net.Http.Json;
using CoopSante.Federation.Coops;
using CoopSante.Federation.Data;
using CoopSante.Federation.Services;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Data;
using CoopSante.Platform.Paging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Integration.Tests.Federation;

/// <summary>Builders and database checks for the federation tests.</summary>
internal static class FederationTestData
{
    private static int _neq = 100;

    /// <summary>Resets the database and puts back the managed list of services, which the migration seeds and the reset empties.</summary>
    public static async Task ResetAsync(AppFixture app)
    {
        await app.ResetAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FederationDbContext>();
        db.HealthServices.AddRange(HealthService.Initial.Select(s => new HealthService { Code = s.Code, NameFr = s.NameFr, NameEn = s.NameEn, SortOrder = s.SortOrder }));
        await db.SaveChangesAsync();
    }

    public static string NextNeq() => $"11{Interlocked.Increment(ref _neq):00000000}";

    public static CoopInput Input(string name = "Coop de santé des Patriotes", string city = "Contrecoeur", string region = "16", string? neq = null,
        string postal = "J0L 1C0", string? status = null, string? description = null) =>
        new(name, $"Coopérative de solidarité {name}", neq ?? NextNeq(), "1000 rue Principale", city, postal, region,
            Phone: "450 555-1234", Email: "info@exemple.ca", Website: "exemple.ca", Description: description,
            FoundedOn: new DateOnly(2008, 3, 1), FqcsMemberSince: new DateOnly(2010, 1, 1),
            OpeningHours: new OpeningHoursDto(Monday: "8 h – 17 h"), Services: ["family-medicine", "nursing"],
            DeclaredCounts: new DeclaredCountsDto(2200, 6, 3, 1, new DateOnly(2026, 1, 15)), Status: status);

    public static async Task<CoopDto> CreateAsync(HttpClient admin, CoopInput input)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/federation/coops", input);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<CoopDto>())!;
    }

    public static async Task<T> InDbAsync<T>(AppFixture app, Func<FederationDbContext, Task<T>> read)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<FederationDbContext>());
    }

    public static Task<int> CoopCountAsync(AppFixture app) => InDbAsync(app, db => db.Coops.CountAsync());

    public static async Task<List<AuditEvent>> AuditAsync(AppFixture app, AuditEventType type)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        return await db.AuditEvents.AsNoTracking().Where(e => e.Type == type).OrderBy(e => e.Sequence).ToListAsync();
    }

    public static async Task<long> AuditCountAsync(AppFixture app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().AuditEvents.LongCountAsync();
    }

    public static async Task<Page<T>> PageAsync<T>(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Page<T>>())!;
    }
}
