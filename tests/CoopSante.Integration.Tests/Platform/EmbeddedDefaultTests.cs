using System.Net;
using CoopSante.Federation.Data;
using CoopSante.Membership.Data;
using CoopSante.Membership.Register;
using CoopSante.Platform.Paging;
using CoopSante.Platform.Tenancy;
using CoopSante.Platform.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Integration.Tests.Platform;

/// <summary>
/// The README's run command: the host on its embedded default, a SQLite file that does not exist yet, migrated by every
/// module and seeded with the demo federation. The other tests run on PostgreSQL and would not see a SQLite migration
/// that cannot apply.
/// </summary>
public sealed class EmbeddedDefaultTests
{
    [Fact]
    public async Task The_embedded_default_starts_on_a_fresh_SQLite_file_with_every_migration_applied_and_the_demo_seeded()
    {
        var dir = Directory.CreateTempSubdirectory("coopsante-sqlite-");
        try
        {
            await using (var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
            {
                b.UseEnvironment("Testing");
                b.UseSetting("Database:Provider", "Sqlite");
                b.UseSetting("Database:ConnectionString", $"Data Source={Path.Combine(dir.FullName, "coopsante.db")}");
                b.UseSetting("Audit:HmacKey", Convert.ToBase64String(new byte[32]));
                b.UseSetting("Demo:Enabled", "true");
                b.UseSetting("Serilog:MinimumLevel:Default", "Warning");
            }))
            {
                using var client = factory.CreateClient();
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/connexion")).StatusCode);

                await using var scope = factory.Services.CreateAsyncScope();
                var membership = scope.ServiceProvider.GetRequiredService<MembershipDbContext>();
                Assert.IsType<SqliteMembershipDbContext>(membership);
                DbContext[] contexts = [scope.ServiceProvider.GetRequiredService<PlatformDbContext>(), scope.ServiceProvider.GetRequiredService<FederationDbContext>(), membership];
                foreach (var db in contexts)
                {
                    Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
                    Assert.Empty(await db.Database.GetPendingMigrationsAsync());
                }
                Assert.True(await membership.Members.IgnoreQueryFilters().AnyAsync(), "the demo register was not seeded");

                // The audit chains on SQLite: rows outside any coop and in a coop's chain append and verify.
                var platform = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
                var audit = scope.ServiceProvider.GetRequiredService<CoopSante.Platform.Audit.IAuditTrail>();
                await audit.WriteAsync(platform, [new CoopSante.Platform.Audit.AuditEntry(CoopSante.Platform.Audit.AuditEventType.DataExported, "Test", "a"),
                    new CoopSante.Platform.Audit.AuditEntry(CoopSante.Platform.Audit.AuditEventType.DataExported, "Test", "b", Guid.NewGuid())]);
                var verified = await CoopSante.Platform.Audit.AuditApi.VerifyChainAsync(platform, scope.ServiceProvider.GetRequiredService<CoopSante.Platform.Audit.AuditChain>(),
                    scope.ServiceProvider.GetRequiredService<CoopSante.Platform.Audit.AuditCheckpoint>(), default);
                Assert.True(verified.Intact, $"{verified.Reason} at {verified.BrokenAt} in '{verified.Chain}'");

                // The register search on SQLite (LIKE on the words, the member number exactly): a member found by number,
                // by number and name, and not by a number that only starts theirs.
                // (One whose number starts no word in the coop's register, such as a phone number, nor whose words start with its first digit.)
                var all = await membership.Members.IgnoreQueryFilters().Where(m => m.MemberNumber != null).Select(m => new { m.CoopId, m.MemberNumber, m.FamilyName, m.SearchText }).ToListAsync();
                static string Text(int? n) => n!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var member = all.Where(m => m.MemberNumber >= 10).OrderBy(m => m.MemberNumber).First(m =>
                    !m.SearchText.Contains(" " + Text(m.MemberNumber)[..1], StringComparison.Ordinal) &&
                    all.All(o => o.CoopId != m.CoopId || !o.SearchText.Contains(" " + Text(m.MemberNumber), StringComparison.Ordinal)));
                await using var coopScope = factory.Services.CreateAsyncScope();
                coopScope.ServiceProvider.GetRequiredService<CurrentUser>().ActIn(member.CoopId);
                var coopDb = coopScope.ServiceProvider.GetRequiredService<MembershipDbContext>();
                var clock = coopScope.ServiceProvider.GetRequiredService<TimeProvider>();
                async Task<List<int?>> Numbers(string q) =>
                    [.. (await RegisterApi.SearchAsync(coopDb, clock, q, null, null, PageRequest.From(1, 100), default)).Items.Select(i => i.MemberNumber)];
                var number = Text(member.MemberNumber);
                Assert.Contains(member.MemberNumber, await Numbers(number));
                Assert.Equal([member.MemberNumber], await Numbers($"{number} {member.FamilyName}"));
                Assert.DoesNotContain(member.MemberNumber, await Numbers(number[..1]));
                Assert.DoesNotContain(member.MemberNumber, await Numbers($"{number} zzzzqqq"));
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            dir.Delete(recursive: true);
        }
    }
}
