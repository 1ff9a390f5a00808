using System.Text.Json;
using System.Text.Json.Serialization;
using CoopSante.Platform.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CoopSante.Platform.Web;

/// <summary>
/// Text that no field of ours may hold: NUL and the other C0 control characters except tab, line feed and carriage
/// return. PostgreSQL refuses NUL in text, and no person types the others; refusing them at the door keeps every
/// endpoint from failing deep in the database.
/// </summary>
public static class InputGuards
{
    public static bool HasForbiddenControlCharacters(string value)
    {
        foreach (var c in value)
        {
            if (c < ' ' && c is not ('\t' or '\n' or '\r')) return true;
        }
        return false;
    }

    /// <summary>Reads JSON strings, refusing forbidden control characters (the request then answers 400).</summary>
    internal sealed class SafeStringConverter : JsonConverter<string>
    {
        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var value = reader.GetString();
            if (value is not null && HasForbiddenControlCharacters(value))
                throw new JsonException("Control characters are not accepted.");
            return value;
        }

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }

    /// <summary>Refuses a query string that carries a forbidden control character.</summary>
    internal static IApplicationBuilder UseQueryStringGuard(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        foreach (var (_, values) in http.Request.Query)
        {
            foreach (var v in values)
            {
                if (v is not null && HasForbiddenControlCharacters(v))
                {
                    http.Response.StatusCode = StatusCodes.Status400BadRequest;
                    await http.Response.WriteAsJsonAsync(Problems.Create(http, [new Failure(PlatformErrors.MalformedRequest)]),
                        (JsonSerializerOptions?)null, "application/problem+json");
                    return;
                }
            }
        }
        await next(http);
    });
}
