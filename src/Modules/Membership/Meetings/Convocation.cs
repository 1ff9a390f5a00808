using System.Globalization;
using CoopSante.Membership.Common;
using CoopSante.Membership.Data;
using CoopSante.Membership.Resources;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Email;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Membership.Meetings;

/// <summary>
/// Convenes a meeting: checks the by-law notice, marks it convened and e-mails every active member who has an
/// e-mail address, in their language. The printable notice is <see cref="MeetingDocuments"/>' job.
/// </summary>
internal static class Convocation
{
    public const string EmailKind = "MeetingNotice";

    internal static void Map(RouteGroupBuilder meetings)
    {
        meetings.MapPost("/{meetingId:guid}/convene", Convene)
            .WithSummary("Sends the notice of meeting to every active member with an e-mail, respecting the by-law minimum notice.");
    }

    public static async Task<Ok<MeetingDetail>> Convene(Guid meetingId, VersionRequest request, MembershipDbContext db, IAuditTrail audit, IEmailOutbox outbox,
        TimeProvider clock, CancellationToken ct)
    {
        var meeting = await MeetingsApi.FindAsync(db, meetingId, ct);
        if (meeting.Status != MeetingStatus.Draft) throw new DomainException(MeetingErrors.StatusChangeNotAllowed);
        var bylaws = await db.Bylaws.InForceAsync(clock.Today(), ct) ?? throw new DomainException(MembershipErrors.BylawsMissing);
        if (!MeetingNotice.NoticeIsSufficient(clock.Today(), meeting.Date, bylaws.MinimumNoticeDays))
            throw new DomainException(MeetingErrors.NoticeTooShort.At("date", bylaws.MinimumNoticeDays));

        var notices = await NoticesAsync(db, meeting, ct);
        db.Entry(meeting).Property(x => x.Version).OriginalValue = request.Version;
        meeting.Status = MeetingStatus.Convened;
        meeting.ConvenedAt = clock.GetUtcNow();
        meeting.NoticesSent = notices.Count;

        // One unit of work: the meeting convened (version checked), its audit row and every notice, or none of them.
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            await db.SaveChangesAndAuditAsync(audit, new AuditEntry(AuditEventType.MeetingConvened, "Meeting", meeting.Id.ToString(), meeting.CoopId,
                new { meeting.Kind, meeting.Date, Notices = notices.Count }), ct);
            await outbox.EnqueueAsync(db, notices, ct);
            await tx.CommitAsync(ct);
        }
        return TypedResults.Ok(await MeetingsApi.DetailAsync(db, meetingId, ct));
    }

    /// <summary>The notice for every active member with an e-mail, in their language (one letter composed per language).</summary>
    internal static async Task<List<EmailMessage>> NoticesAsync(MembershipDbContext db, Meeting meeting, CancellationToken ct)
    {
        var recipients = await db.Members.AsNoTracking()
            .Where(m => m.Status == Model.MemberStatus.Active && m.Email != null && m.Email != "")
            .OrderBy(m => m.MemberNumber).Select(m => new { m.Email, m.PreferredLanguage }).ToListAsync(ct);
        var letters = new Dictionary<string, RenderedEmail>(StringComparer.Ordinal);
        var notices = new List<EmailMessage>(recipients.Count);
        foreach (var r in recipients)
        {
            var culture = EmailTemplates.CultureOf(r.PreferredLanguage);
            if (!letters.TryGetValue(culture.Name, out var letter))
            {
                letter = Compose(meeting, culture);
                letters[culture.Name] = letter;
            }
            notices.Add(letter.To(r.Email!, EmailKind, meeting.CoopId));
        }
        return notices;
    }

    /// <summary>The notice's template (MeetingsText "Notice.Subject"/"Notice.Body") in <paramref name="c"/>.</summary>
    internal static RenderedEmail Compose(Meeting meeting, CultureInfo c)
    {
        var kind = EmailTemplates.Text(typeof(MeetingsText), $"Kind.{meeting.Kind}", c);
        var agenda = string.Join('\n', meeting.Agenda.OrderBy(a => a.Position).Select(item => string.Format(c, "{0}. {1}", item.Position, item.Title)));
        return EmailTemplates.Render(typeof(MeetingsText), "Notice.", c, kind, meeting.Date.ToString("D", c), meeting.StartTime.ToString("t", c), meeting.Place, agenda);
    }
}
