using CoopSante.Membership.Common;
using CoopSante.Membership.Data;
using CoopSante.Membership.Model;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Security;
using CoopSante.Platform.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Membership.Register;

internal sealed record CategoryChangeInput(MemberCategory Category, DateOnly DecidedOn, string? ResolutionNumber, string? Reason, int Version);

internal sealed record CategoryChangeDto(MemberCategory From, MemberCategory To, DateOnly DecidedOn, string ResolutionNumber, string? Reason, DateTimeOffset RecordedAt);

/// <summary>
/// A member moves to another category (user, worker, supporting) by a board decision, kept in the category's history.
/// The by-laws in force must use the category; the member's shares stay as they are.
/// </summary>
internal static class CategoryChangeApi
{
    internal static void Map(RouteGroupBuilder coop)
    {
        var board = coop.MapGroup("/members/{memberId:guid}/category").RequireAuthorization(MembershipPolicies.CanRecordBoardDecisions);
        board.MapGet("", History).WithSummary("The member's changes of category, each with its board resolution.");
        board.MapPost("", Change).ProducesConflict().WithSummary("Records the board's decision moving the member to another category.");
    }

    public static async Task<Ok<IReadOnlyList<CategoryChangeDto>>> History(Guid memberId, MembershipDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await HistoryAsync(db, memberId, ct));

    public static async Task<IReadOnlyList<CategoryChangeDto>> HistoryAsync(MembershipDbContext db, Guid memberId, CancellationToken ct)
    {
        if (!await db.Members.AnyAsync(m => m.Id == memberId, ct)) throw new DomainException(MembershipErrors.MemberNotFound);
        return await db.CategoryChanges.AsNoTracking().Where(c => c.MemberId == memberId).OrderBy(c => c.DecidedOn).ThenBy(c => c.RecordedAt)
            .Select(c => new CategoryChangeDto(c.From, c.To, c.DecidedOn, c.ResolutionNumber, c.Reason, c.RecordedAt)).ToListAsync(ct);
    }

    public static async Task<Ok<IReadOnlyList<CategoryChangeDto>>> Change(Guid memberId, CategoryChangeInput input, MembershipDbContext db, IAuditTrail audit, ICurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        await ChangeAsync(db, audit, user, clock, memberId, input, ct);
        return TypedResults.Ok(await HistoryAsync(db, memberId, ct));
    }

    public static async Task ChangeAsync(MembershipDbContext db, IAuditTrail audit, ICurrentUser user, TimeProvider clock, Guid memberId, CategoryChangeInput input, CancellationToken ct)
    {
        var m = await db.Members.FirstOrDefaultAsync(x => x.Id == memberId, ct) ?? throw new DomainException(MembershipErrors.MemberNotFound);
        var bylaws = await db.Bylaws.InForceAsync(clock.Today(), ct);
        var f = new List<Failure>();
        if (!Enum.IsDefined(input.Category)) f.Add(PlatformErrors.InvalidValue.At("category"));
        else if (input.Category == m.Category) f.Add(MembershipErrors.CategoryUnchanged.At("category"));
        else if (bylaws is not null && bylaws.Categories.All(c => c.Category != input.Category)) f.Add(MembershipErrors.CategoryNotInUse.At("category"));
        else if (m.Kind == MemberKind.Organisation && input.Category != MemberCategory.Supporting) f.Add(MembershipErrors.OrganisationOnlySupporting.At("category"));
        if (m.Status is not (MemberStatus.Active or MemberStatus.Suspended)) f.Add(MembershipErrors.MemberNotActive.At("memberId"));
        if (input.DecidedOn > clock.Today()) f.Add(PlatformErrors.InvalidValue.At("decidedOn"));
        if (string.IsNullOrWhiteSpace(input.ResolutionNumber)) f.Add(MembershipErrors.ResolutionRequired.At("resolutionNumber"));
        else if (input.ResolutionNumber.Trim().Length > 50) f.Add(PlatformErrors.TooLong.At("resolutionNumber", 50));
        if (input.Reason is { } r && r.Trim().Length > 500) f.Add(PlatformErrors.TooLong.At("reason", 500));
        DomainException.ThrowIfAny(f);
        db.Entry(m).Property(x => x.Version).OriginalValue = input.Version;
        var change = new MemberCategoryChange
        {
            Id = Guid.CreateVersion7(), CoopId = m.CoopId, MemberId = m.Id, From = m.Category, To = input.Category, DecidedOn = input.DecidedOn,
            ResolutionNumber = input.ResolutionNumber!.Trim(), Reason = string.IsNullOrWhiteSpace(input.Reason) ? null : input.Reason.Trim(),
            RecordedAt = clock.GetUtcNow(), RecordedBy = user.UserId,
        };
        m.Category = input.Category;
        m.RefreshSearchText();
        db.CategoryChanges.Add(change);
        await db.SaveChangesAndAuditAsync(audit, new AuditEntry(AuditEventType.MemberCategoryChanged, "Member", m.Id.ToString(), m.CoopId,
            new { m.MemberNumber, From = change.From.ToString(), To = change.To.ToString(), change.DecidedOn }, Purpose: change.ResolutionNumber), ct);
    }
}
