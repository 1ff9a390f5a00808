using CoopSante.Platform.Errors;
using Microsoft.AspNetCore.Authorization;

namespace CoopSante.Platform.Security.Rules;

/// <summary>Why a coop rule refused: the stable error the API answers with (404, 403, two-factor, scope).</summary>
public sealed class CoopAccessDenied(IAuthorizationHandler handler, ErrorCode error) : AuthorizationFailureReason(handler, error.Code)
{
    public ErrorCode Error { get; } = error;

    /// <summary>When several rules refuse, the answer that reveals the least wins: not found, then forbidden, then what to fix.</summary>
    internal int Precedence =>
        Error == PlatformErrors.NotFound ? 0
        : Error == PlatformErrors.Forbidden ? 1
        : Error == Identity.IdentityErrors.ScopeRequired ? 2
        : 3;
}
