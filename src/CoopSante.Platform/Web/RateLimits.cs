using System.Globalization;
using System.Threading.RateLimiting;
using CoopSante.Platform.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Platform;

/// <summary>Rate limits per client address: sign-in and the public API answer 429 with Retry-After.</summary>
public static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string PublicApi = "public-api";

    public sealed class Options
    {
        public int SignInPerMinute { get; set; } = 20;
        public int PublicPerMinute { get; set; } = 120;
    }

    internal static void Configure(RateLimiterOptions options, Options limits)
    {
        options.AddPolicy(SignIn, http => RateLimitPartition.GetFixedWindowLimiter(
            $"signin:{http.Connection.RemoteIpAddress}", _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.SignInPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        options.AddPolicy(PublicApi, http => RateLimitPartition.GetFixedWindowLimiter(
            $"public:{http.Connection.RemoteIpAddress}", _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.PublicPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.OnRejected = async (ctx, ct) =>
        {
            var retry = ctx.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(60);
            ctx.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            var problem = Problems.Create(ctx.HttpContext, [new Failure(PlatformErrors.TooManyRequests)]);
            await ctx.HttpContext.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", ct);
        };
    }
}
