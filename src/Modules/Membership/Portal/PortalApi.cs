using System.Globalization;
using System.Text;
using System.Text.Json;
using CoopSante.Federation.Contracts;
using CoopSante.Membership.Common;
using CoopSante.Membership.Data;
using CoopSante.Membership.Documents;
using CoopSante.Membership.Model;
using CoopSante.Membership.Register;
using CoopSante.Membership.RegisterIo;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Identity;
using CoopSante.Platform.Security;
using CoopSante.Platform.Tenancy;
using CsvHelper;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Membership.Portal;

internal sealed record ConsentDto(Guid Id, string Purpose, string TextVersion, DateTimeOffset GivenAt, DateTimeOffset? WithdrawnAt);

internal sealed record ContactDto(string? Phone, string? Email, string Street, string City, string Province, string PostalCode);

internal sealed record PortalMembership(
    Guid MemberId, int Version, int? MemberNumber, string FamilyName, string GivenName, MemberCategory Category, MemberStatus Status, DateOnly StatusSince,
    DateOnly? AdmittedOn, bool InGoodStanding, int SharesHeld, decimal SharesSubscribed, decimal SharesPaid, decimal SharesOwing, decimal QualifyingAmount,
    ContactDto Contact, IReadOnlyList<ShareLineDto> Shares, IReadOnlyList<HouseholdPersonDto> Household, IReadOnlyList<ConsentDto> Consents);

internal sealed record UpdateContactRequest(int Version, string? Phone, string? Email, string? Street, string? City, string? Province, string? PostalCode);

/// <summary>The member's own space: their membership, shares, household and consents, their contact details and their data.</summary>
internal static class PortalApi
{
    internal static void Map(RouteGroupBuilder api)
    {
        var portal = api.MapGroup("/portal/me").RequireAuthorization(Policies.IsSignedIn).AddEndpointFilter(RequireMember).WithTags("Portal").ProducesSignedInProblems();
        portal.MapGet("", Get).WithSummary("My membership, shares and receipts, household and consents (links the account on the first visit).");
        portal.MapPut("/contact", UpdateContact).WithSummary("Updates my phone, e-mail and address.");
        portal.MapPost("/consents/{consentId:guid}/withdraw", WithdrawConsent).WithSummary("Withdraws one of my consents.");
        portal.MapGet("/certificate.pdf", Certificate).WithSummary("My share certificate (PDF, in my language).");
        portal.MapGet("/receipts/{transactionId:guid}.pdf", Receipt).WithSummary("The receipt of one of my share payments (PDF).");
        Contributions.PortalContributions.Map(portal);
        portal.MapGet("/export", Export).WithSummary("All my personal information (Law 25 portability), format=json|csv.");
    }

    /// <summary>The portal acts in the active coop, for a person who is a member there.</summary>
    private static async ValueTask<object?> RequireMember(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var user = context.HttpContext.RequestServices.GetRequiredService<ICurrentUser>();
        if (!user.EffectiveRolesInActiveCoop.Contains(Role.Member)) return Problems.Result(context.HttpContext, PlatformErrors.Forbidden);
        context.HttpContext.Response.Headers.CacheControl = "no-store";
        return await next(context);
    }

    public static async Task<Ok<PortalMembership>> Get(MembershipDbContext db, ICurrentUser user, UserManager<AppUser> users, IAuditTrail audit, TimeProvider clock, CancellationToken ct)
    {
        var m = await PortalMember.FindAsync(db, user, users, audit, ct);
        return TypedResults.Ok(await ViewAsync(db, clock, m, ct));
    }

    internal static async Task<PortalMembership> ViewAsync(MembershipDbContext db, TimeProvider clock, Member m, CancellationToken ct)
    {
        var detail = await RegisterApi.DetailAsync(db, clock, m.Id, ct);
        // The register is kept by law, not by consent: its old rows are not listed as consents (the personal data export keeps them).
        var consents = (await db.Consents.AsNoTracking().Where(c => c.MemberId == m.Id).OrderBy(c => c.GivenAt)
            .Select(c => new ConsentDto(c.Id, c.Purpose, c.TextVersion, c.GivenAt, c.WithdrawnAt)).ToListAsync(ct)).Where(c => MemberConsent.IsWithdrawable(c.Purpose)).ToList();
        return new PortalMembership(m.Id, detail.Version, m.MemberNumber, m.FamilyName, m.GivenName, m.Category, m.Status, m.StatusSince, m.AdmittedOn,
            detail.InGoodStanding, m.SharesHeld, m.SharesSubscribed, m.SharesPaid, m.SharesOwing, detail.QualifyingAmount,
            new ContactDto(m.Phone, m.Email, m.Street, m.City, m.Province, m.PostalCode), detail.Shares, detail.Household, consents);
    }

    public static async Task<Ok<PortalMembership>> UpdateContact(UpdateContactRequest request, MembershipDbContext db, ICurrentUser user, UserManager<AppUser> users,
        IAuditTrail audit, TimeProvider clock, CancellationToken ct)
    {
        var m = await PortalMember.FindAsync(db, user, users, audit, ct);
        await UpdateContactAsync(db, audit, clock, m, request, ct);
        return TypedResults.Ok(await ViewAsync(db, clock, m, ct));
    }

    internal static async Task UpdateContactAsync(MembershipDbContext db, IAuditTrail audit, TimeProvider clock, Member m, UpdateContactRequest request, CancellationToken ct)
    {
        var identity = MemberInput.From(m) with
        {
            Phone = request.Phone, Email = request.Email, Street = request.Street, City = request.City, Province = request.Province, PostalCode = request.PostalCode,
        };
        // Only the contact fields are the member's to change; the other checks (category, birth) stay the register's.
        var contactFields = new[] { "phone", "email", "street", "city", "province", "postalCode" };
        DomainException.ThrowIfAny(identity.Validate(clock.Today(), null).Where(f => contactFields.Contains(f.Field)).ToList());
        var before = new ContactDto(m.Phone, m.Email, m.Street, m.City, m.Province, m.PostalCode);
        db.Entry(m).Property(x => x.Version).OriginalValue = request.Version;
        identity.ApplyTo(m);
        var after = new ContactDto(m.Phone, m.Email, m.Street, m.City, m.Province, m.PostalCode);
        var changed = new List<string>();
        if (!string.Equals(before.Phone, after.Phone, StringComparison.Ordinal)) changed.Add("phone");
        if (!string.Equals(before.Email, after.Email, StringComparison.Ordinal)) changed.Add("email");
        if (!string.Equals(before.Street, after.Street, StringComparison.Ordinal)) changed.Add("street");
        if (!string.Equals(before.City, after.City, StringComparison.Ordinal)) changed.Add("city");
        if (!string.Equals(before.Province, after.Province, StringComparison.Ordinal)) changed.Add("province");
        if (!string.Equals(before.PostalCode, after.PostalCode, StringComparison.Ordinal)) changed.Add("postalCode");
        // Names of the fields only: the audit trail keeps no copy of the old or new details.
        await db.SaveChangesAndAuditAsync(audit, new AuditEntry(AuditEventType.MemberUpdated, "Member", m.Id.ToString(), m.CoopId,
            new { m.MemberNumber, Fields = changed }, Purpose: "portal"), ct);
    }

    public static async Task<Ok<PortalMembership>> WithdrawConsent(Guid consentId, MembershipDbContext db, ICurrentUser user, UserManager<AppUser> users,
        IAuditTrail audit, TimeProvider clock, CancellationToken ct)
    {
        var m = await PortalMember.FindAsync(db, user, users, audit, ct);
        await WithdrawConsentAsync(db, audit, clock, m, consentId, ct);
        return TypedResults.Ok(await ViewAsync(db, clock, m, ct));
    }

    /// <summary>Withdraws one of the member's own consents, once; the portal page and the API both call this.</summary>
    internal static async Task WithdrawConsentAsync(MembershipDbContext db, IAuditTrail audit, TimeProvider clock, Member m, Guid consentId, CancellationToken ct)
    {
        var consent = await db.Consents.FirstOrDefaultAsync(c => c.Id == consentId && c.MemberId == m.Id, ct) ?? throw new DomainException(RegisterIoErrors.ConsentNotFound);
        // The register's old rows are no consent to withdraw: answered as no such consent, like the listing that leaves them out.
        if (!MemberConsent.IsWithdrawable(consent.Purpose)) throw new DomainException(RegisterIoErrors.ConsentNotFound);
        if (consent.WithdrawnAt is not null) throw new DomainException(RegisterIoErrors.ConsentAlreadyWithdrawn);
        consent.WithdrawnAt = clock.GetUtcNow();
        await db.SaveChangesAndAuditAsync(audit, new AuditEntry(AuditEventType.ConsentWithdrawn, "MemberConsent", consent.Id.ToString(), m.CoopId,
            new { m.MemberNumber, consent.Purpose, consent.TextVersion }), ct);
    }

    public static async Task<FileContentHttpResult> Certificate(MembershipDbContext db, ICurrentUser user, UserManager<AppUser> users, IAuditTrail audit, ICoopLetterheads letterheads, TimeProvider clock, CancellationToken ct)
    {
        var m = await PortalMember.FindAsync(db, user, users, audit, ct);
        return await MemberDocumentsApi.CertificateFileAsync(m, letterheads, clock, MembershipErrors.MemberNotActive, ct);
    }

    public static async Task<FileContentHttpResult> Receipt(Guid transactionId, MembershipDbContext db, ICurrentUser user, UserManager<AppUser> users, IAuditTrail audit,
        ICoopLetterheads letterheads, TimeProvider clock, CancellationToken ct)
    {
        var m = await PortalMember.FindAsync(db, user, users, audit, ct);
        var t = await db.ShareTransactions.AsNoTracking().FirstOrDefaultAsync(x => x.Id == transactionId && x.MemberId == m.Id && x.Kind == ShareTransactionKind.Payment, ct)
            ?? throw new DomainException(PlatformErrors.NotFound);
        return TypedResults.File(MemberDocumentsApi.ReceiptPdf(m, t, await letterheads.PdfLetterheadAsync(m.CoopId, ct), clock.Today()), "application/pdf", $"recu-{t.ReceiptNumber}.pdf");
    }

    public static async Task<IResult> Export(MembershipDbContext db, ICurrentUser user, UserManager<AppUser> users, IAuditTrail audit, TimeProvider clock, CancellationToken ct,
        string? format = "json")
    {
        var csv = string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase);
        if (!csv && !string.Equals(format ?? "json", "json", StringComparison.OrdinalIgnoreCase)) throw new DomainException(RegisterIoErrors.FormatInvalid.At("format"));
        var m = await PortalMember.FindAsync(db, user, users, audit, ct);
        var data = await PersonalData.CollectAsync(db, clock, m, ct);
        await audit.WriteAsync(db, [new AuditEntry(AuditEventType.PersonalDataExported, "Member", m.Id.ToString(), m.CoopId, new { m.MemberNumber, Format = csv ? "csv" : "json" })], ct);
        var stamp = clock.Today().ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        if (!csv)
            return TypedResults.File(JsonSerializer.SerializeToUtf8Bytes(data, PersonalData.Json), "application/json", $"mes-renseignements-{stamp}.json");
        return TypedResults.File(PersonalData.ToCsv(data), "text/csv", $"mes-renseignements-{stamp}.csv");
    }
}
