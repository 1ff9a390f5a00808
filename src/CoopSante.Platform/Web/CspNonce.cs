using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace CoopSante.Platform.Web;

/// <summary>The per-response nonce that lets the page's own inline scripts (its import map) run under the content security policy.</summary>
public static class CspNonce
{
    private static readonly object Key = new();

    internal static string Issue(HttpContext http)
    {
        // A re-executed request (the not-found page) passes the security headers again: it keeps the nonce the header
        // already promised, or the page's import map would carry a nonce the browser was never told of.
        if (http.Items.TryGetValue(Key, out var issued) && issued is string same) return same;
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
        http.Items[Key] = nonce;
        return nonce;
    }

    /// <summary>This response's nonce, to put on an inline script element (<c>nonce="@CspNonce.Of(HttpContext)"</c>).</summary>
    public static string? Of(HttpContext? http) => http?.Items.TryGetValue(Key, out var nonce) == true ? nonce as string : null;
}
