using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Membership.Data;
using CoopSante.Platform.Data;
using CoopSante.Platform.Tenancy;
using CoopSante.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Integration.Tests.Membership;

/// <summary>Builds a coop's register through the API, as its manager would.</summary>
internal sealed class MembershipScenario
{
    /// <summary>Yesterday in Québec, by the app's own clock (a UTC date is already tomorrow after 19:00 in Québec).</summary>
    public static DateOnly Yesterday => TimeProvider.System.Today().AddDays(-1);

    private readonly AppFixture _app;
    public Guid CoopId { get; }
    public HttpClient Admin { get; private set; } = null!;

    private MembershipScenario(AppFixture app, Guid coopId) { _app = app; CoopId = coopId; }

    public string Base => $"/api/v1/coops/{CoopId}";

    public static async Task<MembershipScenario> StartAsync(AppFixture app, Guid? coopId = null, decimal minimumShareCapital = 0m)
    {
        var s = new MembershipScenario(app, coopId ?? Guid.NewGuid());
        s.Admin = await app.ClientAsync(Role.CoopAdmin, s.CoopId);
        var response = await s.Admin.PutAsJsonAsync($"{s.Base}/bylaws", Bylaws(Yesterday.AddYears(-1), minimumShareCapital));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return s;
    }

    /// <summary>User: 1 share of $10; Worker: 5 × $10; Supporting: 10 × $10.</summary>
    public static object Bylaws(DateOnly effectiveFrom, decimal minimumShareCapital = 0m, int userShares = 1) => new
    {
        effectiveFrom,
        categories = new object[]
        {
            new { category = "User", qualifyingShares = userShares, shareUnitValue = 10m, instalmentMonths = 0 },
            new { category = "Worker", qualifyingShares = 5, shareUnitValue = 10m, instalmentMonths = 12 },
            new { category = "Supporting", qualifyingShares = 10, shareUnitValue = 10m, instalmentMonths = 0 },
        },
        annualContribution = 25m,
        fiscalYearEndMonth = 12,
        fiscalYearEndDay = 31,
        quorumKind = "Number",
        quorumValue = 25,
        minimumNoticeDays = 10,
        boardSize = 9,
        minimumShareCapital,
    };

    public static object Person(string family, string given, DateOnly? dob = null, string postalCode = "J0L 1C0", string? email = null, string category = "User", string? phone = "450 555-0101") => new
    {
        kind = "Person",
        familyName = family,
        givenName = given,
        dateOfBirth = dob ?? new DateOnly(1980, 5, 17),
        street = "123, rue Principale",
        city = "Contrecoeur",
        province = "QC",
        postalCode,
        phone,
        email,
        preferredLanguage = "fr",
        category,
    };

    public async Task<(Guid ApplicationId, Guid MemberId)> ApplyAsync(object identity)
    {
        var response = await Admin.PostAsJsonAsync($"{Base}/applications", new { identity, consent = true, acknowledgeDuplicates = true });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var doc = await Json(response);
        return (doc.GetProperty("applicationId").GetGuid(), doc.GetProperty("memberId").GetGuid());
    }

    /// <summary>Admitted today in Québec: never before the application was received (its status history starts that day).</summary>
    public async Task<JsonElement> AdmitAsync(params Guid[] applicationIds)
    {
        var response = await Admin.PostAsJsonAsync($"{Base}/admissions", new { resolutionNumber = "CA-2026-01", decidedOn = MeetingsData.Today, admit = applicationIds });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await Json(response);
    }

    /// <summary>An admitted member of the given category, with <paramref name="paid"/> paid on their shares.</summary>
    public async Task<Guid> MemberAsync(string family, string given, string category = "User", decimal paid = 0m, string? email = null)
    {
        var (applicationId, memberId) = await ApplyAsync(Person(family, given, email: email, category: category));
        await AdmitAsync(applicationId);
        if (paid > 0)
        {
            var response = await Admin.PostAsJsonAsync($"{Base}/members/{memberId}/shares/payments", new { amount = paid, method = "Cash", occurredOn = Yesterday });
            Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        }
        return memberId;
    }

    public static async Task<JsonElement> Json(HttpResponseMessage response) => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    /// <summary>Reads the membership tables as they are in the database, across coops.</summary>
    public static async Task<T> DbAsync<T>(AppFixture app, Func<MembershipDbContext, Task<T>> read)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MembershipDbContext>();
        return await read(db);
    }

    public static Task<int> AuditCountAsync(AppFixture app, CoopSante.Platform.Audit.AuditEventType type) =>
        PlatformDbAsync(app, db => db.AuditEvents.CountAsync(e => e.Type == type));

    public static async Task<T> PlatformDbAsync<T>(AppFixture app, Func<PlatformDbContext, Task<T>> read)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<PlatformDbContext>());
    }
}
