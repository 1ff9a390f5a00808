using System.Globalization;
using System.Resources;
using CoopSante.Membership.Model;
using CoopSante.Membership.Resources;
using CoopSante.Platform.Documents;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Localization;
using static CoopSante.Membership.Meetings.MeetingsStrings;

namespace CoopSante.Membership.AnnualReports;

/// <summary>
/// The annual report as the document the board approves, two directors sign (s. 133) and the coop sends to the minister
/// (s. 134): the coop's letterhead, the contents of s. 132 that the register holds, the list of refund requests, and the
/// two attestation lines.
/// </summary>
internal static class AnnualReportPdf
{
    private static readonly ResourceManager Text = new(typeof(AnnualReportText));
    private static readonly ResourceManager OpsText = new(typeof(MemberOpsText));

    private static string R(string key, CultureInfo c) => Text.GetString(key, c) ?? key;

    private static string RF(string key, CultureInfo c, params object?[] args) => string.Format(c, R(key, c), args);

    private static string Ops(string key, CultureInfo c) => OpsText.GetString(key, c) ?? key;

    internal static CultureInfo Language(string? lang) =>
        lang is null or "fr" or "en" ? CultureFor(lang ?? "fr") : throw new DomainException(PlatformErrors.InvalidValue.At("lang"));

    internal static string FileName(int fiscalYear, CultureInfo c) => string.Format(CultureInfo.InvariantCulture, "{0}-{1}.pdf", R("Report.File", c), fiscalYear);

    internal static byte[] Build(AnnualReportView v, IReadOnlyList<ReportRefundLine> refunds, Letterhead? coop, CultureInfo c)
    {
        var f = v.Figures;
        string Money(decimal amount) => Formats.Money(amount, c);
        string Day(DateOnly d) => Formats.Date(d, c);
        var pdf = new PdfBuilder(RF("Report.Heading", c, f.FiscalYear), c);
        if (coop is not null) pdf.Letterhead(coop);
        pdf.Heading(RF("Report.Heading", c, f.FiscalYear))
            .Paragraph(RF("Report.Period", c, Day(f.YearStart), Day(f.YearEnd)))
            .Paragraph(v.Filing.ApprovedOn is { } approved ? RF("Report.Approval", c, Day(approved), v.Filing.ResolutionNumber) : R("Report.NotApproved", c), bold: true)
            .KeyValue(R("Report.AgmDate", c), f.AgmDate is { } agm ? Day(agm) : R("Report.AgmNone", c));

        pdf.Section(R("Report.Members", c));
        foreach (var m in f.MembersByCategory) pdf.Paragraph(RF("Report.MembersOf", c, MembershipTerms.Category(m.Category, c), m.Members), indent: 12);
        pdf.Paragraph(RF("Report.Admissions", c, f.Admissions)).Paragraph(RF("Report.Departures", c, f.Departures));
        if (v.Filing.Employees is { } employees) pdf.Paragraph(RF("Report.Employees", c, employees));

        pdf.Section(R("Report.Directors", c));
        if (v.Directors.Count == 0) pdf.Paragraph(R("Report.NoDirectors", c));
        foreach (var d in v.Directors)
            pdf.Paragraph(RF("Report.Director", c, d.Name, d.Domicile, MembershipTerms.Category(d.Category, c), Day(d.TermStart), Day(d.TermEnd)), indent: 12);

        pdf.Section(R("Report.Capital", c));
        foreach (var k in v.CapitalByClass) pdf.Paragraph(RF("Report.CapitalOf", c, R($"Class.{k.Class}", c), Money(k.Paid)), indent: 12);
        pdf.Paragraph(RF("Report.CapitalTotal", c, Money(f.ShareCapital)), bold: true);

        var r = v.Refunds;
        pdf.Section(R("Report.Refunds", c))
            .Paragraph(RF("Report.RefundsReceived", c, r.Received, Money(r.ReceivedAmount)))
            .Paragraph(RF("Report.RefundsApproved", c, r.Approved, Money(r.ApprovedAmount), r.DeferredBatches))
            .Paragraph(RF("Report.RefundsPaid", c, r.Paid, Money(r.PaidAmount)))
            .Paragraph(RF("Report.RefundsAwaitingPayment", c, r.AwaitingPayment, Money(r.AwaitingPaymentAmount)))
            .Paragraph(RF("Report.RefundsAwaitingDecision", c, r.AwaitingDecision, Money(r.AwaitingDecisionAmount)))
            .Paragraph(RF("Report.Expected", c, Money(r.ExpectedRepayments)), bold: true)
            .Section(R("Report.RefundList", c));
        if (refunds.Count == 0) pdf.Paragraph(R("Report.NoRefunds", c));
        else
            pdf.Table([R("Report.Col.Member", c), R("Report.Col.Ground", c), R("Report.Col.RequestedOn", c), R("Report.Col.Amount", c), R("Report.Col.Status", c)],
                refunds.Select(l => (IReadOnlyList<string>)[
                    l.MemberNumber is { } n ? $"{n.ToString(c)} · {l.Name}" : l.Name, Ops($"Ground.{l.Ground}", c), Day(l.RequestedOn), Money(l.Amount),
                    Ops($"RefundStatus.{l.StatusAtYearEnd}", c)]));

        pdf.Gap(12).Paragraph(R("Report.Attachments", c));
        if (v.Filing.SentOn is { } sent) pdf.Paragraph(RF("Report.Sent", c, Day(sent), v.Filing.SentTo));
        pdf.Section(R("Report.Attestation", c)).Gap(24);
        return pdf.Signatures(Signer(v.Filing.FirstDirector, v.Filing.FirstAttestedOn, c), Signer(v.Filing.SecondDirector, v.Filing.SecondAttestedOn, c)).ToBytes();
    }

    private static string Signer(DirectorOnReport? d, DateOnly? on, CultureInfo c) =>
        d is not null && on is { } day ? RF("Report.SignedBy", c, d.Name, Formats.Date(day, c)) : R("Report.SignDirector", c);
}
