using System.Globalization;
using System.Resources;
using CoopSante.Federation.Contracts;
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
    private static readonly ResourceManager OpsText = new(typeof(MemberOpsText));

    internal static void Map(RouteGroupBuilder coop)
    {
        var register = coop.MapGroup("").RequireAuthorization(MembershipPolicies.CanManageRegister);
        register.MapGet("/members/{memberId:guid}/certificate.pdf", Certificate)
            .WithSummary("The member's share certificate (PDF, in the member's language).");
        register.MapGet("/members/{memberId:guid}/receipts/{transactionId:guid}.pdf", Receipt)
            .WithSummary("The receipt of a share payment (PDF, in the member's language).");
    }

    public static async Task<FileContentHttpResult> Certificate(Guid memberId, MembershipDbContext db, ICoopLetterheads letterheads, TimeProvider clock, CancellationToken ct)
    {
        var m = await db.Members.AsNoTracking().FirstOrDefaultAsync(x => x.Id == memberId, ct) ?? throw new DomainException(MembershipErrors.MemberNotFound);
        return await CertificateFileAsync(m, letterheads, clock, MembershipErrors.MemberNotActive.At("memberId"), ct);
    }

    /// <summary>The certificate of an active member as a file; the register's and the portal's endpoints both call this.</summary>
    public static async Task<FileContentHttpResult> CertificateFileAsync(Member m, ICoopLetterheads letterheads, TimeProvider clock, Failure notActive, CancellationToken ct)
    {
        if (m.Status != MemberStatus.Active || m.MemberNumber is null) throw new DomainException(notActive);
        var letterhead = await letterheads.PdfLetterheadAsync(m.CoopId, ct);
        return TypedResults.File(CertificatePdf(m, letterhead, clock.Today()), "application/pdf", $"certificat-{m.MemberNumber}.pdf");
    }

    /// <summary>The certificate names the coop that issues it (name, address, NEQ), the member and the shares they hold; dated, with a signature line.</summary>
    public static byte[] CertificatePdf(Member m, Letterhead? coop, DateOnly today)
    {
        var c = Culture(m);
        var pdf = new PdfBuilder(T("Pdf.Certificate.Title", c), c);
        if (coop is not null) pdf.Letterhead(coop);
        pdf.Date(today);
        return pdf
            .Heading(T("Pdf.Certificate.Title", c))
            .Gap()
            .Paragraph(string.Format(c, T("Pdf.Certificate.Statement", c), FullName(m), m.SharesHeld))
            .Gap()
            .Paragraph(string.Format(c, T("Pdf.MemberNumber", c), m.MemberNumber), bold: true)
            .Paragraph(string.Format(c, T("Pdf.Category", c), T($"Category.{m.Category}", c)))
            .Paragraph(string.Format(c, T("Pdf.AdmittedOn", c), m.AdmittedOn is { } admitted ? Formats.Date(admitted, c) : null))
            .Paragraph(string.Format(c, T("Pdf.SharesHeld", c), m.SharesHeld))
            .Paragraph(string.Format(c, T("Pdf.Paid", c), Formats.Money(m.SharesPaid, c)))
            .Paragraph(string.Format(c, T("Pdf.Owing", c), Formats.Money(m.SharesOwing, c)))
            .Gap(24)
            .Paragraph(string.Format(c, T("Pdf.IssuedOn", c), Formats.Date(today, c)))
            .Gap(24)
            .Signatures(OpsText.GetString("Pdf.Receipt.Signature", c) ?? "")
            .ToBytes();
    }

    public static async Task<FileContentHttpResult> Receipt(Guid memberId, Guid transactionId, MembershipDbContext db, ICoopLetterheads letterheads, TimeProvider clock, CancellationToken ct)
    {
        var m = await db.Members.AsNoTracking().FirstOrDefaultAsync(x => x.Id == memberId, ct) ?? throw new DomainException(MembershipErrors.MemberNotFound);
        var t = await db.ShareTransactions.AsNoTracking().FirstOrDefaultAsync(x => x.Id == transactionId && x.MemberId == memberId && x.Kind == ShareTransactionKind.Payment, ct)
            ?? throw new DomainException(PlatformErrors.NotFound);
        var letterhead = await letterheads.PdfLetterheadAsync(m.CoopId, ct);
        return TypedResults.File(ReceiptPdf(m, t, letterhead, clock.Today()), "application/pdf", $"recu-{t.ReceiptNumber}.pdf");
    }

    /// <summary>The receipt names the coop that issues it (name, address, NEQ), its date, and ends with a signature line.</summary>
    public static byte[] ReceiptPdf(Member m, ShareTransaction t, Letterhead? coop = null, DateOnly? issuedOn = null) =>
        ReceiptPdf(m, new ReceiptFacts(t.ReceiptNumber, c => T("Pdf.Receipt.Nature", c), t.Amount, t.Method, t.OccurredOn), coop, issuedOn);

    /// <summary>Any receipt of the coop (shares, annual contribution): what it is for, in the member's language, then the same facts.</summary>
    public static byte[] ReceiptPdf(Member m, ReceiptFacts r, Letterhead? coop, DateOnly? issuedOn)
    {
        var c = Culture(m);
        var pdf = new PdfBuilder(string.Format(c, T("Pdf.Receipt.Title", c), r.Number), c);
        if (coop is not null) pdf.Letterhead(coop);
        pdf.Date(issuedOn ?? r.PaidOn);
        return pdf
            .Heading(string.Format(c, T("Pdf.Receipt.Title", c), r.Number))
            .Gap()
            .Paragraph(r.Nature(c))
            .Gap()
            .Paragraph(FullName(m), bold: true)
            .Paragraph(string.Format(c, T("Pdf.MemberNumber", c), m.MemberNumber))
            .Paragraph(string.Format(c, T("Pdf.Receipt.Amount", c), Formats.Money(r.Amount, c)), bold: true)
            .Paragraph(string.Format(c, T("Pdf.Receipt.Method", c), r.Method is { } method ? T($"PaymentMethod.{method}", c) : ""))
            .Paragraph(string.Format(c, T("Pdf.Receipt.Date", c), Formats.Date(r.PaidOn, c)))
            .Gap(24)
            .Signatures(OpsText.GetString("Pdf.Receipt.Signature", c) ?? "")
            .ToBytes();
    }

    private static CultureInfo Culture(Member m) => CultureInfo.GetCultureInfo(m.PreferredLanguage == "en" ? Cultures.English : Cultures.French);

    private static string FullName(Member m) => m.GivenName.Length == 0 ? m.FamilyName : $"{m.GivenName} {m.FamilyName}";

    private static string T(string key, CultureInfo culture) => Text.GetString(key, culture) ?? key;
}

/// <summary>What a receipt acknowledges: its number, what the payment is for (in a culture), the amount, how and when it was paid.</summary>
internal sealed record ReceiptFacts(int? Number, Func<CultureInfo, string> Nature, decimal Amount, PaymentMethod? Method, DateOnly PaidOn);
