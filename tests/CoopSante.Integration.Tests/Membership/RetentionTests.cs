using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Membership;
using CoopSante.Membership.Data;
using CoopSante.Membership.Model;
using CoopSante.Membership.Retention;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Jobs;
using CoopSante.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CoopSante.Integration.Tests.Membership;

/// <summary>Law 25 retention: refused applicants after a year, former members seven years after their membership ended.</summary>
public sealed class RetentionTests(AppFixture app) : IAsyncLifetime
{
    private readonly Guid _coop = Guid.NewGuid();
    private readonly Guid _other = Guid.NewGuid();
    private int _number;

    public async ValueTask InitializeAsync() => await app.ResetAsync();
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task<Guid> PersonAsync(Guid coop, MemberStatus status, DateOnly since, string family, bool household = false, string? refusal = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MembershipDbContext>();
        var m = new Member
        {
            Id = Guid.CreateVersion7(), CoopId = coop, MemberNumber = status == MemberStatus.Refused ? null : ++_number, FamilyName = family, GivenName = "Zoé",
            DateOfBirth = new DateOnly(1970, 1, 2), Street = "1 rue du Fleuve", City = "Sorel", PostalCode = "J3P 1A1", Phone = "450 555-0101", Email = $"{family.ToLowerInvariant()}@exemple.ca",
            Status = status, StatusSince = since, AdmittedOn = status == MemberStatus.Refused ? null : since.AddYears(-3), CreatedAt = DateTimeOffset.UtcNow, SharesSubscribed = 10m, SharesPaid = 10m, SharesHeld = 1,
        };
        m.RefreshSearchText();
        db.Members.Add(m);
        db.Applications.Add(new MemberApplication { Id = Guid.CreateVersion7(), CoopId = coop, MemberId = m.Id, Channel = ApplicationChannel.PublicForm, SubmittedAt = DateTimeOffset.UtcNow.AddYears(-10),
            Status = status == MemberStatus.Refused ? ApplicationStatus.Refused : ApplicationStatus.Admitted, RefusalReason = refusal, ConsentTextVersion = "v1", ConsentedAt = DateTimeOffset.UtcNow.AddYears(-10) });
        if (household)
            db.HouseholdPersons.Add(new HouseholdPerson { Id = Guid.CreateVersion7(), CoopId = coop, MemberId = m.Id, Relationship = HouseholdRelationship.Child, FamilyName = family, GivenName = "Léo",
                DateOfBirth = new DateOnly(2010, 3, 4), CreatedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();
        return m.Id;
    }

    private async Task<Member> ReadAsync(Guid id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MembershipDbContext>().Members.IgnoreQueryFilters().AsNoTracking().SingleAsync(m => m.Id == id);
    }

    private async Task<string?> RunJobAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RetentionJob>().RunAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Refused_applicants_after_a_year_and_former_members_seven_years_after_leaving_are_anonymized_by_the_job_and_the_run_is_audited()
    {
        var today = TimeProvider.System.Today(); // the job counts in Québec days
        var refusedLongAgo = await PersonAsync(_coop, MemberStatus.Refused, today.AddMonths(-13), "Refusee", refusal: "Hors territoire, voisine de M. Tremblay");
        var refusedRecently = await PersonAsync(_coop, MemberStatus.Refused, today.AddMonths(-6), "Recente");
        var resignedLongAgo = await PersonAsync(_other, MemberStatus.Resigned, today.AddYears(-8), "Partie", household: true);
        var deceasedLongAgo = await PersonAsync(_coop, MemberStatus.Deceased, today.AddYears(-7).AddDays(-1), "Defunte");
        var resignedRecently = await PersonAsync(_coop, MemberStatus.Resigned, today.AddYears(-6), "Demissionnaire", household: true);
        var active = await PersonAsync(_coop, MemberStatus.Active, today.AddYears(-20), "Active", household: true);

        Assert.Equal("1 / 2", await RunJobAsync());

        foreach (var id in new[] { refusedLongAgo, resignedLongAgo, deceasedLongAgo })
        {
            var m = await ReadAsync(id);
            Assert.Equal(RegisterRetention.AnonymizedName, m.FamilyName);
            Assert.Equal(RegisterRetention.AnonymizedName, m.GivenName);
            Assert.Null(m.DateOfBirth);
            Assert.Null(m.Email);
            Assert.Null(m.Phone);
            Assert.Equal("", m.Street);
            Assert.Equal("", m.SearchText);
            Assert.Equal(10m, m.SharesPaid); // the accounts stay whole
        }
        var resigned = await ReadAsync(resignedLongAgo);
        Assert.NotNull(resigned.MemberNumber);
        Assert.Equal(MemberStatus.Resigned, resigned.Status);
        foreach (var (id, name) in new[] { (refusedRecently, "Recente"), (resignedRecently, "Demissionnaire"), (active, "Active") })
            Assert.Equal(name, (await ReadAsync(id)).FamilyName);

        await using var conn = new NpgsqlConnection(app.ConnectionString);
        await conn.OpenAsync();
        async Task<long> Count(string sql)
        {
            await using var cmd = new NpgsqlCommand(sql, conn);
            return Convert.ToInt64(await cmd.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }
        Assert.Equal(0, await Count($"SELECT count(*) FROM membership.household_persons WHERE member_id = '{resignedLongAgo}'"));
        Assert.Equal(2, await Count($"SELECT count(*) FROM membership.household_persons WHERE member_id IN ('{resignedRecently}', '{active}')"));
        Assert.Equal(0, await Count("SELECT count(*) FROM membership.member_applications WHERE refusal_reason IS NOT NULL"));
        Assert.Equal(0, await Count("SELECT count(*) FROM membership.members WHERE family_name IN ('Refusee', 'Partie', 'Defunte') OR email LIKE 'partie@%'"));

        // A second run finds nothing left to do, and says so in its own audit row.
        Assert.Equal("0 / 0", await RunJobAsync());
        await using var audit = new NpgsqlCommand($"SELECT details::text FROM platform.audit_events WHERE type = {(int)AuditEventType.RetentionApplied} ORDER BY occurred_at, sequence", conn);
        var rows = new List<string>();
        await using (var reader = await audit.ExecuteReaderAsync())
            while (await reader.ReadAsync()) rows.Add(reader.GetString(0));
        Assert.Equal(2, rows.Count);
        Assert.Contains("\"formerMembers\":2", rows[0].Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("\"householdPersons\":1", rows[0].Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("Partie", string.Concat(rows), StringComparison.Ordinal);
    }

    [Fact]
    public void The_retention_job_is_scheduled_nightly_and_named_on_the_jobs_page()
    {
        var definition = app.Services.GetServices<RecurringJobDefinition>().Single(d => d.Key == RetentionJob.Key);
        Assert.Equal(RetentionJob.Cron, definition.Schedule.Cron);
        var label = new System.Resources.ResourceManager(definition.LabelResource).GetString(definition.LabelKey, System.Globalization.CultureInfo.GetCultureInfo("fr-CA"));
        Assert.False(string.IsNullOrWhiteSpace(label));
    }
}
