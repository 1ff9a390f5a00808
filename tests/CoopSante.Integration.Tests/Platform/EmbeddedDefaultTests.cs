using System.Net;
using CoopSante.Federation.Data;
using CoopSante.Membership.Data;
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
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            dir.Delete(recursive: true);
        }
    }
}
