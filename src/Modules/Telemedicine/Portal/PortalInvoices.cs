using CoopSante.Membership.Contracts;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Paging;
using CoopSante.Platform.Security;
using CoopSante.Platform.Tenancy;
using CoopSante.Telemedicine.Billing;
using CoopSante.Telemedicine.Data;
using CoopSante.Telemedicine.Enrolments;
using CoopSante.Telemedicine.Model;
using CoopSante.Telemedicine.Resources;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CoopSante.Telemedicine.Portal;

/// <summary>
/// "My invoices" in the portal: the signed-in member's household invoices (paged, newest first) and the receipt of a paid one.
/// The member id comes from the account, never from the request: another member's payment is simply not found.
/// </summary>
internal static class PortalInvoices
{
    public static void Map(RouteGroupBuilder v1)
    {
        var portal = v1.MapGroup("/portal/me/telemedicine").RequireAuthorization(Policies.IsSignedIn).AddEndpointFilter(EnrolmentsApi.RequireMember)
            .WithTags("Portal").ProducesSignedInProblems();
        portal.MapGet("/invoices", Invoices).WithSummary("My telemedicine invoices (paged, newest period first): amount, status, the reason of a returned debit.");
        portal.MapGet("/payments/{paymentId:guid}/receipt", Receipt).WithSummary("The receipt of one of my payments (PDF).");
    }

    /// <summary>The member's invoices: the same query staff use, narrowed to the member.</summary>
    public static Task<Page<InvoiceDto>> ListAsync(TelemedicineDbContext db, Guid memberId, PageRequest page, CancellationToken ct) =>
        Payments.InvoicesAsync(db, null, null, page, ct, memberId);

    /// <summary>The receipt of a payment of the member's own invoice; any other payment is not found.</summary>
    public static async Task<byte[]> ReceiptAsync(TelemedicineDbContext db, IStringLocalizer<BillingText> text, MemberStanding me, Guid paymentId, CancellationToken ct)
    {
        var mine = await db.Payments.AsNoTracking().AnyAsync(p => p.Id == paymentId && p.CoopId == me.CoopId
            && db.Invoices.Any(i => i.Id == p.InvoiceId && i.MemberId == me.MemberId), ct);
        if (!mine) throw new DomainException(BillingErrors.PaymentNotFound);
        return await Payments.ReceiptAsync(db, text, me.CoopId, paymentId, ct);
    }

    /// <summary>
    /// Where a cancellation made on <paramref name="today"/> ends: the last day of the latest month billed to the household (a
    /// returned debit is not paid for), and never before the end of the current month.
    /// </summary>
    public static async Task<DateOnly> PaidThroughAsync(TelemedicineDbContext db, Guid enrolmentId, DateOnly today, CancellationToken ct)
    {
        var last = await db.Invoices.AsNoTracking().Where(i => i.EnrolmentId == enrolmentId && i.Status != InvoiceStatus.Failed).MaxAsync(i => (DateOnly?)i.Period, ct);
        var thisMonth = CoverageDates.EndOfMonth(today);
        return last is { } l && CoverageDates.EndOfMonth(l) > thisMonth ? CoverageDates.EndOfMonth(l) : thisMonth;
    }

    private static async Task<Ok<Page<InvoiceDto>>> Invoices(TelemedicineDbContext db, ICurrentUser user, IMemberStandings standings, int? page, int? pageSize, CancellationToken ct)
    {
        var me = await EnrolmentsApi.MeAsync(user, standings, ct);
        return TypedResults.Ok(await ListAsync(db, me.MemberId, PageRequest.From(page, pageSize), ct));
    }

    private static async Task<FileContentHttpResult> Receipt(Guid paymentId, TelemedicineDbContext db, ICurrentUser user, IMemberStandings standings,
        IStringLocalizer<BillingText> text, CancellationToken ct)
    {
        var me = await EnrolmentsApi.MeAsync(user, standings, ct);
        return TypedResults.File(await ReceiptAsync(db, text, me, paymentId, ct), "application/pdf", "recu.pdf");
    }
}
