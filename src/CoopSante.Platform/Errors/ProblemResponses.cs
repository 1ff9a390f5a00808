using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CoopSante.Platform.Errors;

/// <summary>
/// The problem-details answers a group of endpoints can give, declared once on the group so that the OpenAPI
/// document shows the errors (raised as <see cref="DomainException"/> or by the authorization rules), not only the success.
/// </summary>
public static class ProblemResponses
{
    /// <summary>Signed-in endpoints: 400 (validation), 401, 403 (rule, two-factor, API-key scope), 404.</summary>
    public static TBuilder ProducesSignedInProblems<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>Public endpoints: 400 (validation), 404, 429 (rate limit).</summary>
    public static TBuilder ProducesPublicProblems<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

    /// <summary>Changes checked against the version read: 409 when it is stale.</summary>
    public static TBuilder ProducesConflict<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.ProducesProblem(StatusCodes.Status409Conflict);
}
