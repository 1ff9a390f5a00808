using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
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

    /// <summary>
    /// Refuses a <c>null</c> anywhere inside an array of a request body (at any depth): no list of ours holds a missing
    /// item, and features would otherwise fail on it with a 500. The request then answers 400, nothing written.
    /// It runs only when a body is read: it hooks each object type's <see cref="JsonTypeInfo.OnDeserialized"/>, which the
    /// serializer never calls when it writes, so responses are written by the serializer's own converters (ADR 0027).
    /// Dictionaries (JSON objects) and JsonElement/JsonNode values are left alone; their own arrays are checked when read.
    /// Request bodies are objects: a bare array as a body would not be checked.
    /// </summary>
    internal static class NoNullInArrays
    {
        /// <summary>A type-info modifier for the HTTP JSON options.</summary>
        public static void Modify(JsonTypeInfo info)
        {
            if (info.Kind != JsonTypeInfoKind.Object) return;
            var lists = info.Properties.Where(p => p.Get is not null && IsList(p.PropertyType)).Select(p => p.Get!).ToArray();
            if (lists.Length == 0) return; // resolved once per type: types without lists cost nothing
            var previous = info.OnDeserialized;
            info.OnDeserialized = value =>
            {
                foreach (var get in lists)
                {
                    if (get(value) is System.Collections.IEnumerable items && HasNull(items))
                        throw new JsonException("A null item is not accepted in an array.");
                }
                previous?.Invoke(value);
            };
        }

        internal static bool IsList(Type type) =>
            type != typeof(string) && type != typeof(byte[]) && !type.IsPrimitive
            && typeof(System.Collections.IEnumerable).IsAssignableFrom(type)
            && !typeof(System.Collections.IDictionary).IsAssignableFrom(type)
            && !type.GetInterfaces().Append(type).Any(i => i.IsGenericType
                && (i.GetGenericTypeDefinition() == typeof(IDictionary<,>) || i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>)))
            && !typeof(System.Text.Json.Nodes.JsonNode).IsAssignableFrom(type)
            && type != typeof(JsonElement) && type != typeof(JsonDocument);

        // Objects inside a list were read with their own type info (and checked there); lists inside a list are walked here.
        private static bool HasNull(System.Collections.IEnumerable items)
        {
            foreach (var item in items)
            {
                if (item is null) return true;
                if (item is System.Collections.IEnumerable nested && IsList(item.GetType()) && HasNull(nested)) return true;
            }
            return false;
        }
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
