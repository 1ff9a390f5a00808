using CoopSante.Federation.Bulletins;
using CoopSante.Federation.Data;
using CoopSante.Platform.Data;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Paging;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Federation.Support;

/// <summary>Reading requests: a coop's own (its id in every query), or the federation's queue across coops.</summary>
internal static class SupportQueries
{
    /// <summary>The coop's requests, newest first; <paramref name="status"/> keeps one status.</summary>
    public static async Task<Page<SupportSummaryDto>> CoopListAsync(FederationDbContext db, Guid coopId, string? status, DateTimeOffset now, PageRequest request, CancellationToken ct)
    {
        var query = db.SupportRequests.AsNoTracking().Where(r => r.CoopId == coopId);
        if (TryStatus(status, out var s)) query = query.Where(r => r.Status == s);
        var page = await query.OrderByDescending(r => r.OpenedAt).ThenBy(r => r.Id).ToPageAsync(request, ct);
        var name = await db.Coops.AsNoTracking().Where(c => c.Id == coopId).Select(c => c.Name).FirstOrDefaultAsync(ct) ?? "";
        return page.Map(r => Summary(r, name, now));
    }

    /// <summary>The federation's queue across coops (on purpose): overdue first, then oldest first; filters by status, category, coop, adviser, overdue.</summary>
    public static async Task<Page<SupportSummaryDto>> QueueAsync(FederationDbContext db, QueueFilter filter, DateTimeOffset now, PageRequest request, CancellationToken ct)
    {
        var query = db.SupportRequests.IgnoreQueryFilters().AsNoTracking();
        if (TryStatus(filter.Status, out var s)) query = query.Where(r => r.Status == s);
        else query = query.Where(r => r.Status != SupportStatus.Closed);
        if (SupportValidation.TryCategory(filter.Category, out var c)) query = query.Where(r => r.Category == c);
        if (filter.CoopId is { } coop) query = query.Where(r => r.CoopId == coop);
        if (filter.AdviserId is { } adviser) query = query.Where(r => r.AdviserId == adviser);
        if (filter.OverdueOnly)
            query = query.Where(r => r.Status != SupportStatus.Closed && ((r.FirstResponseAt == null && r.FirstResponseDue < now) || r.ResolutionDue < now));
        var page = await query
            .OrderByDescending(r => r.Status != SupportStatus.Closed && ((r.FirstResponseAt == null && r.FirstResponseDue < now) || r.ResolutionDue < now))
            .ThenBy(r => r.OpenedAt).ThenBy(r => r.Id).ToPageAsync(request, ct);
        var ids = page.Items.Select(r => r.CoopId).Distinct().ToList();
        var names = await db.Coops.AsNoTracking().Where(x => ids.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Name, ct);
        return page.Map(r => Summary(r, names.GetValueOrDefault(r.CoopId, ""), now));
    }

    /// <summary>One request; <paramref name="coopId"/> set: the coop's own only.</summary>
    public static async Task<SupportRequestDto> DetailAsync(FederationDbContext db, Guid? coopId, Guid requestId, DateTimeOffset now, CancellationToken ct)
    {
        var query = coopId is { } coop ? db.SupportRequests.Where(r => r.CoopId == coop) : db.SupportRequests.IgnoreQueryFilters();
        var r = await query.AsNoTracking().Include(x => x.Messages).Include(x => x.Attachments).Include(x => x.Quotes).Include(x => x.TimeEntries).AsSplitQuery()
            .FirstOrDefaultAsync(x => x.Id == requestId, ct) ?? throw new DomainException(PlatformErrors.NotFound);
        var name = await db.Coops.AsNoTracking().Where(c => c.Id == r.CoopId).Select(c => c.Name).FirstOrDefaultAsync(ct) ?? "";
        var invoice = await db.SupportInvoices.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(i => i.RequestId == r.Id && i.CoopId == r.CoopId, ct);
        return new SupportRequestDto(Summary(r, name, now), r.Description, RichText.ToHtml(r.Description),
            r.Messages.OrderBy(m => m.PostedAt).ThenBy(m => m.Id).Select(m => new SupportMessageDto(m.Id, m.FromFederation, m.AuthorName, RichText.ToHtml(m.Body), m.PostedAt)).ToList(),
            r.Attachments.OrderBy(a => a.AddedAt).Select(a => new SupportAttachmentDto(a.Id, a.FileName, a.ContentType, a.Length, a.FromFederation, a.AddedAt)).ToList(),
            r.Quotes.OrderBy(q => q.ProposedAt).Select(q => new SupportQuoteDto(q.Id, q.Description, q.Hours, q.HourlyRate, q.Amount, q.State.ToString(),
                q.ProposedAt, q.ProposedByName, q.DecidedAt, q.DecidedByName)).ToList(),
            r.TimeEntries.OrderBy(t => t.WorkedOn).ThenBy(t => t.LoggedAt).Select(t => new SupportTimeEntryDto(t.Id, t.WorkedOn, t.Hours, t.Note, t.AdviserName)).ToList(),
            r.TimeEntries.Sum(t => t.Hours),
            invoice is null ? null : new SupportInvoiceDto(invoice.Id, invoice.Number, invoice.IssuedOn, invoice.Hours, invoice.HourlyRate, invoice.Amount),
            r.Resolution, r.ClosedAt, r.RatingComment);
    }

    /// <summary>An attachment of a request the caller may see; anything else is not found.</summary>
    public static async Task<SupportAttachment> AttachmentAsync(FederationDbContext db, Guid? coopId, Guid requestId, Guid attachmentId, CancellationToken ct)
    {
        var query = coopId is { } coop ? db.SupportAttachments.Where(a => a.CoopId == coop) : db.SupportAttachments.IgnoreQueryFilters();
        return await query.AsNoTracking().FirstOrDefaultAsync(a => a.Id == attachmentId && a.RequestId == requestId, ct)
            ?? throw new DomainException(PlatformErrors.NotFound);
    }

    /// <summary>The invoice of a request the caller may see, or not found.</summary>
    public static async Task<SupportInvoice> InvoiceAsync(FederationDbContext db, Guid? coopId, Guid requestId, CancellationToken ct)
    {
        var query = coopId is { } coop ? db.SupportInvoices.Where(i => i.CoopId == coop) : db.SupportInvoices.IgnoreQueryFilters();
        return await query.AsNoTracking().FirstOrDefaultAsync(i => i.RequestId == requestId, ct) ?? throw new DomainException(PlatformErrors.NotFound);
    }

    /// <summary>The federation's people who can be assigned requests: its admins and auditors.</summary>
    public static async Task<IReadOnlyList<AdviserDto>> AdvisersAsync(PlatformDbContext platform, CancellationToken ct) =>
        (await platform.RoleGrants.AsNoTracking().Where(g => g.CoopId == null && (g.Role == Role.FederationAdmin || g.Role == Role.FederationAuditor))
            .Join(platform.Users, g => g.UserId, u => u.Id, (g, u) => new { u.Id, u.DisplayName }).Distinct().ToListAsync(ct))
        .Select(a => new AdviserDto(a.Id, a.DisplayName)).OrderBy(a => a.Name, StringComparer.CurrentCulture).ToList();

    public static async Task<AdviserDto?> AdviserAsync(PlatformDbContext platform, Guid userId, CancellationToken ct) =>
        (await AdvisersAsync(platform, ct)).FirstOrDefault(a => a.Id == userId);

    private static bool TryStatus(string? value, out SupportStatus status) =>
        Enum.TryParse(value, ignoreCase: true, out status) && Enum.IsDefined(status) && !int.TryParse(value, out _);

    private static SupportSummaryDto Summary(SupportRequest r, string coopName, DateTimeOffset now) => new(r.Id, r.CoopId, coopName, r.Reference, r.Category.ToString(),
        r.Subject, r.Status.ToString(), r.OpenedAt, r.AdviserName, r.FirstResponseDue, r.ResolutionDue, r.FirstResponseOverdue(now), r.ResolutionOverdue(now), r.Rating, r.Version);
}
