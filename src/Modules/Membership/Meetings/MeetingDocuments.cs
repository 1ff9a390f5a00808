using System.Globalization;
using CoopSante.Membership.Common;
using CoopSante.Membership.Data;
using CoopSante.Platform.Errors;
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
        meetings.MapGet("/{meetingId:guid}/notice.pdf", Notice).RequireCoopRole(Access.ManageRegister)
            .WithSummary("The notice of meeting to print (date, place, agenda); lang=fr (default) or en.");
        meetings.MapGet("/{meetingId:guid}/minutes.pdf", Minutes).RequireCoopRole(Access.ManageRegister)
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
        var pdf = new MeetingPdf(T("Pdf.NoticeTitle", c))
            .Heading(T("Pdf.NoticeTitle", c))
            .Line(kind, bold: true)
            .Gap()
            .Line(F("Pdf.When", c, m.Date.ToString("D", c), m.StartTime.ToString("t", c)))
            .Line(F("Pdf.Where", c, m.Place))
            .Section(T("Notice.Agenda", c));
        for (var i = 0; i < m.Agenda.Count; i++) pdf.Line(string.Format(c, "{0}. {1}", i + 1, m.Agenda[i]), indent: 12);
        return pdf.Gap(16).Line(T("Notice.Closing", c)).ToBytes();
    }

    internal static byte[] MinutesPdf(MeetingDetail m, CultureInfo c)
    {
        var kind = T($"Kind.{m.Kind}", c);
        var pdf = new MeetingPdf(T("Pdf.MinutesTitle", c))
            .Heading(T("Pdf.MinutesTitle", c))
            .Line(kind, bold: true)
            .Gap()
            .Line(F("Pdf.When", c, m.Date.ToString("D", c), m.StartTime.ToString("t", c)))
            .Line(F("Pdf.Where", c, m.Place))
            .Section(T("Pdf.Attendance", c))
            .Line(F("Pdf.Present", c, m.Attendance.Present, m.Attendance.Voters))
            .Line(F("Pdf.QuorumRequired", c, m.Attendance.Required))
            .Line(T(m.Attendance.QuorumReached ? "Quorum.Reached" : "Quorum.NotReached", c), bold: true)
            .Section(T("Notice.Agenda", c));
        for (var i = 0; i < m.Agenda.Count; i++) pdf.Line(string.Format(c, "{0}. {1}", i + 1, m.Agenda[i]), indent: 12);
        pdf.Section(T("Pdf.Resolutions", c));
        if (m.Resolutions.Count == 0) pdf.Line(T("Pdf.None", c));
        foreach (var r in m.Resolutions)
        {
            pdf.Line(F("Pdf.Resolution", c, r.Number, r.Text), bold: true)
               .Line(F("Pdf.Votes", c, r.VotesFor, r.VotesAgainst, r.Abstentions), indent: 12)
               .Line(T(r.Adopted ? "Resolution.Adopted" : "Resolution.Rejected", c), indent: 12);
        }
        pdf.Section(T("Pdf.Elections", c));
        if (m.Elections.Count == 0) pdf.Line(T("Pdf.None", c));
        foreach (var e in m.Elections)
        {
            pdf.Line(F("Pdf.Election", c, T($"Category.{e.Category}", c), e.Seats), bold: true);
            foreach (var candidate in e.Candidates)
                pdf.Line(F(candidate.Elected ? "Pdf.CandidateElected" : "Pdf.Candidate", c, candidate.Name, candidate.Votes), indent: 12);
        }
        return pdf.ToBytes();
    }

    private static CultureInfo Language(string? lang)
    {
        if (lang is not (null or "fr" or "en")) throw new DomainException(PlatformErrors.InvalidValue.At("lang"));
        return CultureFor(lang ?? "fr");
    }
}
