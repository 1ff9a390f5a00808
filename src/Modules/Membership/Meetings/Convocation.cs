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
/// Convenes a meeting: checks the by-law notice, marks it convened, e-mails every active member who accepted e-mail, in
/// their language, and lists the others for printed notices and address labels (<see cref="MeetingDocuments"/>).
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

        var plan = await PlanAsync(db, meeting, ct);
        if (plan.Count == 0) throw new DomainException(Governance.MeetingOpsErrors.NoMembersToConvene);
        var notices = Emails(meeting, plan);
        var now = clock.GetUtcNow();
        db.Entry(meeting).Property(x => x.Version).OriginalValue = request.Version;
        meeting.Status = MeetingStatus.Convened;
        meeting.ConvenedAt = now;
        meeting.NoticesSent = notices.Count;
        meeting.MailNotices = plan.Count - notices.Count;
        db.AddRange(plan.Select(p => new Governance.MeetingNoticeRecord
        {
            Id = Guid.CreateVersion7(), CoopId = meeting.CoopId, MeetingId = meeting.Id, MemberId = p.MemberId, Channel = p.Channel, Address = p.Address, QueuedAt = now,
        }));

        // One unit of work: the meeting convened (version checked), its audit row, the notices recorded and every e-mail queued, or none of them.
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            await db.SaveChangesAndAuditAsync(audit, new AuditEntry(AuditEventType.MeetingConvened, "Meeting", meeting.Id.ToString(), meeting.CoopId,
                new { meeting.Kind, meeting.Date, Notices = notices.Count, meeting.MailNotices }), ct);
            await outbox.EnqueueAsync(db, notices, ct);
            await tx.CommitAsync(ct);
        }
        return TypedResults.Ok(await MeetingsApi.DetailAsync(db, meetingId, ct));
    }

    /// <summary>A member to convene, by e-mail or by mail, with the address the notice goes to.</summary>
    internal sealed record PlannedNotice(Guid MemberId, Governance.NoticeChannel Channel, string Address, string Language, string Name, string Street, string City, string Province, string PostalCode);

    /// <summary>
    /// Every active member is convened: by e-mail when they gave an address and did not refuse e-mail (a withdrawn
    /// "email" consent), otherwise by a printed notice sent by mail (Law 25: e-mail is optional, the notice is not).
    /// </summary>
    internal static async Task<List<PlannedNotice>> PlanAsync(MembershipDbContext db, Meeting meeting, CancellationToken ct)
    {
        var members = await db.Members.AsNoTracking().Where(m => m.Status == Model.MemberStatus.Active).OrderBy(m => m.MemberNumber)
            .Select(m => new { m.Id, m.Email, m.PreferredLanguage, m.GivenName, m.FamilyName, m.Street, m.City, m.Province, m.PostalCode }).ToListAsync(ct);
        var refused = (await db.Consents.AsNoTracking().Where(c => c.Purpose == Governance.NoticeChannels.EmailPurpose && c.WithdrawnAt != null)
            .Select(c => c.MemberId).ToListAsync(ct)).ToHashSet();
        return members.Select(m =>
        {
            var byEmail = !string.IsNullOrWhiteSpace(m.Email) && !refused.Contains(m.Id);
            var postal = Governance.NoticeChannels.PostalAddress(m.Street, m.City, m.Province, m.PostalCode);
            return new PlannedNotice(m.Id, byEmail ? Governance.NoticeChannel.Email : Governance.NoticeChannel.Mail, byEmail ? m.Email!.Trim() : postal,
                m.PreferredLanguage, $"{m.GivenName} {m.FamilyName}".Trim(), m.Street, m.City, m.Province, m.PostalCode);
        }).ToList();
    }

    /// <summary>The e-mails of the plan, in each member's language (one letter composed per language).</summary>
    internal static List<EmailMessage> Emails(Meeting meeting, IReadOnlyList<PlannedNotice> plan)
    {
        var letters = new Dictionary<string, RenderedEmail>(StringComparer.Ordinal);
        var notices = new List<EmailMessage>();
        foreach (var r in plan.Where(p => p.Channel == Governance.NoticeChannel.Email))
        {
            var culture = EmailTemplates.CultureOf(r.Language);
            if (!letters.TryGetValue(culture.Name, out var letter))
            {
                letter = Compose(meeting, culture);
                letters[culture.Name] = letter;
            }
            notices.Add(letter.To(r.Address, EmailKind, meeting.CoopId));
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
