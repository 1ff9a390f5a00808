using CoopSante.Platform.Errors;
using CoopSante.Platform.Paging;
using CoopSante.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopSante.Platform.Identity.ApiKeys;

internal static class ApiKeysApi
{
    public static IEndpointRouteBuilder MapApiKeysApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/api-keys").WithTags("API keys").RequireAuthorization(Policies.IsSignedIn).ProducesSignedInProblems();
        group.MapPost("/", Create).WithSummary("Creates an API key for a coop (or the program); the key is in this answer only.");
        group.MapGet("/", List).WithSummary("API keys of a coop (coopId), or of every coop the caller administers.");
        group.MapDelete("/{id:guid}", Revoke).WithSummary("Revokes an API key.");
        return app;
    }

    private static async Task<Created<CreatedApiKey>> Create(CreateApiKeyRequest request, ApiKeyService keys, HttpContext http, CancellationToken ct)
    {
        var created = await keys.CreateAsync(request, ct);
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Created($"/api/v1/api-keys/{created.ApiKey.Id}", created);
    }

    private static async Task<Ok<Page<ApiKeyDto>>> List(ApiKeyService keys, CancellationToken ct, Guid? coopId = null, int? page = null, int? pageSize = null) =>
        TypedResults.Ok(await keys.ListAsync(coopId, PageRequest.From(page, pageSize), ct));

    private static async Task<NoContent> Revoke(Guid id, ApiKeyService keys, CancellationToken ct)
    {
        await keys.RevokeAsync(id, ct);
        return TypedResults.NoContent();
    }
}
