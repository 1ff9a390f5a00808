using System.Diagnostics;
using CoopSante.Membership.Data;
using CoopSante.Membership.Meetings;
using CoopSante.Membership.Model;
using CoopSante.Platform.Data;
using CoopSante.Platform.Email;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CoopSante.Bench;

/// <summary>
/// The convocation of a 25,000-member coop (issue 16): every member with an e-mail gets the notice, enqueued through the
/// transactional outbox in one unit of work as <see cref="Convocation"/> does (recipients read, letters composed per language,
/// meeting marked convened, the e-mails' binary COPY, commit). Baseline in the same run: a plain binary COPY of the same rows
/// into platform.outbox_emails in a transaction of its own.
/// </summary>
internal sealed class ConvocationBench(string server, int members, int rounds)
{
    private string _cs = "";

    public async Task RunAsync()
    {
        var name = await BenchSql.CreateDatabaseAsync(server, "conv");
        _cs = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        try
        {
            await using (var platform = PlatformContext()) await platform.Database.MigrateAsync();
            await using (var db = Context(null)) await db.Database.MigrateAsync();
            var coop = new Guid("0c000000-0000-4000-8000-000000000001");
            await GenerateAsync(coop);
            Console.WriteLine($"convocation bench: {members:N0} members (1 in 20 resigned, 1 in 4 English), {rounds} rounds; first round warms up");
            var outbox = new EmailOutbox(TimeProvider.System);
            var convocations = new List<double>();
            var copies = new List<double>();
            for (var round = 0; round < rounds; round++)
            {
                await ExecAsync("TRUNCATE platform.outbox_emails"); await ExecAsync("VACUUM ANALYZE platform.outbox_emails");
                var (seconds, rows) = await ConveneAsync(coop, outbox);
                await ExecAsync("TRUNCATE platform.outbox_emails"); await ExecAsync("VACUUM ANALYZE platform.outbox_emails");
                var copy = await CopyAsync(coop);
                Console.WriteLine($"  round {round + 1}: convocation {seconds:F3} s ({rows:N0} e-mails); plain COPY {copy:F3} s; ratio {seconds / copy:F2}x");
                if (round == 0) continue;
                convocations.Add(seconds);
                copies.Add(copy);
            }
            var c = BenchSql.Median(convocations); var b = BenchSql.Median(copies);
            Console.WriteLine($"convocation median {c:F3} s (target < 2 s), plain COPY median {b:F3} s, ratio {c / b:F2}x");
        }
        finally
        {
            await BenchSql.DropDatabaseAsync(server, name);
        }
    }

    private async Task GenerateAsync(Guid coop)
    {
        var random = new Random(42);
        var list = Enumerable.Range(1, members).Select(n =>
        {
            var m = new Member
            {
                Id = Guid.CreateVersion7(), CoopId = coop, MemberNumber = n, FamilyName = "Tremblay", GivenName = n % 2 == 0 ? "Marie" : "Jean",
                DateOfBirth = new DateOnly(1940 + random.Next(80), 1 + random.Next(12), 1 + random.Next(28)), Street = $"{n} rue Principale", City = "Contrecœur",
                PostalCode = "J0L 1C0", Email = $"membre.{n}@exemple.ca", PreferredLanguage = n % 4 == 0 ? "en" : "fr",
                Category = (MemberCategory)(1 + n % 3), Status = n % 20 == 0 ? MemberStatus.Resigned : MemberStatus.Active, StatusSince = new DateOnly(2020, 3, 1),
                AdmittedOn = new DateOnly(2020, 3, 1), SharesSubscribed = 50m, SharesPaid = 50m, SharesHeld = 5, CreatedAt = DateTimeOffset.UtcNow,
            };
            m.RefreshSearchText();
            return m;
        }).ToList();
        await using var db = Context(coop);
        await db.Database.OpenConnectionAsync();
        await using (var tx = await db.Database.BeginTransactionAsync())
        {
            await CoopSante.Membership.RegisterImport.RegisterWriter.WriteAsync(db, list, [], null, default);
            await tx.CommitAsync();
        }
        await ExecAsync("VACUUM ANALYZE");
    }

    /// <summary>What <see cref="Convocation.Convene"/> does after its checks (bylaws, audit row left out: one insert).</summary>
    private async Task<(double Seconds, int Rows)> ConveneAsync(Guid coop, IEmailOutbox outbox)
    {
        await using var db = Context(coop);
        var meeting = new Meeting
        {
            Id = Guid.CreateVersion7(), CoopId = coop, Kind = MeetingKind.Annual, Date = new DateOnly(2027, 4, 20), StartTime = new TimeOnly(19, 0),
            Place = "Salle municipale, 5 rue Principale, Contrecœur", CreatedAt = DateTimeOffset.UtcNow,
            Agenda = [.. Enumerable.Range(1, 8).Select(i => new MeetingAgendaItem { Id = Guid.CreateVersion7(), CoopId = coop, Position = i, Title = $"Point {i} de l'ordre du jour" })],
        };
        db.Set<Meeting>().Add(meeting);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var watch = Stopwatch.StartNew();
        var loaded = await db.Set<Meeting>().Include(m => m.Agenda).SingleAsync(m => m.Id == meeting.Id);
        var notices = Convocation.Emails(loaded, await Convocation.PlanAsync(db, loaded, default));
        var composed = watch.Elapsed.TotalSeconds;
        loaded.Status = MeetingStatus.Convened;
        loaded.ConvenedAt = DateTimeOffset.UtcNow;
        loaded.NoticesSent = notices.Count;
        await using (var tx = await db.Database.BeginTransactionAsync())
        {
            await db.SaveChangesAsync();
            await outbox.EnqueueAsync(db, notices);
            await tx.CommitAsync();
        }
        Console.WriteLine($"  read meeting and recipients, compose: {composed:F3} s; save, COPY and commit: {watch.Elapsed.TotalSeconds - composed:F3} s");
        return (watch.Elapsed.TotalSeconds, notices.Count);
    }

    /// <summary>The baseline: the same number of rows, same sizes, one binary COPY in a transaction, nothing else.</summary>
    private async Task<double> CopyAsync(Guid coop)
    {
        await using var db = Context(coop);
        var meeting = await db.Set<Meeting>().Include(m => m.Agenda).OrderByDescending(m => m.CreatedAt).FirstAsync();
        var notices = Convocation.Emails(meeting, await Convocation.PlanAsync(db, meeting, default));
        var now = DateTimeOffset.UtcNow;
        var rows = notices.Select(m => new OutboxEmail
        {
            Id = Guid.CreateVersion7(), CoopId = m.CoopId, To = m.To, Subject = m.Subject, TextBody = m.TextBody, Kind = m.Kind, Culture = m.Culture,
            CreatedAt = now, NextAttemptAt = now,
        }).ToList();
        await using var conn = new NpgsqlConnection(_cs);
        await conn.OpenAsync();
        var watch = Stopwatch.StartNew();
        await using (var tx = await conn.BeginTransactionAsync())
        {
            await EmailOutbox.CopyAsync(conn, rows, default);
            await tx.CommitAsync();
        }
        return watch.Elapsed.TotalSeconds;
    }

    private MembershipDbContext Context(Guid? coop)
    {
        var user = new CurrentUser();
        user.ActIn(coop);
        var options = new DbContextOptionsBuilder<PostgresMembershipDbContext>();
        DbRegistration.Configure(options, MembershipDbContext.Module, DatabaseProvider.Postgres, _cs);
        return new PostgresMembershipDbContext(options.Options) { Caller = user };
    }

    private PostgresPlatformDbContext PlatformContext() => BenchSql.PlatformContext(_cs);

    private Task ExecAsync(string sql) => BenchSql.ExecAsync(_cs, sql);
}
