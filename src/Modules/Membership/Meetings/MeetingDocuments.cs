using System.Globalization;
using CoopSante.Membership.Common;
using CoopSante.Membership.Data;
using CoopSante.Membership.Resources;
using CoopSante.Platform.Documents;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Localization;
using CoopSante.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
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
    }

    public static async Task<FileContentHttpResult> Notice(Guid meetingId, MembershipDbContext db, CancellationToken ct, string? lang = null)
    {
        var c = Language(lang);
        var m = await MeetingsApi.DetailAsync(db, meetingId, ct);
        return TypedResults.File(NoticePdf(m, c), "application/pdf", string.Format(CultureInfo.InvariantCulture, "{0}-{1:yyyy-MM-dd}.pdf", T("Pdf.NoticeFile", c), m.Date));
    }

    public static async Task<FileContentHttpResult> Minutes(Guid meetingId, MembershipDbContext db, CancellationToken ct, string? lang = null)
    {
        var c = Language(lang);
        var m = await MeetingsApi.DetailAsync(db, meetingId, ct);
        return TypedResults.File(MinutesPdf(m, c), "application/pdf", string.Format(CultureInfo.InvariantCulture, "{0}-{1:yyyy-MM-dd}.pdf", T("Pdf.MinutesFile", c), m.Date));
    }

    internal static byte[] NoticePdf(MeetingDetail m, CultureInfo c)
    {
        var kind = T($"Kind.{m.Kind}", c);
        var pdf = new PdfBuilder(T("Pdf.NoticeTitle", c), c)
            .Heading(T("Pdf.NoticeTitle", c))
            .Paragraph(kind, bold: true)
            .Gap()
            .Paragraph(F("Pdf.When", c, Formats.DayAndDate(m.Date, c), m.StartTime.ToString("t", c)))
            .Paragraph(F("Pdf.Where", c, m.Place))
            .Section(T("Notice.Agenda", c));
        for (var i = 0; i < m.Agenda.Count; i++) pdf.Paragraph(string.Format(c, "{0}. {1}", i + 1, m.Agenda[i]), indent: 12);
        return pdf.Gap(16).Paragraph(T("Notice.Closing", c)).ToBytes();
    }

    internal static byte[] MinutesPdf(MeetingDetail m, CultureInfo c)
    {
        var kind = T($"Kind.{m.Kind}", c);
        var pdf = new PdfBuilder(T("Pdf.MinutesTitle", c), c)
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
            pdf.Paragraph(F("Pdf.Resolution", c, r.Number, r.Text), bold: true)
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
        return pdf.Gap(24).Signatures(T("Pdf.SignChair", c), T("Pdf.SignSecretary", c)).ToBytes();
    }

    private static CultureInfo Language(string? lang)
    {
        if (lang is not (null or "fr" or "en")) throw new DomainException(PlatformErrors.InvalidValue.At("lang"));
        return CultureFor(lang ?? "fr");
    }
}
