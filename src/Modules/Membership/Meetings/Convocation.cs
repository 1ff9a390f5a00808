using System.Globalization;
using System.Text;
using CoopSante.Membership.Common;
using CoopSante.Membership.Data;
using CoopSante.Membership.Resources;
using CoopSante.Membership.Rules;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Email;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CoopSante.Membership.Meetings;

/// <summary>
/// Convenes a meeting: checks the by-law notice, marks it convened and e-mails every active member who has an
/// e-mail address, in their language. The printable notice is <see cref="MeetingDocuments"/>' job.
/// </summary>
public static class Convocation
{
    public const string EmailKind = "MeetingNotice";

    internal static void Map(RouteGroupBuilder meetings)
    {
        meetings.MapPost("/{meetingId:guid}/convene", Convene).RequireCoopRole(Access.ManageRegister)
            .WithSummary("Sends the notice of meeting to every active member with an e-mail, respecting the by-law minimum notice.");
    }

    public static async Task<Ok<MeetingDetail>> Convene(Guid meetingId, VersionRequest request, MembershipDbContext db, IAuditTrail audit, IEmailOutbox outbox,
        IStringLocalizer<MeetingsText> text, TimeProvider clock, CancellationToken ct)
    {
        var meeting = await MeetingsApi.FindAsync(db, meetingId, ct);
        if (meeting.Status != MeetingStatus.Draft) throw new DomainException(MeetingErrors.StatusChangeNotAllowed);
        var bylaws = await db.Bylaws.InForceAsync(clock.Today(), ct) ?? throw new DomainException(MembershipErrors.BylawsMissing);
        if (!MeetingNotice.NoticeIsSufficient(clock.Today(), meeting.Date, bylaws.MinimumNoticeDays))
            throw new DomainException(MeetingErrors.NoticeTooShort.At("date", bylaws.MinimumNoticeDays));

        var recipients = await db.Members.AsNoTracking()
            .Where(m => m.Status == Model.MemberStatus.Active && m.Email != null && m.Email != "")
            .OrderBy(m => m.MemberNumber).Select(m => new { m.Email, m.PreferredLanguage }).ToListAsync(ct);
        db.Entry(meeting).Property(x => x.Version).OriginalValue = request.Version;
        meeting.Status = MeetingStatus.Convened;
        meeting.ConvenedAt = clock.GetUtcNow();
        meeting.NoticesSent = recipients.Count;
        await db.SaveChangesAndAuditAsync(audit, new AuditEntry(AuditEventType.MeetingConvened, "Meeting", meeting.Id.ToString(), meeting.CoopId,
            new { meeting.Kind, meeting.Date, Notices = recipients.Count }), ct);

        // The outbox is the platform's store: the meeting is convened first (version checked), then the notices are queued.
        var messages = new Dictionary<string, (string Subject, string Body)>(StringComparer.Ordinal);
        foreach (var r in recipients)
        {
            var culture = MeetingCulture.For(r.PreferredLanguage);
            if (!messages.TryGetValue(culture.Name, out var message))
            {
                message = Compose(text, meeting, culture);
                messages[culture.Name] = message;
            }
            await outbox.EnqueueAsync(new EmailMessage(r.Email!, message.Subject, message.Body, EmailKind, culture.Name, CoopId: meeting.CoopId), ct);
        }
        return TypedResults.Ok(await MeetingsApi.DetailAsync(db, meetingId, ct));
    }

    internal static (string Subject, string Body) Compose(IStringLocalizer<MeetingsText> text, Meeting meeting, CultureInfo culture)
    {
        using var _ = new MeetingCulture(culture);
        var kind = text[$"Kind.{meeting.Kind}"].Value;
        var subject = string.Format(culture, text["Notice.Subject"].Value, kind, meeting.Date.ToString("D", culture));
        var body = new StringBuilder();
        body.AppendLine(string.Format(culture, text["Notice.Intro"].Value, kind, meeting.Date.ToString("D", culture), meeting.StartTime.ToString("t", culture), meeting.Place));
        body.AppendLine();
        body.AppendLine(text["Notice.Agenda"].Value);
        foreach (var item in meeting.Agenda.OrderBy(a => a.Position))
            body.AppendLine(string.Format(culture, "{0}. {1}", item.Position, item.Title));
        body.AppendLine();
        body.AppendLine(text["Notice.Closing"].Value);
        return (subject, body.ToString());
    }
}

/// <summary>Switches the current culture for a member's letter, and back.</summary>
internal sealed class MeetingCulture : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    public MeetingCulture(CultureInfo culture)
    {
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }

    public static CultureInfo For(string? language) =>
        CultureInfo.GetCultureInfo(string.Equals(language, "en", StringComparison.OrdinalIgnoreCase) ? "en-CA" : "fr-CA");

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}
