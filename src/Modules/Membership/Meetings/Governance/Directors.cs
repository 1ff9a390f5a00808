using CoopSante.Membership.Common;
using CoopSante.Membership.Data;
using CoopSante.Membership.Model;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Paging;
using CoopSante.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Membership.Meetings.Governance;

/// <summary>A seat entered or corrected by hand. <c>Version</c> on updates only.</summary>
internal sealed record DirectorInput(string? Name, string? Domicile, MemberCategory Category, DateOnly TermStart, DateOnly TermEnd, DateOnly? LeftOn = null, Guid? MemberId = null, int? Version = null);

internal sealed record DirectorItem(Guid Id, int Version, Guid? MemberId, string Name, string Domicile, MemberCategory Category, DateOnly TermStart, DateOnly TermEnd,
    DateOnly? LeftOn, bool InOffice, bool Elected);

/// <summary>
/// The register of directors (s. 124): names, domiciles, terms and the category each seat represents. Elections add
/// their elected candidates; seats elected before the coop used this system are entered by hand. The one-third rule
/// for supporting members is checked over the whole board in office.
/// </summary>
internal static class Directors
{
    public const int MaxTermYears = 5;

    internal static void Map(RouteGroupBuilder coop)
    {
        var group = coop.MapGroup("/directors").WithTags("Meetings").RequireAuthorization(MembershipPolicies.CanManageRegister);
        group.MapGet("", List).WithSummary("Pages through the register of directors (s. 124), those in office first.");
        group.MapPost("", Record).RequireAuthorization(MembershipPolicies.CanRecordBoardDecisions)
            .WithSummary("Enters a director's seat (name, domicile, category, term); the whole board keeps supporting members to one third of the seats.");
        group.MapPut("/{directorId:guid}", Update).RequireAuthorization(MembershipPolicies.CanRecordBoardDecisions)
            .WithSummary("Corrects a director's entry or records the date they left the board.");
    }

    public static async Task<Ok<Page<DirectorItem>>> List(MembershipDbContext db, TimeProvider clock, CancellationToken ct, int? page = null, int? pageSize = null) =>
        TypedResults.Ok(await ListAsync(db, clock.Today(), PageRequest.From(page, pageSize), ct));

    public static async Task<Page<DirectorItem>> ListAsync(MembershipDbContext db, DateOnly today, PageRequest page, CancellationToken ct)
    {
        var rows = await db.Set<Director>().AsNoTracking()
            .OrderByDescending(d => d.TermStart <= today && today < d.TermEnd && (d.LeftOn == null || today < d.LeftOn)).ThenBy(d => d.TermEnd).ThenBy(d => d.Name)
            .ToPageAsync(page, ct);
        return new Page<DirectorItem>(rows.Items.Select(d => Item(d, today)).ToList(), rows.Total, rows.PageNumber, rows.PageSize);
    }

    public static async Task<Ok<DirectorItem>> Record(Guid coopId, DirectorInput request, MembershipDbContext db, IAuditTrail audit, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await RecordAsync(db, audit, clock, coopId, request, ct));

    public static async Task<DirectorItem> RecordAsync(MembershipDbContext db, IAuditTrail audit, TimeProvider clock, Guid coopId, DirectorInput request, CancellationToken ct)
    {
        var (name, domicile) = Validate(request);
        var d = new Director
        {
            Id = Guid.CreateVersion7(), CoopId = coopId, MemberId = await MemberAsync(db, request.MemberId, ct), Name = name, Domicile = domicile, Category = request.Category,
            TermStart = request.TermStart, TermEnd = request.TermEnd, LeftOn = request.LeftOn, RecordedAt = clock.GetUtcNow(),
        };
        await EnsureWholeBoardAsync(db, d.TermStart, [d.Category], except: null, ct);
        db.Add(d);
        await db.SaveChangesAndAuditAsync(audit, new AuditEntry(AuditEventType.DirectorRecorded, "Director", d.Id.ToString(), coopId,
            new { d.Category, d.TermStart, d.TermEnd }), ct);
        return Item(d, clock.Today());
    }

    public static async Task<Ok<DirectorItem>> Update(Guid directorId, DirectorInput request, MembershipDbContext db, IAuditTrail audit, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await UpdateAsync(db, audit, clock, directorId, request, ct));

    public static async Task<DirectorItem> UpdateAsync(MembershipDbContext db, IAuditTrail audit, TimeProvider clock, Guid directorId, DirectorInput request, CancellationToken ct)
    {
        if (request.Version is null) throw new DomainException(PlatformErrors.Required.At("version"));
        var d = await db.Set<Director>().FirstOrDefaultAsync(x => x.Id == directorId, ct) ?? throw new DomainException(MeetingOpsErrors.DirectorNotFound);
        var (name, domicile) = Validate(request);
        if (request.Category != d.Category || request.TermStart != d.TermStart)
            await EnsureWholeBoardAsync(db, request.TermStart, [request.Category], except: d.Id, ct);
        db.Entry(d).Property(x => x.Version).OriginalValue = request.Version.Value;
        d.Name = name; d.Domicile = domicile; d.Category = request.Category; d.TermStart = request.TermStart; d.TermEnd = request.TermEnd; d.LeftOn = request.LeftOn;
        if (request.MemberId is not null) d.MemberId = await MemberAsync(db, request.MemberId, ct);
        await db.SaveChangesAndAuditAsync(audit, new AuditEntry(AuditEventType.DirectorChanged, "Director", d.Id.ToString(), d.CoopId,
            new { d.Category, d.TermStart, d.TermEnd, d.LeftOn }), ct);
        return Item(d, clock.Today());
    }

    /// <summary>
    /// Refuses seats that would put the board over its size or give supporting members more than one third of it, counting
    /// every director in office on <paramref name="day"/> (staggered terms included) plus <paramref name="newSeats"/>.
    /// </summary>
    internal static async Task EnsureWholeBoardAsync(MembershipDbContext db, DateOnly day, IReadOnlyCollection<MemberCategory> newSeats, Guid? except, CancellationToken ct)
    {
        var bylaws = await db.Bylaws.InForceAsync(day, ct) ?? throw new DomainException(MembershipErrors.BylawsMissing);
        var seated = await SeatsInOfficeAsync(db, day, except, ct);
        var board = seated.Concat(newSeats).ToList();
        var failures = new List<Failure>();
        if (board.Count > bylaws.BoardSize) failures.Add(MeetingOpsErrors.WholeBoardOverSize.At("seats", bylaws.BoardSize, seated.Count));
        if (!WholeBoardRule.SupportingMembersHoldAtMostOneThirdOfTheWholeBoard(bylaws.BoardSize, board))
            failures.Add(MeetingOpsErrors.WholeBoardSupportingOverOneThird.At("seats", BoardComposition.MaxSupportingSeats(bylaws.BoardSize), bylaws.BoardSize,
                seated.Count(c => c == MemberCategory.Supporting)));
        DomainException.ThrowIfAny(failures);
    }

    /// <summary>The categories of the seats in office on <paramref name="day"/>: a term ending that day has ended (the meeting elects its successor).</summary>
    internal static async Task<List<MemberCategory>> SeatsInOfficeAsync(MembershipDbContext db, DateOnly day, Guid? except, CancellationToken ct) =>
        await db.Set<Director>().AsNoTracking()
            .Where(d => d.TermStart <= day && day < d.TermEnd && (d.LeftOn == null || day < d.LeftOn) && (except == null || d.Id != except))
            .Select(d => d.Category).ToListAsync(ct);

    private static async Task<Guid?> MemberAsync(MembershipDbContext db, Guid? memberId, CancellationToken ct)
    {
        if (memberId is not { } id) return null;
        return await db.Members.AnyAsync(m => m.Id == id, ct) ? id : throw new DomainException(MembershipErrors.MemberNotFound.At("memberId"));
    }

    private static (string Name, string Domicile) Validate(DirectorInput request)
    {
        var failures = new List<Failure>();
        var name = VoteSuspensions.Text(request.Name, "name", 401, failures);
        var domicile = VoteSuspensions.Text(request.Domicile, "domicile", 400, failures);
        if (!Enum.IsDefined(request.Category)) failures.Add(PlatformErrors.InvalidValue.At("category"));
        if (request.TermEnd <= request.TermStart || request.TermEnd > request.TermStart.AddYears(MaxTermYears) || request.TermStart.Year < 1950)
            failures.Add(MeetingOpsErrors.TermInvalid.At("termEnd", MaxTermYears));
        if (request.LeftOn is { } left && (left <= request.TermStart || left > request.TermEnd)) failures.Add(PlatformErrors.InvalidValue.At("leftOn"));
        DomainException.ThrowIfAny(failures);
        return (name, domicile);
    }

    internal static DirectorItem Item(Director d, DateOnly today) =>
        new(d.Id, d.Version, d.MemberId, d.Name, d.Domicile, d.Category, d.TermStart, d.TermEnd, d.LeftOn, d.InOfficeOn(today), d.ElectionId is not null);
}
