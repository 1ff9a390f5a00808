using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace CoopSante.Platform.Web;

/// <summary>
/// Public data (the directory) served from memory and cacheable by anyone in front (ADR 0019): the response is kept in
/// the output cache per URL and culture, carries <c>Cache-Control: public, max-age</c> and a strong ETag computed from
/// its bytes, and a matching <c>If-None-Match</c> answers 304. Every EF save of an entity type that feeds a tag evicts
/// that tag at once; <see cref="ServerLifetime"/> bounds what another host or a raw SQL update may leave stale.
/// Everything else under /api and /health stays <c>no-store</c> (SecurityHeaders).
/// </summary>
public static class PublicCaching
{
    /// <summary>What a cache in front (or a browser) may keep without asking again.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(60);
    /// <summary>How long this host keeps a response whose data no save of ours has changed.</summary>
    public static readonly TimeSpan ServerLifetime = TimeSpan.FromSeconds(60);
    /// <summary>The tag every public response carries, to evict them all (tests reset the database under the host).</summary>
    public const string AllTag = "public";

    /// <summary>Serves the endpoint as public, cacheable data, evicted when an entity type registered for <paramref name="tag"/> is saved.</summary>
    public static TBuilder CachePublicly<TBuilder>(this TBuilder builder, string tag) where TBuilder : IEndpointConventionBuilder
    {
        builder.WithMetadata(new PublicCacheMetadata(tag));
        return builder.CacheOutput(p => p.Expire(ServerLifetime).Tag(AllTag, tag)
            .VaryByValue(_ => new KeyValuePair<string, string>("culture", CultureInfo.CurrentUICulture.Name)));
    }

    /// <summary>Declares that saving <typeparamref name="TEntity"/> changes the public responses tagged <paramref name="tag"/>.</summary>
    public static IServiceCollection AddPublicData<TEntity>(this IServiceCollection services, string tag)
    {
        services.AddSingleton(new PublicDataSource(typeof(TEntity), tag));
        return services;
    }

    internal static IServiceCollection AddPublicCaching(this IServiceCollection services)
    {
        services.AddOutputCache(o =>
        {
            o.SizeLimit = 64L * 1024 * 1024; // bounded whatever query strings callers invent
            o.MaximumBodySize = 1024 * 1024;
        });
        services.AddSingleton<PublicCacheInvalidation>();
        return services;
    }

    /// <summary>The server cache, then the public headers and the ETag (inside it, so that a cached response keeps them).</summary>
    internal static IApplicationBuilder UsePublicCaching(this IApplicationBuilder app)
    {
        app.UseOutputCache();
        return app.Use(async (http, next) =>
        {
            if (http.GetEndpoint()?.Metadata.GetMetadata<PublicCacheMetadata>() is null
                || !(HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)))
            {
                await next(http);
                return;
            }
            var body = http.Response.Body;
            using var buffer = new MemoryStream();
            http.Response.Body = buffer;
            try
            {
                await next(http);
            }
            finally
            {
                http.Response.Body = body;
            }
            if (http.Response.StatusCode == StatusCodes.Status200OK)
            {
                var etag = ETagOf(buffer);
                var headers = http.Response.Headers;
                headers.ETag = etag;
                headers.CacheControl = $"public, max-age={(int)MaxAge.TotalSeconds}";
                // The language comes from Accept-Language, or from the culture cookie; a query string is in the URL already.
                headers.Vary = "Accept-Language, Cookie";
                headers.ContentLanguage = CultureInfo.CurrentUICulture.Name;
                if (Matches(http.Request.Headers.IfNoneMatch, etag))
                {
                    http.Response.StatusCode = StatusCodes.Status304NotModified;
                    http.Response.ContentLength = null;
                    return;
                }
            }
            http.Response.ContentLength = buffer.Length;
            buffer.Position = 0;
            await buffer.CopyToAsync(body, http.RequestAborted);
        });
    }

    private static string ETagOf(MemoryStream buffer)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), hash);
        return "\"" + Convert.ToBase64String(hash[..16]).TrimEnd('=').Replace('+', '-').Replace('/', '_') + "\"";
    }

    private static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag)
    {
        if (ifNoneMatch.Count == 0) return false;
        if (!EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)) return false;
        var ours = new EntityTagHeaderValue(etag);
        return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(ours, useStrongComparison: false));
    }
}

internal sealed record PublicCacheMetadata(string Tag);

/// <summary>An entity type whose saves change the public responses of <see cref="Tag"/>.</summary>
public sealed record PublicDataSource(Type EntityType, string Tag);

/// <summary>Evicts the public responses fed by the entity types a successful save touched (every module context has it).</summary>
internal sealed class PublicCacheInvalidation(IEnumerable<PublicDataSource> sources, IOutputCacheStore store) : SaveChangesInterceptor
{
    private readonly ILookup<Type, string> _tags = sources.ToLookup(s => s.EntityType, s => s.Tag);
    private readonly ConditionalWeakTable<DbContext, HashSet<string>> _pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        EvictAsync(eventData.Context).AsTask().GetAwaiter().GetResult(); // the memory store completes synchronously
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await EvictAsync(eventData.Context);
        return result;
    }

    private void Collect(DbContext? context)
    {
        if (context is null || _tags.Count == 0) return;
        HashSet<string>? tags = null;
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            foreach (var tag in _tags[entry.Metadata.ClrType]) (tags ??= new(StringComparer.Ordinal)).Add(tag);
        }
        if (tags is not null) _pending.AddOrUpdate(context, tags);
    }

    private async ValueTask EvictAsync(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var tags)) return;
        _pending.Remove(context);
        foreach (var tag in tags) await store.EvictByTagAsync(tag, CancellationToken.None);
    }
}
