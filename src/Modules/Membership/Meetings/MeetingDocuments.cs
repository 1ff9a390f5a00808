using System.Globalization;
using CoopSante.Membership.Common;
using CoopSante.Membership.Data;
using CoopSante.Membership.Documents;
using CoopSante.Membership.Resources;
using CoopSante.Platform.Documents;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Localization;
using CoopSante.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using CoopSante.Federation.Contracts;
using CoopSante.Platform.Audit;
using Microsoft.EntityFrameworkCore;
using static CoopSante.Membership.Meetings.MeetingsStrings;

namespace CoopSante.Membership.Meetings;

/// <summary>The printable notice of meeting and the minutes, as PDF, in French or English.</summary>
internal static class MeetingDocuments
{
    internal static void Map(RouteGroupBuilder meetings)
    {
        meetings.MapGet("/{meetingId:guid}/notice.pdf", Notice)
            .WithSummary("The notice of meeting to print (date, place, agenda); lang=fr (default) or en.");
        meetings.MapGet("/{meetingId:guid}/minutes.pdf", Minutes)
            .WithSummary("The minutes: attendance, quorum, resolutions and election results; lang=fr (default) or en.");
        meetings.MapGet("/{meetingId:guid}/mail-notices.pdf", MailNotices)
            .WithSummary("One printed notice per member convened by mail (no e-mail accepted), each in the member's language, addressed to them.");
        meetings.MapGet("/{meetingId:guid}/mail-labels.pdf", MailLabels)
            .WithSummary("Address labels of the members convened by mail.");
    }

    public static async Task<FileContentHttpResult> Notice(Guid meetingId, MembershipDbContext db, ICoopLetterheads coops, TimeProvider clock, CancellationToken ct, string? lang = null)
    {
        var c = Language(lang);
        var m = await MeetingsApi.DetailAsync(db, meetingId, ct);
        var coop = await coops.PdfLetterheadAsync(m.CoopId, ct);
        return TypedResults.File(NoticePdf(m, c, coop, m.ConvenedAt is { } at ? DateOnly.FromDateTime(at.UtcDateTime) : clock.Today()), "application/pdf", string.Format(CultureInfo.InvariantCulture, "{0}-{1:yyyy-MM-dd}.pdf", T("Pdf.NoticeFile", c), m.Date));
    }

    public static async Task<FileContentHttpResult> Minutes(Guid meetingId, MembershipDbContext db, ICoopLetterheads coops, CancellationToken ct, string? lang = null)
    {
        var c = Language(lang);
        var m = await MeetingsApi.DetailAsync(db, meetingId, ct);
        var coop = await coops.PdfLetterheadAsync(m.CoopId, ct);
        return TypedResults.File(MinutesPdf(m, c, coop), "application/pdf", string.Format(CultureInfo.InvariantCulture, "{0}-{1:yyyy-MM-dd}.pdf", T("Pdf.MinutesFile", c), m.Date));
    }

    public static async Task<FileContentHttpResult> MailNotices(Guid meetingId, MembershipDbContext db, ICoopLetterheads coops, IAuditTrail audit, TimeProvider clock, CancellationToken ct)
    {
        var m = await MeetingsApi.DetailAsync(db, meetingId, ct);
        var coop = await coops.PdfLetterheadAsync(m.CoopId, ct);
        var mailed = await MailedAsync(db, meetingId, ct);
        var day = m.ConvenedAt is { } at ? DateOnly.FromDateTime(at.UtcDateTime) : clock.Today();
        var pdf = new PdfBuilder(T("Pdf.NoticeTitle", CultureFor("fr")), CultureFor("fr"));
        if (mailed.Count == 0) pdf.Paragraph(Ops("Mail.None", CultureFor("fr")));
        for (var i = 0; i < mailed.Count; i++)
        {
            var r = mailed[i];
            if (i > 0) pdf.PageBreak();
            NoticeLetter(pdf, m, CultureFor(r.Language), coop, day, [r.Name, r.Street, $"{r.City} ({r.Province})  {r.PostalCode}"]);
        }
        await audit.WriteAsync(db, [new AuditEntry(AuditEventType.MeetingNoticesPrinted, "Meeting", m.Id.ToString(), m.CoopId, new { What = "notices", Notices = mailed.Count })], ct);
        return TypedResults.File(pdf.ToBytes(), "application/pdf", string.Format(CultureInfo.InvariantCulture, "avis-postaux-{0:yyyy-MM-dd}.pdf", m.Date));
    }

    public static async Task<FileContentHttpResult> MailLabels(Guid meetingId, MembershipDbContext db, IAuditTrail audit, CancellationToken ct, string? lang = null)
    {
        var c = Language(lang);
        var m = await MeetingsApi.DetailAsync(db, meetingId, ct);
        var mailed = await MailedAsync(db, meetingId, ct);
        var labels = mailed.Select(r => $"{r.Name}\n{r.Street}\n{r.City} ({r.Province})  {r.PostalCode}").ToList();
        var rows = labels.Chunk(2).Select(pair => (IReadOnlyList<string>)[pair[0], pair.Length > 1 ? pair[1] : ""]).ToList();
        var pdf = new PdfBuilder(Ops("Mail.LabelsTitle", c), c).Heading(Ops("Mail.LabelsTitle", c));
        if (rows.Count == 0) pdf.Paragraph(Ops("Mail.None", c));
        else pdf.Table([Ops("Mail.Label", c), Ops("Mail.Label", c)], rows);
        await audit.WriteAsync(db, [new AuditEntry(AuditEventType.MeetingNoticesPrinted, "Meeting", m.Id.ToString(), m.CoopId, new { What = "labels", Labels = labels.Count })], ct);
        return TypedResults.File(pdf.ToBytes(), "application/pdf", string.Format(CultureInfo.InvariantCulture, "etiquettes-{0:yyyy-MM-dd}.pdf", m.Date));
    }

    private sealed record Mailed(string Name, string Street, string City, string Province, string PostalCode, string Language);

    private static async Task<List<Mailed>> MailedAsync(MembershipDbContext db, Guid meetingId, CancellationToken ct) =>
        await db.Set<Governance.MeetingNoticeRecord>().AsNoTracking().Where(n => n.MeetingId == meetingId && n.Channel == Governance.NoticeChannel.Mail)
            .Join(db.Members, n => n.MemberId, m => m.Id, (n, m) => new { m.MemberNumber, m.GivenName, m.FamilyName, m.Street, m.City, m.Province, m.PostalCode, m.PreferredLanguage })
            .OrderBy(r => r.PostalCode).ThenBy(r => r.MemberNumber)
            .Select(r => new Mailed((r.GivenName + " " + r.FamilyName).Trim(), r.Street, r.City, r.Province, r.PostalCode, r.PreferredLanguage))
            .ToListAsync(ct);


    internal static byte[] NoticePdf(MeetingDetail m, CultureInfo c, Letterhead? coop = null, DateOnly? day = null) =>
        NoticeLetter(new PdfBuilder(T("Pdf.NoticeTitle", c), c), m, c, coop, day, null).ToBytes();

    /// <summary>The notice: letterhead, date, the addressee (printed notices), what, when, where, the agenda and the secretary's signature line.</summary>
    private static PdfBuilder NoticeLetter(PdfBuilder pdf, MeetingDetail m, CultureInfo c, Letterhead? coop, DateOnly? day, IReadOnlyList<string>? addressee)
    {
        var kind = T($"Kind.{m.Kind}", c);
        if (coop is not null) pdf.Letterhead(coop);
        if (day is { } d) pdf.Date(d);
        if (addressee is not null)
        {
            foreach (var line in addressee) pdf.Paragraph(line);
            pdf.Gap(12);
        }
        pdf
            .Heading(T("Pdf.NoticeTitle", c))
            .Paragraph(kind, bold: true)
            .Gap()
            .Paragraph(F("Pdf.When", c, Formats.DayAndDate(m.Date, c), m.StartTime.ToString("t", c)))
            .Paragraph(F("Pdf.Where", c, m.Place))
            .Section(T("Notice.Agenda", c));
        for (var i = 0; i < m.Agenda.Count; i++) pdf.Paragraph(string.Format(c, "{0}. {1}", i + 1, m.Agenda[i]), indent: 12);
        return pdf.Gap(16).Paragraph(T("Notice.Closing", c)).Gap(24).Signatures(Ops("Pdf.SignBoardSecretary", c));
    }

    internal static byte[] MinutesPdf(MeetingDetail m, CultureInfo c, Letterhead? coop = null)
    {
        var kind = T($"Kind.{m.Kind}", c);
        var pdf = new PdfBuilder(T("Pdf.MinutesTitle", c), c);
        if (coop is not null) pdf.Letterhead(coop);
        pdf.Date(m.Date)
            .Heading(T("Pdf.MinutesTitle", c))
            .Paragraph(kind, bold: true)
            .Gap()
            .Paragraph(F("Pdf.When", c, Formats.DayAndDate(m.Date, c), m.StartTime.ToString("t", c)))
            .Paragraph(F("Pdf.Where", c, m.Place))
            .Section(T("Pdf.Attendance", c))
            .Paragraph(F("Pdf.Present", c, m.Attendance.Present, m.Attendance.Voters))
            .Paragraph(F("Pdf.QuorumRequired", c, m.Attendance.Required))
            .Paragraph(T(m.Attendance.QuorumReached ? "Quorum.Reached" : "Quorum.NotReached", c), bold: true)
            .Section(T("Notice.Agenda", c));
        for (var i = 0; i < m.Agenda.Count; i++) pdf.Paragraph(string.Format(c, "{0}. {1}", i + 1, m.Agenda[i]), indent: 12);
        pdf.Section(T("Pdf.Resolutions", c));
        if (m.Resolutions.Count == 0) pdf.Paragraph(T("Pdf.None", c));
        foreach (var r in m.Resolutions)
        {
            pdf.Paragraph(F("Pdf.Resolution", c, r.Number, r.Text), bold: true);
            if (r.RequiresTwoThirds) pdf.Paragraph(Ops("Resolution.TwoThirds", c), indent: 12);
            pdf
               .Paragraph(F("Pdf.Votes", c, r.VotesFor, r.VotesAgainst, r.Abstentions), indent: 12)
               .Paragraph(T(r.Adopted ? "Resolution.Adopted" : "Resolution.Rejected", c), indent: 12);
        }
        pdf.Section(T("Pdf.Elections", c));
        if (m.Elections.Count == 0) pdf.Paragraph(T("Pdf.None", c));
        foreach (var e in m.Elections)
        {
            pdf.Paragraph(F("Pdf.Election", c, MembershipTerms.Category(e.Category, c), e.Seats), bold: true);
            foreach (var candidate in e.Candidates)
                pdf.Paragraph(F(candidate.Elected ? "Pdf.CandidateElected" : "Pdf.Candidate", c, candidate.Name, candidate.Votes), indent: 12);
        }
        if (!string.IsNullOrWhiteSpace(m.Minutes))
        {
            pdf.Section(Ops("Minutes.Title", c)).Paragraph(m.Minutes);
            pdf.Paragraph(m.MinutesApprovedAt is { } approved
                ? string.Format(c, Ops("Minutes.ApprovedOn", c), Formats.Date(DateOnly.FromDateTime(approved.UtcDateTime), c))
                : Ops("Minutes.DraftMark", c), bold: true);
        }
        return pdf.Gap(24).Signatures(T("Pdf.SignChair", c), T("Pdf.SignSecretary", c)).ToBytes();
    }

    private static readonly System.Resources.ResourceManager OpsText = new(typeof(MeetingOpsText));

    private static string Ops(string key, CultureInfo c) => OpsText.GetString(key, c) ?? key;

    private static CultureInfo Language(string? lang)
    {
        if (lang is not (null or "fr" or "en")) throw new DomainException(PlatformErrors.InvalidValue.At("lang"));
        return CultureFor(lang ?? "fr");
    }
}
