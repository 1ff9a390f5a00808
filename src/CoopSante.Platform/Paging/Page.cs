using CoopSante.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Platform.Paging;

/// <summary>One page of a list. Every list in CoopSanté is paged with this record.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int PageNumber, int PageSize)
{
    public int PageCount => PageSize == 0 ? 0 : (Total + PageSize - 1) / PageSize;
}

/// <summary>A page request from a query string; 1-based; page size 1 to <see cref="MaxPageSize"/>.</summary>
public readonly record struct PageRequest(int Page = 1, int PageSize = PageRequest.DefaultPageSize)
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 200;

    public static PageRequest From(int? page, int? pageSize)
    {
        var p = page ?? 1;
        var s = pageSize ?? DefaultPageSize;
        var failures = new List<Failure>();
        if (p < 1 || p > 1_000_000) failures.Add(PlatformErrors.InvalidPage.At("page"));
        if (s < 1 || s > MaxPageSize) failures.Add(PlatformErrors.InvalidPage.At("pageSize"));
        DomainException.ThrowIfAny(failures);
        return new PageRequest(p, s);
    }

    public int Skip => (Page - 1) * PageSize;
}

public static class PagingExtensions
{
    /// <summary>Counts and fetches one page. The query must already be ordered.</summary>
    public static async Task<Page<T>> ToPageAsync<T>(this IQueryable<T> query, PageRequest request, CancellationToken ct = default)
    {
        var items = await query.Skip(request.Skip).Take(request.PageSize).ToListAsync(ct);
        // A first page that is not full already tells the total: no second round trip.
        var total = request.Skip == 0 && items.Count < request.PageSize ? items.Count : await query.CountAsync(ct);
        return new Page<T>(items, total, request.Page, request.PageSize);
    }

    public static Page<TOut> Map<TIn, TOut>(this Page<TIn> page, Func<TIn, TOut> map) =>
        new(page.Items.Select(map).ToList(), page.Total, page.PageNumber, page.PageSize);
}
