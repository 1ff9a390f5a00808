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
        // Screens stay French unless the person chose English (query, English path, cookie, profile); API clients may ask with Accept-Language.
        // An English path is a choice made by the address itself: it shows English even to someone whose profile or cookie says French.
        options.RequestCultureProviders =
        [
            new QueryStringRequestCultureProvider(),
            new EnglishPathProvider(),
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

    /// <summary>
    /// The English paths (<c>/directory</c>, <c>/apply</c>, <c>/coops/{id}/apply</c>, <c>/portal</c>) show English; only an
    /// explicit <c>?culture=</c> comes first. The choice is then remembered in the cookie for the live screen.
    /// </summary>
    public static bool IsEnglishPath(PathString path)
    {
        var value = path.Value;
        if (string.IsNullOrEmpty(value)) return false;
        foreach (var segment in value.Split('/', StringSplitOptions.RemoveEmptyEntries))
            if (EnglishSegments.Contains(segment)) return true;
        return false;
    }

    private static readonly HashSet<string> EnglishSegments = new(["directory", "apply", "portal"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The culture a screen's address chose (its English path, or <c>?culture=</c>), which the caller remembers in the
    /// cookie: the live screen's circuit reads the cookie, not the address. Null when the address chose nothing.
    /// </summary>
    public static string? ChosenByAddress(HttpContext http)
    {
        var feature = http.Features.Get<IRequestCultureFeature>();
        if (feature?.Provider is not (EnglishPathProvider or QueryStringRequestCultureProvider)) return null;
        if (!HttpMethods.IsGet(http.Request.Method) || http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)) return null;
        return Normalize(feature.RequestCulture.UICulture.Name);
    }

    private sealed class EnglishPathProvider : RequestCultureProvider
    {
        public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext) =>
            Task.FromResult(HttpMethods.IsGet(httpContext.Request.Method) && IsEnglishPath(httpContext.Request.Path)
                && !httpContext.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
                ? new ProviderCultureResult(English) : null);
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
