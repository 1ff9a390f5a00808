using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;

namespace CoopSante.Platform.Localization;

/// <summary>French first: fr-CA is the default of every screen; en-CA is complete.</summary>
public static class Cultures
{
    public const string French = "fr-CA";
    public const string English = "en-CA";
    public static readonly CultureInfo[] Supported = [new(French), new(English)];

    public static bool IsSupported(string? culture) =>
        culture is not null && Supported.Any(c => string.Equals(c.Name, culture, StringComparison.OrdinalIgnoreCase));

    public static string Normalize(string? culture) =>
        culture is not null && culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English : French;

    public static RequestLocalizationOptions Options()
    {
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(French),
            SupportedCultures = Supported,
            SupportedUICultures = Supported,
            FallBackToParentCultures = true,
            FallBackToParentUICultures = true,
        };
        // Screens stay French unless the person chose English (query, cookie, profile); API clients may ask with Accept-Language.
        options.RequestCultureProviders =
        [
            new QueryStringRequestCultureProvider(),
            new CookieRequestCultureProvider(),
            new CustomRequestCultureProvider(http => Task.FromResult(FromClaim(http))),
            new ApiAcceptLanguageProvider(),
        ];
        return options;
    }

    private static ProviderCultureResult? FromClaim(HttpContext http)
    {
        var value = http.User.FindFirst(Tenancy.PlatformClaims.Culture)?.Value;
        return IsSupported(value) ? new ProviderCultureResult(value) : null;
    }

    private sealed class ApiAcceptLanguageProvider : AcceptLanguageHeaderRequestCultureProvider
    {
        public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
        {
            var path = httpContext.Request.Path;
            return path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/fhir", StringComparison.OrdinalIgnoreCase)
                ? base.DetermineProviderCultureResult(httpContext)
                : Task.FromResult<ProviderCultureResult?>(null);
        }
    }
}
