using CoopSante.Membership.Households;
using CoopSante.Membership.Common;
using CoopSante.Membership.Data;
using CoopSante.Membership.Model;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Identity.ApiKeys;
using CoopSante.Platform.Paging;
using CoopSante.Platform.Security;
using CoopSante.Platform.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Membership.Register;

internal sealed record MemberListItem(Guid Id, int? MemberNumber, string FamilyName, string GivenName, MemberCategory Category, MemberStatus Status, bool InGoodStanding);

internal sealed record StatusChangeDto(MemberStatus? From, MemberStatus To, DateOnly EffectiveOn, string? Reason, string? ResolutionNumber, DateTimeOffset RecordedAt);

internal sealed record ShareLineDto(Guid Id, ShareTransactionKind Kind, DateOnly OccurredOn, int Shares, decimal Amount, PaymentMethod? Method, int? ReceiptNumber, string? ResolutionNumber, Guid? CounterpartyMemberId,
    decimal? SubscribedAmount = null);

internal sealed record HouseholdPersonDto(Guid Id, int Version, HouseholdRelationship Relationship, string FamilyName, string GivenName, DateOnly DateOfBirth, bool SameAddress, bool EligibleFamily);

internal sealed record MemberDetail(
    Guid Id, int Version, int? MemberNumber, MemberInput Identity, MemberStatus Status, DateOnly StatusSince, DateOnly? AdmittedOn,
    int SharesHeld, decimal SharesSubscribed, decimal SharesPaid, decimal SharesOwing, decimal QualifyingAmount, bool InGoodStanding,
    IReadOnlyList<StatusChangeDto> StatusHistory, IReadOnlyList<ShareLineDto> Shares, IReadOnlyList<HouseholdPersonDto> Household);

internal sealed record UpdateMemberRequest(int Version, MemberInput Identity);

internal sealed record ChangeStatusRequest(MemberStatus Status, DateOnly EffectiveOn, string? Reason, string? ResolutionNumber, int? Version = null);

/// <summary>The register: search, detail, corrections and departures.</summary>
internal static class RegisterApi
{
    internal static void Map(RouteGroupBuilder coop)
    {
        var register = coop.MapGroup("").RequireAuthorization(MembershipPolicies.CanManageRegister);
        register.MapGet("/members", List).RequireScope(MembershipScopes.MembersRead)
            .WithSummary("Pages through the register; q searches names, e-mail, phone and postal code by word prefix without regard to accents, and the member number exactly.");
        register.MapGet("/members/{memberId:guid}", Get).RequireScope(MembershipScopes.MembersRead).WithSummary("A member with status history, shares and household.");
        register.MapPut("/members/{memberId:guid}", Update).ProducesConflict().WithSummary("Corrects a member's identity and contact details.");
        register.MapPost("/members/{memberId:guid}/status", ChangeStatus).ProducesConflict()
            .WithSummary("Records a resignation, a death or a reinstatement after suspension (board resolution), with its date and reason; exclusion follows s. 58 (proceedings).");
    }

    public static async Task<Ok<Page<MemberListItem>>> List(MembershipDbContext db, TimeProvider clock, CancellationToken ct,
        string? q = null, MemberStatus? status = null, MemberCategory? category = null, int? page = null, int? pageSize = null) =>
        TypedResults.Ok(await SearchAsync(db, clock, q, status, category, PageRequest.From(page, pageSize), ct));

    public static async Task<Page<MemberListItem>> SearchAsync(MembershipDbContext db, TimeProvider clock, string? q, MemberStatus? status, MemberCategory? category, PageRequest request, CancellationToken ct)
    {
        if (q is { Length: > 200 }) throw new DomainException(PlatformErrors.TooLong.At("q", 200));
        var terms = SearchText.Query(q);
        var bylaws = await db.Bylaws.InForceAsync(clock.Today(), ct);
        MemberListItem Item(Guid id, int? number, string family, string given, MemberCategory category, MemberStatus status, decimal paid) =>
            new(id, number, family, given, category, status, GoodStanding.MemberIsInGoodStanding(status, paid, GoodStanding.QualifyingAmount(bylaws, category)));
        if (!terms.IsEmpty && db.IsPostgres && await SearchPostgresAsync(db, terms, status, category, request, ct) is { } found)
            return found.Map(m => Item(m.Id, m.MemberNumber, m.FamilyName, m.GivenName, Enum.Parse<MemberCategory>(m.Category), Enum.Parse<MemberStatus>(m.Status), m.SharesPaid));
        var query = MatchingAll(db, terms);
        if (status is { } s) query = query.Where(m => m.Status == s);
        if (category is { } c) query = query.Where(m => m.Category == c);
        var page = await query.OrderBy(m => m.MemberNumber == null).ThenBy(m => m.FamilyName).ThenBy(m => m.GivenName).ThenBy(m => m.Id)
            .Select(m => new { m.Id, m.MemberNumber, m.FamilyName, m.GivenName, m.Category, m.Status, m.SharesPaid })
            .ToPageAsync(request, ct);
        return page.Map(m => Item(m.Id, m.MemberNumber, m.FamilyName, m.GivenName, m.Category, m.Status, m.SharesPaid));
    }

    /// <summary>A row of the PostgreSQL search: the page's columns and the number of matches (snake_case columns, as every mapped name).</summary>
    internal sealed record SearchRow(Guid Id, int? MemberNumber, string FamilyName, string GivenName, string Category, string Status, decimal SharesPaid, long Total);

    /// <summary>
    /// The page and the number of matches in one statement (a window count over the coop-tagged vector's matches, ADR 0007),
    /// instead of a count and a page that scan the same matches twice. Null past the last page, where the count is unknown.
    /// </summary>
    private static async Task<Page<SearchRow>?> SearchPostgresAsync(MembershipDbContext db, SearchText.MemberQuery terms, MemberStatus? status, MemberCategory? category,
        PageRequest request, CancellationToken ct)
    {
        var coop = db.CurrentCoopId;
        var (array, number, others) = (terms.Terms.ToArray(), terms.Number, terms.OtherTerms.ToArray());
        var statusText = status?.ToString();
        var categoryText = category?.ToString();
        // The words by the GIN index, or the member number by its unique index (a bitmap OR of the two).
        var rows = await db.Database.SqlQuery<SearchRow>($"""
            SELECT id, member_number, family_name, given_name, category, status, shares_paid, count(*) OVER () AS total
            FROM membership.members
            WHERE coop_id = {coop}
              AND (search_vector @@ membership.member_search_query({coop}, {array})
                OR (member_number = {number} AND (cardinality({others}) = 0 OR search_vector @@ membership.member_search_query({coop}, {others}))))
              AND ({statusText}::text IS NULL OR status = {statusText}) AND ({categoryText}::text IS NULL OR category = {categoryText})
            ORDER BY member_number IS NULL, family_name, given_name, id
            LIMIT {request.PageSize} OFFSET {request.Skip}
            """).ToListAsync(ct);
        if (rows.Count == 0 && request.Skip > 0) return null;
        return new Page<SearchRow>(rows, rows.Count == 0 ? 0 : (int)rows[0].Total, request.Page, request.PageSize);
    }

    /// <summary>
    /// Members with a word of search_text starting with every term, or with the query's member number and the other terms.
    /// On PostgreSQL, the coop-tagged full-text vector and its GIN index (ADR 0007); elsewhere, LIKE on the same words.
    /// Terms hold only letters and digits: nothing to escape.
    /// </summary>
    internal static IQueryable<Member> MatchingAll(MembershipDbContext db, SearchText.MemberQuery terms)
    {
        if (terms.IsEmpty) return db.Members.AsNoTracking();
        if (db.IsPostgres)
        {
            var coop = db.CurrentCoopId;
            var (array, number, others) = (terms.Terms.ToArray(), terms.Number, terms.OtherTerms.ToArray());
            return db.Members.FromSql($"""
                SELECT * FROM membership.members
                WHERE search_vector @@ membership.member_search_query({coop}, {array})
                   OR (member_number = {number} AND (cardinality({others}) = 0 OR search_vector @@ membership.member_search_query({coop}, {others})))
                """).AsNoTracking();
        }
        var words = StartingWords(db.Members.AsNoTracking(), terms.Terms);
        if (terms.Number is not { } n) return words;
        return words.Union(StartingWords(db.Members.AsNoTracking().Where(m => m.MemberNumber == n), terms.OtherTerms));
    }

    private static IQueryable<Member> StartingWords(IQueryable<Member> query, IEnumerable<string> terms)
    {
        foreach (var term in terms)
        {
            var pattern = "% " + term + "%";
            query = query.Where(m => EF.Functions.Like(m.SearchText, pattern));
        }
        return query;
    }

    public static async Task<Ok<MemberDetail>> Get(Guid coopId, Guid memberId, MembershipDbContext db, TimeProvider clock, IAccessLog accessLog, CancellationToken ct)
    {
        var detail = await DetailAsync(db, clock, memberId, ct);
        // Durable before the record leaves (ADR 0020); the subject is the member (a person finds their reads by their member ids).
        await accessLog.RecordReadAsync(coopId, "Member", memberId.ToString(), ct: ct);
        return TypedResults.Ok(detail);
    }

    public static async Task<MemberDetail> DetailAsync(MembershipDbContext db, TimeProvider clock, Guid memberId, CancellationToken ct)
    {
        // PostgreSQL: one statement (ADR 0027); elsewhere (SQLite, in process, no round trips) one query per part.
        if (db.IsPostgres)
            return await MemberDetailQuery.ReadAsync(db, memberId, clock.Today(), ct) ?? throw new DomainException(MembershipErrors.MemberNotFound);
        return await DetailByPartsAsync(db, clock, memberId, ct);
    }

    /// <summary>The detail by one query per part: what <see cref="MemberDetailQuery"/> answers in one statement on PostgreSQL.</summary>
    internal static async Task<MemberDetail> DetailByPartsAsync(MembershipDbContext db, TimeProvider clock, Guid memberId, CancellationToken ct)
    {
        var m = await db.Members.AsNoTracking().FirstOrDefaultAsync(x => x.Id == memberId, ct) ?? throw new DomainException(MembershipErrors.MemberNotFound);
        var today = clock.Today();
        var bylaws = await db.Bylaws.InForceAsync(today, ct);
        var history = await db.StatusChanges.AsNoTracking().Where(s => s.MemberId == memberId).OrderBy(s => s.RecordedAt).ThenBy(s => s.EffectiveOn).ThenBy(s => s.Id)
            .Select(s => new StatusChangeDto(s.From, s.To, s.EffectiveOn, s.Reason, s.ResolutionNumber, s.RecordedAt)).ToListAsync(ct);
        var shares = await db.ShareTransactions.AsNoTracking().Where(t => t.MemberId == memberId).OrderBy(t => t.OccurredOn).ThenBy(t => t.RecordedAt)
            .Select(t => new ShareLineDto(t.Id, t.Kind, t.OccurredOn, t.Shares, t.Amount, t.Method, t.ReceiptNumber, t.ResolutionNumber, t.CounterpartyMemberId, t.SubscribedAmount)).ToListAsync(ct);
        var household = await db.HouseholdPersons.AsNoTracking().Where(h => h.MemberId == memberId).OrderBy(h => h.Relationship).ThenBy(h => h.DateOfBirth).ToListAsync(ct);
        var qualifying = GoodStanding.QualifyingAmount(bylaws, m.Category);
        return new MemberDetail(m.Id, m.Version, m.MemberNumber, MemberInput.From(m), m.Status, m.StatusSince, m.AdmittedOn, m.SharesHeld,
            m.SharesSubscribed, m.SharesPaid, m.SharesOwing, qualifying, GoodStanding.MemberIsInGoodStanding(m.Status, m.SharesPaid, qualifying),
            history, shares, household.Select(h => ToDto(h, today)).ToList());
    }

    internal static HouseholdPersonDto ToDto(HouseholdPerson h, DateOnly today) => new(h.Id, h.Version, h.Relationship, h.FamilyName, h.GivenName, h.DateOfBirth, h.SameAddress,
        HouseholdEligibility.PersonIsEligibleFamily(h.Relationship, h.DateOfBirth, h.SameAddress, today));

    public static async Task<Ok<MemberDetail>> Update(Guid memberId, UpdateMemberRequest request, MembershipDbContext db, IAuditTrail audit, TimeProvider clock, CancellationToken ct)
    {
        await UpdateAsync(db, audit, clock, memberId, request, ct);
        return TypedResults.Ok(await DetailAsync(db, clock, memberId, ct));
    }

    public static async Task UpdateAsync(MembershipDbContext db, IAuditTrail audit, TimeProvider clock, Guid memberId, UpdateMemberRequest request, CancellationToken ct)
    {
        var m = await db.Members.FirstOrDefaultAsync(x => x.Id == memberId, ct) ?? throw new DomainException(MembershipErrors.MemberNotFound);
        var today = clock.Today();
        var bylaws = await db.Bylaws.InForceAsync(today, ct);
        var identity = request.Identity ?? new MemberInput();
        var failures = identity.Validate(today, bylaws?.Categories.Select(c => c.Category).ToList());
        // A change of category is a board decision with its history (CategoryChanges), not a correction of identity.
        if (identity.Category != m.Category && Enum.IsDefined(identity.Category)) failures.Add(MembershipErrors.CategoryChangeIsBoardDecision.At("category"));
        DomainException.ThrowIfAny(failures);
        db.Entry(m).Property(x => x.Version).OriginalValue = request.Version;
        var before = m.Category;
        identity.ApplyTo(m);
        await db.SaveChangesAndAuditAsync(audit, new AuditEntry(AuditEventType.MemberUpdated, "Member", m.Id.ToString(), m.CoopId,
            new { m.MemberNumber, CategoryFrom = before.ToString(), CategoryTo = m.Category.ToString() }), ct);
    }

    public static async Task<Ok<MemberDetail>> ChangeStatus(Guid memberId, ChangeStatusRequest request, MembershipDbContext db, IAuditTrail audit, ICurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        await ChangeStatusAsync(db, audit, user, clock, memberId, request, ct);
        return TypedResults.Ok(await DetailAsync(db, clock, memberId, ct));
    }

    public static async Task ChangeStatusAsync(MembershipDbContext db, IAuditTrail audit, ICurrentUser user, TimeProvider clock, Guid memberId, ChangeStatusRequest request, CancellationToken ct)
    {
        var m = await db.Members.FirstOrDefaultAsync(x => x.Id == memberId, ct) ?? throw new DomainException(MembershipErrors.MemberNotFound);
        var failures = StatusChanges.WhyChangeIsRefused(m.Status, request.Status, request.EffectiveOn, clock.Today(), request.Reason, request.ResolutionNumber).ToList();
        if (StatusChanges.IsBoardDecision(request.Status) && !user.EffectiveRolesInActiveCoop.Contains(Role.CoopAdmin)) throw new DomainException(PlatformErrors.Forbidden);
        DomainException.ThrowIfAny(failures);
        if (request.Version is { } v) db.Entry(m).Property(x => x.Version).OriginalValue = v;
        var from = m.Status;
        m.Status = request.Status;
        m.StatusSince = request.EffectiveOn;
        db.StatusChanges.Add(new MemberStatusChange
        {
            Id = Guid.CreateVersion7(), CoopId = m.CoopId, MemberId = m.Id, From = from, To = request.Status, EffectiveOn = request.EffectiveOn,
            Reason = request.Reason!.Trim(), ResolutionNumber = string.IsNullOrWhiteSpace(request.ResolutionNumber) ? null : request.ResolutionNumber.Trim(), RecordedAt = clock.GetUtcNow(),
        });
        // Membership ended: the paid shares join the refund queue (s. 38); a deceased member's go to the estate.
        if (Refunds.RefundsApi.MembershipEnds(from, request.Status)) await Refunds.RefundsApi.QueueDepartureAsync(db, m, request.EffectiveOn, user, clock, ct);
        await db.SaveChangesAndAuditAsync(audit, new AuditEntry(AuditEventType.MemberStatusChanged, "Member", m.Id.ToString(), m.CoopId,
            new { m.MemberNumber, From = from.ToString(), To = request.Status.ToString(), request.EffectiveOn }, Purpose: request.ResolutionNumber), ct);
    }
}
