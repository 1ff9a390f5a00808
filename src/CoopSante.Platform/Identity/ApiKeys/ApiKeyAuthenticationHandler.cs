using System.Security.Claims;
using System.Text.Encodings.Web;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Data;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Security;
using CoopSante.Platform.Tenancy;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoopSante.Platform.Identity.ApiKeys;

/// <summary>
/// X-Api-Key: a principal with the key's id, one claim per scope and a grant in its coop. Unknown, revoked or
/// expired keys are refused (401); routes under a coop accept a key only where they declare the scope it needs.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The role a key's grant carries, so that coop routes see the key as acting in its coop.</summary>
    public const Role KeyRole = Role.CoopStaff;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var value = Request.Headers[AuthSchemes.ApiKeyHeader].ToString().Trim();
        if (value.Length == 0) return AuthenticateResult.NoResult();
        if (value.Length > 200) return AuthenticateResult.Fail("invalid key");
        var db = Context.RequestServices.GetRequiredService<PlatformDbContext>();
        var hash = Tokens.Hash(value);
        var key = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.KeyHash == hash, Context.RequestAborted);
        var now = clock.GetUtcNow();
        if (key is null) return AuthenticateResult.Fail("unknown key");
        if (key.RevokedAt is not null || key.ExpiresAt <= now)
        {
            var audit = Context.RequestServices.GetRequiredService<IAuditTrail>();
            await audit.WriteAsync(db, [new AuditEntry(AuditEventType.ApiKeyRejected, "ApiKey", key.Id.ToString(), key.CoopId, new { reason = key.RevokedAt is not null ? "revoked" : "expired" })]);
            return AuthenticateResult.Fail("revoked or expired key");
        }
        if (key.LastUsedAt is null || now - key.LastUsedAt > TimeSpan.FromMinutes(5))
            await db.ApiKeys.Where(k => k.Id == key.Id).ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), Context.RequestAborted);

        var claims = new List<Claim>
        {
            new(PlatformClaims.ApiKeyId, key.Id.ToString()),
            new(ClaimTypes.Name, key.Name),
        };
        claims.AddRange(key.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => new Claim(PlatformClaims.Scope, s)));
        if (key.CoopId is { } coop)
        {
            claims.Add(new Claim(PlatformClaims.Grant, PlatformClaims.Encode(new RoleGrant(KeyRole, coop))));
            claims.Add(new Claim(PlatformClaims.ActiveCoop, coop.ToString()));
        }
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme.Name));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        var problem = Problems.Create(Context, [new Failure(IdentityErrors.ApiKeyInvalid)]);
        problem.Status = StatusCodes.Status401Unauthorized;
        await Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json");
    }
}
