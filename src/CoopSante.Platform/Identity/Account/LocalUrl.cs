namespace CoopSante.Platform.Identity.Account;

/// <summary>Return URLs stay on this site: anything else becomes the home page (no open redirect).</summary>
public static class LocalUrl
{
    public static string Safe(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return "/";
        if (!url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal) || url.StartsWith("/\\", StringComparison.Ordinal)) return "/";
        return url;
    }
}
