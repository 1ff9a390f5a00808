using CoopSante.Federation.Contracts;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Identity.ApiKeys;
using CoopSante.Platform.Tenancy;
using CoopSante.Telemedicine.Data;
using CoopSante.Telemedicine.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace CoopSante.Telemedicine.Remittance;

/// <summary>
/// The provider's monthly remittance report, one endpoint for both readers: federation staff (the screen's download links) and
/// the provider's machine client whose key holds <see cref="TelemedicineScopes.Roster"/> (a coop's key sees that coop only).
/// </summary>
internal static class RemittanceApi
{
    public const string CanReadRemittance = nameof(CanReadRemittance);
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IServiceCollection AddRemittance(this IServiceCollection services)
    {
        services.AddSingleton<IConfigureErrorMessages>(new ErrorResources(typeof(RemittanceText)));
        services.AddAuthorization(o => o.AddPolicy(CanReadRemittance, p => p.RequireAuthenticatedUser().RequireAssertion(IsFederationStaffOrProvider)));
        return services;
    }

    private static bool IsFederationStaffOrProvider(AuthorizationHandlerContext ctx) =>
        ctx.User.HasClaim(PlatformClaims.Scope, TelemedicineScopes.Roster)
        || ctx.User.FindAll(PlatformClaims.Grant).Any(c => PlatformClaims.Decode(c.Value)?.Role is Role.FederationAdmin or Role.FederationAuditor);

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/remittance", Get).RequireAuthorization(CanReadRemittance).RequireScope(TelemedicineScopes.Roster)
            .Produces<RemittanceDto>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("The provider's remittance for a month (period=YYYY-MM): covered households per coop and amount owed; format=json, xlsx or pdf; aggregates only.");

    private static async Task<IResult> Get(string? period, string? format, HttpContext http, TelemedicineDbContext db, ICoopRegistry registry, ICurrentUser user,
        IAuditTrail audit, IStringLocalizer<RemittanceText> text, TimeProvider clock, CancellationToken ct)
    {
        http.Response.Headers.CacheControl = "no-store";
        var kind = format?.Trim().ToLowerInvariant() switch
        {
            null or "" or "json" => "json",
            "xlsx" => "xlsx",
            "pdf" => "pdf",
            _ => throw new DomainException(TelemedicineErrors.FormatUnknown.At("format")),
        };
        var today = clock.Today();
        var month = RemittanceReport.ParsePeriod(period, today);
        // A coop's provider key reads its coop's line only; federation staff and a program-wide key read every coop.
        var only = user.ApiKeyId is not null ? user.ActiveCoopId : null;
        var report = await RemittanceReport.ComputeAsync(db, registry, month, only, ct);
        await RecordAsync(db, audit, user, report, kind, ct);
        return kind switch
        {
            "xlsx" => TypedResults.File(RemittanceReport.ToXlsx(report, text), XlsxType, RemittanceReport.FileName(report, "xlsx")),
            "pdf" => TypedResults.File(RemittanceReport.ToPdf(report, text, await ProviderNameAsync(db, ct), today), "application/pdf", RemittanceReport.FileName(report, "pdf")),
            _ => TypedResults.Ok(report),
        };
    }

    public static async Task<string> ProviderNameAsync(TelemedicineDbContext db, CancellationToken ct) =>
        await db.Programs.AsNoTracking().Select(p => p.ProviderName).FirstOrDefaultAsync(ct) ?? "";

    /// <summary>Every download is audited (who, which month, which format, the totals): the federation's own record, no coop's.</summary>
    public static async Task RecordAsync(TelemedicineDbContext db, IAuditTrail audit, ICurrentUser user, RemittanceDto report, string format, CancellationToken ct) =>
        await db.SaveChangesAndAuditAsync(audit, [new AuditEntry(AuditEventType.TelemedicineRemittanceRead, "TelemedicineRemittance", report.Period, null,
            new { report.Period, Format = format, user.ApiKeyId, Coops = report.Coops.Count, report.Households, report.AmountOwed })], ct);
}
