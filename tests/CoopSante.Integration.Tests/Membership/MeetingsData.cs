using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Membership.Data;
using CoopSante.Membership.Model;
using CoopSante.Platform.Time;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Integration.Tests.Membership;

/// <summary>Builders for meeting tests: a coop's by-laws and members written straight into the register.</summary>
internal sealed class MeetingsData(AppFixture app, Guid coopId)
{
    public const decimal UserQualifying = 100m;
    private int _next;

    /// <summary>Today in Québec, by the app's own clock (<see cref="QuebecClock"/> on the system <see cref="TimeProvider"/> the app is given).</summary>
    public static DateOnly Today => TimeProvider.System.Today();

    public async Task BylawsAsync(int noticeDays = 10, QuorumKind quorumKind = QuorumKind.Number, int quorum = 2, int boardSize = 6)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MembershipDbContext>();
        var id = Guid.CreateVersion7();
        db.Bylaws.Add(new BylawsVersion
        {
            Id = id, CoopId = coopId, EffectiveFrom = new DateOnly(2000, 1, 1), FiscalYearEndMonth = 12, FiscalYearEndDay = 31,
            QuorumKind = quorumKind, QuorumValue = quorum, MinimumNoticeDays = noticeDays, BoardSize = boardSize, RecordedAt = DateTimeOffset.UtcNow,
            Categories =
            [
                new CategoryTerms { Id = Guid.CreateVersion7(), CoopId = coopId, BylawsVersionId = id, Category = MemberCategory.User, QualifyingShares = 10, ShareUnitValue = 10m },
                new CategoryTerms { Id = Guid.CreateVersion7(), CoopId = coopId, BylawsVersionId = id, Category = MemberCategory.Worker, QualifyingShares = 10, ShareUnitValue = 10m },
                new CategoryTerms { Id = Guid.CreateVersion7(), CoopId = coopId, BylawsVersionId = id, Category = MemberCategory.Supporting, QualifyingShares = 10, ShareUnitValue = 10m },
            ],
        });
        await db.SaveChangesAsync();
    }

    /// <summary>An active member admitted on <paramref name="admitted"/> (default: a year ago) who paid <paramref name="paid"/> (default: the qualifying amount).</summary>
    public async Task<Member> MemberAsync(string family, string given, MemberCategory category = MemberCategory.User, decimal? paid = null,
        string? email = null, string language = "fr", DateOnly? admitted = null, MemberStatus status = MemberStatus.Active)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MembershipDbContext>();
        var on = admitted ?? Today.AddYears(-1);
        var m = new Member
        {
            Id = Guid.CreateVersion7(), CoopId = coopId, MemberNumber = ++_next, FamilyName = family, GivenName = given, DateOfBirth = new DateOnly(1970, 1, 1),
            Street = "1 rue Principale", City = "Contrecoeur", PostalCode = "J0L 1C0", Email = email ?? $"m{_next}.{Guid.NewGuid():N}@example.org",
            PreferredLanguage = language, Category = category, Status = status, StatusSince = on, AdmittedOn = on,
            SharesSubscribed = UserQualifying, SharesPaid = paid ?? UserQualifying, SharesHeld = 10, CreatedAt = DateTimeOffset.UtcNow,
        };
        m.RefreshSearchText();
        db.Members.Add(m);
        db.StatusChanges.Add(new MemberStatusChange { Id = Guid.CreateVersion7(), CoopId = coopId, MemberId = m.Id, From = MemberStatus.Applicant, To = MemberStatus.Active, EffectiveOn = on, RecordedAt = DateTimeOffset.UtcNow });
        if (status != MemberStatus.Active)
            db.StatusChanges.Add(new MemberStatusChange { Id = Guid.CreateVersion7(), CoopId = coopId, MemberId = m.Id, From = MemberStatus.Active, To = status, EffectiveOn = on.AddDays(1), RecordedAt = DateTimeOffset.UtcNow });
        db.ShareTransactions.Add(new ShareTransaction { Id = Guid.CreateVersion7(), CoopId = coopId, MemberId = m.Id, Kind = ShareTransactionKind.Subscription, OccurredOn = on, Shares = 10, Amount = UserQualifying, RecordedAt = DateTimeOffset.UtcNow });
        if (m.SharesPaid > 0)
            db.ShareTransactions.Add(new ShareTransaction { Id = Guid.CreateVersion7(), CoopId = coopId, MemberId = m.Id, Kind = ShareTransactionKind.Payment, OccurredOn = on, Amount = m.SharesPaid, Method = PaymentMethod.Cash, ReceiptNumber = _next, RecordedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();
        return m;
    }
}
