using System.Globalization;
using System.Resources;
using CoopSante.Membership.Common;
using CoopSante.Membership.Data;
using CoopSante.Membership.Model;
using CoopSante.Membership.Resources;
using CoopSante.Platform.Documents;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Localization;
using CoopSante.Platform.Security;
using CoopSante.Platform.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Membership.Documents;

/// <summary>Share certificate and payment receipt as PDF, in the member's preferred language.</summary>
internal static class MemberDocumentsApi
{
    private static readonly ResourceManager Text = new(typeof(MembershipText));

    internal static void Map(RouteGroupBuilder coop)
    {
        coop.MapGet("/members/{memberId:guid}/certificate.pdf", Certificate).RequireCoopRole(Access.ManageRegister)
            .WithSummary("The member's share certificate (PDF, in the member's language).");
        coop.MapGet("/members/{memberId:guid}/receipts/{transactionId:guid}.pdf", Receipt).RequireCoopRole(Access.ManageRegister)
            .WithSummary("The receipt of a share payment (PDF, in the member's language).");
    }

    public static async Task<FileContentHttpResult> Certificate(Guid memberId, MembershipDbContext db, ICoopDirectory coops, TimeProvider clock, CancellationToken ct)
    {
        var m = await db.Members.AsNoTracking().FirstOrDefaultAsync(x => x.Id == memberId, ct) ?? throw new DomainException(MembershipErrors.MemberNotFound);
        if (m.Status != MemberStatus.Active || m.MemberNumber is null) throw new DomainException(MembershipErrors.MemberNotActive.At("memberId"));
        return TypedResults.File(CertificatePdf(m, await CoopNameAsync(coops, m.CoopId, ct), clock.Today()), "application/pdf", $"certificat-{m.MemberNumber}.pdf");
    }

    /// <summary>The coop's name from the registry (empty when the registry does not know it).</summary>
    public static async Task<string> CoopNameAsync(ICoopDirectory coops, Guid coopId, CancellationToken ct) =>
        (await coops.NamesAsync([coopId], ct)).GetValueOrDefault(coopId, "");

    /// <summary>The certificate names the coop that issues it, the member and the shares they hold.</summary>
    public static byte[] CertificatePdf(Member m, string coopName, DateOnly today)
    {
        var c = Culture(m);
        var pdf = new SimplePdf(T("Pdf.Certificate.Title", c))
            .Heading(T("Pdf.Certificate.Title", c));
        if (coopName.Length > 0) pdf = pdf.Line(coopName, bold: true);
        return pdf
            .Gap()
            .Line(string.Format(c, T("Pdf.Certificate.Statement", c), FullName(m), m.SharesHeld))
            .Gap()
            .Line(string.Format(c, T("Pdf.MemberNumber", c), m.MemberNumber), bold: true)
            .Line(string.Format(c, T("Pdf.Category", c), T($"Category.{m.Category}", c)))
            .Line(string.Format(c, T("Pdf.AdmittedOn", c), m.AdmittedOn?.ToString("D", c)))
            .Line(string.Format(c, T("Pdf.SharesHeld", c), m.SharesHeld))
            .Line(string.Format(c, T("Pdf.Paid", c), m.SharesPaid.ToString("C", c)))
            .Line(string.Format(c, T("Pdf.Owing", c), m.SharesOwing.ToString("C", c)))
            .Gap(24)
            .Line(string.Format(c, T("Pdf.IssuedOn", c), today.ToString("D", c)))
            .ToBytes();
    }

    public static async Task<FileContentHttpResult> Receipt(Guid memberId, Guid transactionId, MembershipDbContext db, CancellationToken ct)
    {
        var m = await db.Members.AsNoTracking().FirstOrDefaultAsync(x => x.Id == memberId, ct) ?? throw new DomainException(MembershipErrors.MemberNotFound);
        var t = await db.ShareTransactions.AsNoTracking().FirstOrDefaultAsync(x => x.Id == transactionId && x.MemberId == memberId && x.Kind == ShareTransactionKind.Payment, ct)
            ?? throw new DomainException(PlatformErrors.NotFound);
        return TypedResults.File(ReceiptPdf(m, t), "application/pdf", $"recu-{t.ReceiptNumber}.pdf");
    }

    public static byte[] ReceiptPdf(Member m, ShareTransaction t)
    {
        var c = Culture(m);
        return new SimplePdf(string.Format(c, T("Pdf.Receipt.Title", c), t.ReceiptNumber))
            .Heading(string.Format(c, T("Pdf.Receipt.Title", c), t.ReceiptNumber))
            .Gap()
            .Line(T("Pdf.Receipt.Nature", c))
            .Gap()
            .Line(FullName(m), bold: true)
            .Line(string.Format(c, T("Pdf.MemberNumber", c), m.MemberNumber))
            .Line(string.Format(c, T("Pdf.Receipt.Amount", c), t.Amount.ToString("C", c)), bold: true)
            .Line(string.Format(c, T("Pdf.Receipt.Method", c), t.Method is { } method ? T($"PaymentMethod.{method}", c) : ""))
            .Line(string.Format(c, T("Pdf.Receipt.Date", c), t.OccurredOn.ToString("D", c)))
            .ToBytes();
    }

    private static CultureInfo Culture(Member m) => CultureInfo.GetCultureInfo(m.PreferredLanguage == "en" ? Cultures.English : Cultures.French);

    private static string FullName(Member m) => m.GivenName.Length == 0 ? m.FamilyName : $"{m.GivenName} {m.FamilyName}";

    private static string T(string key, CultureInfo culture) => Text.GetString(key, culture) ?? key;
}
