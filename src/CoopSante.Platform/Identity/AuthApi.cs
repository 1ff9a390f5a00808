using CoopSante.Platform.Audit;
using CoopSante.Platform.Data;
using CoopSante.Platform.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace CoopSante.Platform.Identity;

/// <summary>Bearer tokens for API clients: POST /api/v1/auth/login.</summary>
internal static class AuthApi
{
    public sealed record LoginRequest(string Email, string Password, string? TwoFactorCode);

    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/auth").WithTags("Auth");
        group.MapPost("/login", Login).AllowAnonymous().RequireRateLimiting(RateLimits.SignIn)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithSummary("Signs in and returns a bearer token (send twoFactorCode for accounts with two-factor authentication).");
        group.MapGet("/me", Me).RequireAuthorization(Security.Policies.IsSignedIn).ProducesProblem(StatusCodes.Status401Unauthorized)
            .WithSummary("Who the caller is: a person (grants, active coop) or an API key (coop, scopes).");
        return app;
    }

    public sealed record MeResponse(Guid? UserId, Guid? ApiKeyId, string? DisplayName, Guid? ActiveCoopId, bool TwoFactor, IReadOnlyList<string> Grants, IReadOnlyList<string> Scopes);

    private static Ok<MeResponse> Me(Tenancy.ICurrentUser user) =>
        TypedResults.Ok(new MeResponse(user.UserId, user.ApiKeyId, user.DisplayName, user.ActiveCoopId, user.HasTwoFactor,
            user.Grants.Select(Tenancy.PlatformClaims.Encode).ToList(), user.Scopes.Order(StringComparer.Ordinal).ToList()));

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> Login(
        LoginRequest request, SignInManager<AppUser> signIn, Account.PasswordSignIn passwords, IAuditTrail audit, PlatformDbContext db, HttpContext http)
    {
        if (string.IsNullOrWhiteSpace(request.Email) || string.IsNullOrEmpty(request.Password))
            return (ProblemHttpResult)Problems.Result(http, IdentityErrors.InvalidCredentials);
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        // A real and an unknown address get the same answers, the lockout included (Account.PasswordSignIn).
        var outcome = await passwords.SignInAsync(request.Email.Trim(), request.Password);
        var result = outcome.Result;
        if (result.RequiresTwoFactor)
        {
            if (string.IsNullOrWhiteSpace(request.TwoFactorCode))
                return (ProblemHttpResult)Problems.Result(http, IdentityErrors.TwoFactorCodeRequired);
            result = await signIn.TwoFactorAuthenticatorSignInAsync(request.TwoFactorCode.Replace(" ", "", StringComparison.Ordinal), false, false);
        }
        var user = outcome.User;
        if (result.Succeeded)
        {
            await audit.WriteAsync(db, [new AuditEntry(AuditEventType.SignedIn, "User", user?.Id.ToString(), Details: new { method = "bearer" })]);
            return TypedResults.Empty; // the bearer handler has written the token
        }
        await audit.WriteAsync(db, [new AuditEntry(result.IsLockedOut ? AuditEventType.LockedOut : AuditEventType.SignInFailed, "User", user?.Id.ToString())]);
        if (result.IsLockedOut)
        {
            var wait = outcome.RetryAfter ?? (user?.LockoutEnd is { } end ? end - DateTimeOffset.UtcNow : TimeSpan.FromMinutes(1));
            Account.SignInThrottle.SetRetryAfter(http.Response, wait);
            return (ProblemHttpResult)Problems.Result(http, IdentityErrors.LockedOut);
        }
        return (ProblemHttpResult)Problems.Result(http, IdentityErrors.InvalidCredentials);
    }
}

public static class IdentityErrors
{
    /// <summary>Same answer whether or not the account exists.</summary>
    public static readonly ErrorCode InvalidCredentials = new("Identity.InvalidCredentials", ErrorKind.Unauthorized);
    public static readonly ErrorCode TwoFactorCodeRequired = new("Identity.TwoFactorCodeRequired", ErrorKind.Unauthorized);
    public static readonly ErrorCode LockedOut = new("Identity.LockedOut", ErrorKind.TooManyRequests);
    public static readonly ErrorCode InvitationInvalid = new("Identity.InvitationInvalid", ErrorKind.NotFound);
    public static readonly ErrorCode AlreadyHoldsRole = new("Identity.AlreadyHoldsRole", ErrorKind.Conflict);
    public static readonly ErrorCode PasswordRejected = new("Identity.PasswordRejected");
    public static readonly ErrorCode CannotRevokeOwnAdminRole = new("Identity.CannotRevokeOwnAdminRole", ErrorKind.Conflict);
    public static readonly ErrorCode ScopeRequired = new("Identity.ScopeRequired", ErrorKind.Forbidden);
    public static readonly ErrorCode ApiKeyExpiryOutOfRange = new("Identity.ApiKeyExpiryOutOfRange");
    public static readonly ErrorCode ApiKeyInvalid = new("Identity.ApiKeyInvalid", ErrorKind.Unauthorized);
}
