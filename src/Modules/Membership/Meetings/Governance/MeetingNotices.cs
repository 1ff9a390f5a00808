using CoopSante.Membership.Data;
using CoopSante.Platform.Data;
using CoopSante.Platform.Email;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Paging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Membership.Meetings.Governance;

/// <summary>A notice given for a meeting; <c>EmailStatus</c> is the outbox's state of the e-mail (null for mailed notices).</summary>
internal sealed record MeetingNoticeItem(Guid MemberId, int? MemberNumber, string Name, NoticeChannel Channel, string Address, DateTimeOffset QueuedAt,
    OutboxStatus? EmailStatus, DateTimeOffset? SentAt);

/// <summary>The notices of a meeting, with where each e-mail stands in the outbox.</summary>
internal static class MeetingNotices
{
    internal static void Map(RouteGroupBuilder meetings)
    {
        meetings.MapGet("/{meetingId:guid}/notices", List)
            .WithSummary("Pages through the notices given for a meeting: e-mails with their outbox state, and notices to mail.");
    }

    public static async Task<Ok<Page<MeetingNoticeItem>>> List(Guid meetingId, MembershipDbContext db, IDbContextFactory<PlatformDbContext> platform, CancellationToken ct,
        string? channel = null, int? page = null, int? pageSize = null)
    {
        NoticeChannel? only = channel switch
        {
            null or "" => null,
            _ when Enum.TryParse<NoticeChannel>(channel, ignoreCase: true, out var c) && Enum.IsDefined(c) => c,
            _ => throw new DomainException(PlatformErrors.InvalidValue.At("channel")),
        };
        await using var outbox = await platform.CreateDbContextAsync(ct);
        return TypedResults.Ok(await ListAsync(db, outbox, meetingId, only, PageRequest.From(page, pageSize), ct));
    }

    public static async Task<Page<MeetingNoticeItem>> ListAsync(MembershipDbContext db, PlatformDbContext outbox, Guid meetingId, NoticeChannel? channel, PageRequest page, CancellationToken ct)
    {
        var meeting = await db.Set<Meeting>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == meetingId, ct) ?? throw new DomainException(MeetingErrors.MeetingNotFound);
        var rows = await db.Set<MeetingNoticeRecord>().AsNoTracking().Where(n => n.MeetingId == meetingId && (channel == null || n.Channel == channel))
            .Join(db.Members, n => n.MemberId, m => m.Id, (n, m) => new { n, m.MemberNumber, m.GivenName, m.FamilyName })
            .OrderBy(r => r.n.Channel).ThenBy(r => r.MemberNumber)
            .ToPageAsync(page, ct);
        var emails = rows.Items.Where(r => r.n.Channel == NoticeChannel.Email).Select(r => r.n.Address).ToList();
        var since = rows.Items.Count == 0 ? DateTimeOffset.MaxValue : rows.Items.Min(r => r.n.QueuedAt).AddSeconds(-5);
        // The outbox is the platform's: its rows of this coop's meeting notices queued with this convocation, by address.
        var states = emails.Count == 0 ? [] : await outbox.OutboxEmails.AsNoTracking()
            .Where(e => e.CoopId == meeting.CoopId && e.Kind == Convocation.EmailKind && emails.Contains(e.To) && e.CreatedAt >= since)
            .Select(e => new { e.To, e.CreatedAt, e.Status, e.SentAt }).ToListAsync(ct);
        var byAddress = states.GroupBy(s => s.To, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.OrderBy(s => s.CreatedAt).First(), StringComparer.Ordinal);
        return new Page<MeetingNoticeItem>(rows.Items.Select(r =>
        {
            var state = r.n.Channel == NoticeChannel.Email ? byAddress.GetValueOrDefault(r.n.Address) : null;
            return new MeetingNoticeItem(r.n.MemberId, r.MemberNumber, $"{r.GivenName} {r.FamilyName}".Trim(), r.n.Channel, r.n.Address, r.n.QueuedAt, state?.Status, state?.SentAt);
        }).ToList(), rows.Total, rows.PageNumber, rows.PageSize);
    }
}
