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

    /// <summary>
    /// Reads JSON arrays, refusing a <c>null</c> anywhere inside one (at any depth): no list of ours holds a missing
    /// item, and features would otherwise fail on it with a 500. The request then answers 400, nothing written.
    /// Dictionaries (JSON objects) are left alone; their own arrays are checked when read.
    /// </summary>
    internal sealed class NoNullInArraysConverterFactory : JsonConverterFactory
    {
        private JsonSerializerOptions? _inner;

        public override bool CanConvert(Type typeToConvert) =>
            typeToConvert != typeof(string) && typeToConvert != typeof(byte[]) && !typeToConvert.IsPrimitive
            && typeof(System.Collections.IEnumerable).IsAssignableFrom(typeToConvert)
            && !typeof(System.Collections.IDictionary).IsAssignableFrom(typeToConvert)
            && !typeToConvert.GetInterfaces().Append(typeToConvert).Any(i => i.IsGenericType
                && (i.GetGenericTypeDefinition() == typeof(IDictionary<,>) || i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>)))
            && !typeof(System.Text.Json.Nodes.JsonNode).IsAssignableFrom(typeToConvert)
            && typeToConvert != typeof(JsonElement) && typeToConvert != typeof(JsonDocument);

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
        {
            // The array's items are read by the serializer's own converter, under the same options less this factory:
            // the scan below has already covered every nested array.
            var inner = _inner;
            if (inner is null)
            {
                inner = new JsonSerializerOptions(options);
                for (var i = inner.Converters.Count - 1; i >= 0; i--)
                {
                    if (inner.Converters[i] is NoNullInArraysConverterFactory) inner.Converters.RemoveAt(i);
                }
                inner.MakeReadOnly(populateMissingResolver: true);
                _inner = inner;
            }
            return (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert), inner)!;
        }

        private sealed class Converter<T>(JsonSerializerOptions inner) : JsonConverter<T>
        {
            // Resolved once per type, not looked up on every list of every response.
            private readonly System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> _info =
                (System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)inner.GetTypeInfo(typeof(T));

            public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
            {
                if (reader.TokenType == JsonTokenType.StartArray && HasNullInArray(reader))
                    throw new JsonException("A null item is not accepted in an array.");
                return JsonSerializer.Deserialize(ref reader, _info);
            }

            // Responses are ours: nothing to check on the way out.
            public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
                JsonSerializer.Serialize(writer, value, _info);

            /// <summary>Scans a copy of the reader over the whole array (the serializer buffers a converter's value whole).</summary>
            private static bool HasNullInArray(Utf8JsonReader probe)
            {
                var inArray = new Stack<bool>();
                inArray.Push(true);
                while (inArray.Count > 0 && probe.Read())
                {
                    switch (probe.TokenType)
                    {
                        case JsonTokenType.StartArray: inArray.Push(true); break;
                        case JsonTokenType.StartObject: inArray.Push(false); break;
                        case JsonTokenType.EndArray or JsonTokenType.EndObject: inArray.Pop(); break;
                        case JsonTokenType.Null when inArray.Peek(): return true;
                    }
                }
                return false;
            }
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
