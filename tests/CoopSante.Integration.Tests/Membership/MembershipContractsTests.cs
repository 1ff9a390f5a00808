using CoopSante.Platform.Time;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Membership.Common;
using CoopSante.Membership.Contracts;
using CoopSante.Membership.Data;
using CoopSante.Membership.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CoopSante.Integration.Tests.Membership.MembershipScenario;
using Model = CoopSante.Membership.Model;

namespace CoopSante.Integration.Tests.Membership;

/// <summary>What the next modules may ask Membership, through CoopSante.Membership.Contracts only.</summary>
public sealed class MembershipContractsTests(AppFixture app) : IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await app.ResetAsync();
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task<T> ContractAsync<T>(Func<IServiceProvider, Task<T>> ask)
    {
        // A fresh scope with no signed-in user, as a job or another module's service would call it.
        await using var scope = app.Services.CreateAsyncScope();
        return await ask(scope.ServiceProvider);
    }

    private DateOnly Today => app.Services.GetRequiredService<TimeProvider>().Today();

    [Fact]
    public async Task Standing_says_active_and_in_good_standing_only_when_the_qualifying_shares_are_paid_and_only_in_the_members_coop()
    {
        var a = await StartAsync(app);
        var paid = await a.MemberAsync("Paidupsky", "Amandine", paid: 10m);
        var owing = await a.MemberAsync("Owingston", "Bertrand");
        var (_, applicant) = await a.ApplyAsync(Person("Applicantine", "Céleste"));
        var userId = Guid.NewGuid();
        await DbAsync(app, db => db.Members.IgnoreQueryFilters().Where(m => m.Id == paid).ExecuteUpdateAsync(s => s.SetProperty(m => m.UserId, userId)));
        var b = await StartAsync(app);

        var standing = await ContractAsync(sp => sp.GetRequiredService<IMemberStandings>().StandingAsync(a.CoopId, paid, CancellationToken.None));
        Assert.NotNull(standing);
        Assert.True(standing.IsActive);
        Assert.True(standing.InGoodStanding);
        Assert.Equal(MembershipCategory.User, standing.Category);
        Assert.NotNull(standing.MemberNumber);

        var notPaid = await ContractAsync(sp => sp.GetRequiredService<IMemberStandings>().StandingAsync(a.CoopId, owing, CancellationToken.None));
        Assert.True(notPaid!.IsActive);
        Assert.False(notPaid.InGoodStanding);
        var notAdmitted = await ContractAsync(sp => sp.GetRequiredService<IMemberStandings>().StandingAsync(a.CoopId, applicant, CancellationToken.None));
        Assert.False(notAdmitted!.IsActive);
        Assert.False(notAdmitted.InGoodStanding);

        Assert.Equal(standing, await ContractAsync(sp => sp.GetRequiredService<IMemberStandings>().FindByUserAsync(a.CoopId, userId, CancellationToken.None)));
        Assert.Null(await ContractAsync(sp => sp.GetRequiredService<IMemberStandings>().FindByUserAsync(a.CoopId, Guid.NewGuid(), CancellationToken.None)));
        Assert.Null(await ContractAsync(sp => sp.GetRequiredService<IMemberStandings>().StandingAsync(b.CoopId, paid, CancellationToken.None)));
        Assert.Null(await ContractAsync(sp => sp.GetRequiredService<IMemberStandings>().FindByUserAsync(b.CoopId, userId, CancellationToken.None)));
    }

    [Fact]
    public async Task A_household_as_of_a_date_lists_the_member_and_the_people_declared_by_then_with_their_eligibility()
    {
        var a = await StartAsync(app);
        var member = await a.MemberAsync("Foyerovitch", "Damien");
        var today = Today;
        var now = app.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        await DbAsync(app, async db =>
        {
            db.HouseholdPersons.AddRange(
                Declared(a.CoopId, member, Model.HouseholdRelationship.Spouse, "Foyerovitch", "Élodie", new DateOnly(1982, 2, 3), sameAddress: true, now.AddDays(-10)),
                Declared(a.CoopId, member, Model.HouseholdRelationship.Child, "Foyerovitch", "Aîné", today.AddYears(-30), sameAddress: true, now.AddDays(-10)),
                Declared(a.CoopId, member, Model.HouseholdRelationship.Child, "Foyerovitch", "Cadette", today.AddYears(-12), sameAddress: false, now.AddDays(-10)),
                Declared(a.CoopId, member, Model.HouseholdRelationship.Child, "Foyerovitch", "Nouveau", today.AddDays(-5), sameAddress: true, now.AddDays(-1)));
            return await db.SaveChangesAsync();
        });

        var household = await ContractAsync(sp => sp.GetRequiredService<IMemberHouseholds>().HouseholdAsync(a.CoopId, member, today.AddDays(-3), CancellationToken.None));

        Assert.NotNull(household);
        Assert.Equal(new HouseholdAddress("123, rue Principale", "Contrecoeur", "QC", "J0L 1C0"), household.Address);
        Assert.Equal(["Damien", "Élodie", "Aîné", "Cadette"], household.People.Select(p => p.GivenName));
        Assert.Equal([HouseholdRelationship.Member, HouseholdRelationship.Spouse, HouseholdRelationship.Child, HouseholdRelationship.Child], household.People.Select(p => p.Relationship));
        Assert.Equal([true, true, false, false], household.People.Select(p => p.EligibleFamily));
        Assert.Equal(new DateOnly(1982, 2, 3), household.People[1].DateOfBirth);

        var later = await ContractAsync(sp => sp.GetRequiredService<IMemberHouseholds>().HouseholdAsync(a.CoopId, member, today, CancellationToken.None));
        Assert.Contains(later!.People, p => p.GivenName == "Nouveau" && p.EligibleFamily);
        var elsewhere = await StartAsync(app);
        Assert.Null(await ContractAsync(sp => sp.GetRequiredService<IMemberHouseholds>().HouseholdAsync(elsewhere.CoopId, member, today, CancellationToken.None)));
    }

    private static Model.HouseholdPerson Declared(Guid coop, Guid member, Model.HouseholdRelationship relationship, string family, string given, DateOnly born, bool sameAddress, DateTimeOffset declared) => new()
    {
        Id = Guid.CreateVersion7(), CoopId = coop, MemberId = member, Relationship = relationship, FamilyName = family, GivenName = given,
        DateOfBirth = born, SameAddress = sameAddress, CreatedAt = declared,
    };

    [Fact]
    public async Task Governance_dates_give_the_agm_deadlines_the_meetings_around_the_day_and_the_board_elected_at_the_last_agm()
    {
        var a = await StartAsync(app);
        var today = Today;
        var yearEnd = new DateOnly(today.Year - 1, 12, 31);
        var lastAgm = today.AddDays(-20);
        var nextAgm = today.AddDays(200);
        await DbAsync(app, async db =>
        {
            var held = Meeting(a.CoopId, lastAgm, MeetingStatus.Held, yearEnd.Year);
            var older = Meeting(a.CoopId, today.AddYears(-1).AddDays(-20), MeetingStatus.Closed, yearEnd.Year - 1);
            db.AddRange(held, older, Meeting(a.CoopId, nextAgm, MeetingStatus.Convened, yearEnd.Year + 1),
                Meeting(a.CoopId, today.AddDays(-1), MeetingStatus.Draft, null));
            foreach (var (meeting, category, elected, defeated) in new[] { (held, Model.MemberCategory.User, 4, 2), (held, Model.MemberCategory.Supporting, 2, 0), (older, Model.MemberCategory.Worker, 3, 0) })
            {
                var candidates = Enumerable.Range(0, elected + defeated).Select(i => new Model.Member
                {
                    Id = Guid.CreateVersion7(), CoopId = a.CoopId, FamilyName = $"Candidat {category} {i}", GivenName = "Test", Category = category,
                    Status = Model.MemberStatus.Active, StatusSince = today, CreatedAt = DateTimeOffset.UtcNow,
                }).ToList();
                db.Members.AddRange(candidates);
                db.Add(Election(a.CoopId, meeting.Id, category, candidates, elected));
            }
            return await db.SaveChangesAsync();
        });

        var dates = await ContractAsync(sp => sp.GetRequiredService<IGovernanceCalendar>().DatesAsync(a.CoopId, today, CancellationToken.None));

        Assert.NotNull(dates);
        Assert.Equal(yearEnd, dates.LastFiscalYearEnd);
        Assert.Equal(MeetingDeadlines.AgmDeadline(yearEnd), dates.AgmDeadline);
        Assert.Equal(lastAgm, dates.LastAgm);
        Assert.Equal(nextAgm, dates.NextAgm);
        Assert.Equal(MeetingDeadlines.AnnualReportDeadline(lastAgm), dates.AnnualReportDeadline);
        Assert.Equal(9, dates.BoardSize);
        Assert.Equal([new BoardSeats(MembershipCategory.User, 4), new BoardSeats(MembershipCategory.Supporting, 2)], dates.Board);

        var noBylaws = Guid.NewGuid();
        Assert.Null(await ContractAsync(sp => sp.GetRequiredService<IGovernanceCalendar>().DatesAsync(noBylaws, today, CancellationToken.None)));
    }

    private static Meeting Meeting(Guid coop, DateOnly date, MeetingStatus status, int? fiscalYear) => new()
    {
        Id = Guid.CreateVersion7(), CoopId = coop, Kind = MeetingKind.Annual, Status = status, Date = date, StartTime = new TimeOnly(19, 0),
        Place = "Salle communautaire", FiscalYear = fiscalYear, CreatedAt = DateTimeOffset.UtcNow,
    };

    private static BoardElection Election(Guid coop, Guid meeting, Model.MemberCategory category, List<Model.Member> candidates, int elected)
    {
        var election = new BoardElection { Id = Guid.CreateVersion7(), CoopId = coop, MeetingId = meeting, Category = category, Seats = elected, RecordedAt = DateTimeOffset.UtcNow };
        election.Candidates.AddRange(candidates.Select((m, i) => new ElectionCandidate
        {
            Id = Guid.CreateVersion7(), CoopId = coop, ElectionId = election.Id, MemberId = m.Id, Name = m.FamilyName, Votes = 100 - i, Elected = i < elected,
        }));
        return election;
    }
}
