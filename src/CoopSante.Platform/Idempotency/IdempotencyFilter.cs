using System.IO.Pipelines;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Platform.Idempotency;

/// <summary>How an endpoint uses <c>Idempotency-Key</c>; the error codes may be the module's own (kept stable for its clients).</summary>
public sealed record IdempotencyOptions
{
    /// <summary>When false, a request without the header simply runs.</summary>
    public bool Required { get; init; } = true;
    /// <summary>How long a running request holds its key; past it another request may take the key over. Longer than the endpoint's slowest run.</summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromMinutes(1);
    public ErrorCode KeyRequired { get; init; } = IdempotencyErrors.KeyRequired;
    public ErrorCode KeyReused { get; init; } = IdempotencyErrors.KeyReused;
    public ErrorCode InProgress { get; init; } = IdempotencyErrors.InProgress;
}

public static class IdempotencyErrors
{
    public static readonly ErrorCode KeyRequired = new("Platform.IdempotencyKeyRequired");
    public static readonly ErrorCode KeyReused = new("Platform.IdempotencyKeyReused", ErrorKind.Unprocessable);
    public static readonly ErrorCode InProgress = new("Platform.IdempotencyKeyInProgress", ErrorKind.Conflict);
}

/// <summary>
/// <c>Idempotency-Key</c> for create endpoints (Stripe; IETF httpapi-idempotency-key-header): a missing key answers
/// 400 when required; the same key with the same request replays the stored response; with another request, 422;
/// while the first still runs, 409. Keys are scoped by coop and caller. Only successful (2xx) responses are kept:
/// a refused or failed request frees its key. The request is fingerprinted from its bound values (route, query,
/// form fields and files' content, JSON body), so a multipart boundary or header order never matters.
/// </summary>
public static class IdempotencyFilter
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";
    public const int MaxKeyLength = 100;

    public static RouteHandlerBuilder RequireIdempotencyKey(this RouteHandlerBuilder builder, IdempotencyOptions? options = null)
    {
        var o = options ?? new IdempotencyOptions();
        builder.AddEndpointFilter((context, next) => InvokeAsync(context, next, o));
        builder.WithMetadata(o);
        return builder;
    }

    private static async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next, IdempotencyOptions options)
    {
        var http = context.HttpContext;
        var key = http.Request.Headers[Header].ToString();
        if (string.IsNullOrWhiteSpace(key))
        {
            if (!options.Required) return await next(context);
            throw new DomainException(options.KeyRequired.At(Header));
        }
        if (key.Length > MaxKeyLength) throw new DomainException(PlatformErrors.TooLong.At(Header, MaxKeyLength));

        var services = http.RequestServices;
        var user = services.GetRequiredService<ICurrentUser>();
        var caller = user.UserId ?? user.ApiKeyId ?? Guid.Empty;
        var coop = Guid.TryParse(http.GetRouteValue("coopId")?.ToString(), out var c) ? c : Guid.Empty;
        var hash = await FingerprintAsync(context, http.RequestAborted);
        var store = services.GetRequiredService<IdempotencyStore>();

        var claim = await store.ClaimAsync(coop, caller, key, hash, options.Lease, http.RequestAborted);
        switch (claim.Outcome)
        {
            case ClaimOutcome.InProgress: throw new DomainException(options.InProgress.At(Header));
            case ClaimOutcome.Mismatch: throw new DomainException(options.KeyReused.At(Header));
            case ClaimOutcome.Replay: return new Replay(claim.Existing!);
        }

        var original = http.Response.Body;
        var buffer = new MemoryStream();
        try
        {
            var value = await next(context);
            var result = value as IResult ?? (value is null ? Results.Empty : Results.Json(value));
            http.Response.Body = buffer;
            try
            {
                await result.ExecuteAsync(http);
            }
            finally
            {
                http.Response.Body = original;
            }
        }
        catch
        {
            await store.ReleaseAsync(claim, CancellationToken.None);
            throw;
        }
        var status = http.Response.StatusCode;
        if (status is >= 200 and < 300)
            await store.CompleteAsync(claim, status, http.Response.ContentType, buffer.ToArray(), CancellationToken.None);
        else
            await store.ReleaseAsync(claim, CancellationToken.None);
        return new Written(buffer);
    }

    /// <summary>SHA-256 of the method, the route pattern and every bound value that is not a service.</summary>
    internal static async Task<string> FingerprintAsync(EndpointFilterInvocationContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var isService = http.RequestServices.GetService<IServiceProviderIsService>();
        // A service is known by the type the handler declares (a context is registered as its module's abstract type, and
        // the scope hands out a pooled provider subclass): read the parameter types from the handler when there is one.
        var declared = http.GetEndpoint()?.Metadata.GetMetadata<System.Reflection.MethodInfo>()?.GetParameters();
        void Text(string s) => sha.AppendData(Encoding.UTF8.GetBytes(s + "\n"));
        Text(http.Request.Method);
        Text((http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? http.Request.Path);
        for (var i = 0; i < context.Arguments.Count; i++)
        {
            var arg = context.Arguments[i];
            Text($"#{i.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
            switch (arg)
            {
                case null: Text("null"); break;
                case CancellationToken or HttpContext or HttpRequest or HttpResponse or ClaimsPrincipal or Stream or PipeReader: break;
                case IFormFileCollection files:
                    foreach (var f in files) await AppendFileAsync(sha, f, ct);
                    break;
                case IFormFile file: await AppendFileAsync(sha, file, ct); break;
                case IFormCollection form:
                    foreach (var field in form.OrderBy(f => f.Key, StringComparer.Ordinal)) Text(field.Key + "=" + field.Value.ToString());
                    foreach (var f in form.Files) await AppendFileAsync(sha, f, ct);
                    break;
                case string s: Text(s); break;
                default:
                    if (arg is Microsoft.EntityFrameworkCore.DbContext) break;
                    var type = declared is { } p && p.Length == context.Arguments.Count ? p[i].ParameterType : arg.GetType();
                    if (isService?.IsService(type) == true || isService?.IsService(arg.GetType()) == true) break;
                    Text(JsonSerializer.Serialize(arg, arg.GetType()));
                    break;
            }
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static async Task AppendFileAsync(IncrementalHash sha, IFormFile file, CancellationToken ct)
    {
        sha.AppendData(Encoding.UTF8.GetBytes($"{file.Name}\n{file.FileName}\n"));
        await using var stream = file.OpenReadStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(buffer, ct)) > 0) sha.AppendData(buffer, 0, read);
    }

    /// <summary>The response already produced into a buffer, copied to the client.</summary>
    private sealed class Written(MemoryStream buffer) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            buffer.Position = 0;
            await using (buffer) await buffer.CopyToAsync(httpContext.Response.Body, httpContext.RequestAborted);
        }
    }

    /// <summary>The stored response of the first request under the key.</summary>
    private sealed class Replay(IdempotencyRecord record) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.StatusCode = record.ResponseStatus ?? StatusCodes.Status200OK;
            if (record.ResponseContentType is not null) response.ContentType = record.ResponseContentType;
            response.Headers[ReplayedHeader] = "true";
            if (record.ResponseBody is { Length: > 0 } body) await response.Body.WriteAsync(body, httpContext.RequestAborted);
        }
    }
}
