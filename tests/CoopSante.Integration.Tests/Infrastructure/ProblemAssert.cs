using System.Net;
using System.Text.Json;

namespace CoopSante.Integration.Tests.Infrastructure;

public static class ProblemAssert
{
    /// <summary>Asserts an RFC 9457 problem with the given status and code, and returns its document.</summary>
    public static async Task<JsonElement> IsProblem(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var doc = JsonDocument.Parse(body).RootElement;
        var codes = doc.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()).ToList();
        Assert.True(doc.GetProperty("code").GetString() == code || codes.Contains(code), $"expected code {code}: {body}");
        Assert.False(string.IsNullOrWhiteSpace(doc.GetProperty("title").GetString()));
        return doc;
    }
}
