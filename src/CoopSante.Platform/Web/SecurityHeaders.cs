using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CoopSante.Platform.Web;

/// <summary>Security headers on every response. Blazor Server needs inline styles and its websocket.</summary>
internal static class SecurityHeaders
{
    // The page's own import map is an inline script: it carries this response's nonce, nothing else inline runs.
    private static string Csp(string nonce) =>
        $"default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self' ws: wss:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var nonce = CspNonce.Issue(http);
        http.Response.OnStarting(() =>
        {
            var h = http.Response.Headers;
            // Scalar's page loads its own inline bundle; it is documentation, not health data.
            if (!http.Request.Path.StartsWithSegments("/scalar", StringComparison.OrdinalIgnoreCase))
                h.ContentSecurityPolicy = Csp(nonce);
            h.XContentTypeOptions = "nosniff";
            h["Referrer-Policy"] = "strict-origin-when-cross-origin";
            h.XFrameOptions = "DENY";
            h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            // Only what an endpoint declares public (PublicCaching) may be kept; health probes are never answered from a cache.
            if ((http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || http.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase))
                && !h.ContainsKey("Cache-Control"))
                h.CacheControl = "no-store";
            return Task.CompletedTask;
        });
        await next(http);
    });
}
