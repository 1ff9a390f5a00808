using CoopSante.Compliance.Contracts;
using CoopSante.Federation.Bulletins;
using CoopSante.Federation.Data;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Paging;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Federation.Partnerships;

internal static class PartnershipQueries
{
    public static PartnerDto ToDto(Partner p) => new(p.Id, p.Kind.ToString(), p.Name, p.RegionCode,
        p.Contacts.OrderBy(c => c.Name, StringComparer.CurrentCulture).Select(c => new ContactDto(c.Id, c.Name, c.Role, c.Email, c.Phone)).ToList(), p.Version);

    /// <summary>The partners, by name, of one region or all.</summary>
    public static async Task<Page<PartnerDto>> PartnersAsync(FederationDbContext db, string? region, PageRequest request, CancellationToken ct)
    {
        var query = db.Set<Partner>().AsNoTracking().Include(p => p.Contacts).AsQueryable();
        if (!string.IsNullOrWhiteSpace(region)) query = query.Where(p => p.RegionCode == region);
        return (await query.OrderBy(p => p.Name).ThenBy(p => p.Id).ToPageAsync(request, ct)).Map(ToDto);
    }

    /// <summary>The federation's agreements of one region or all, newest start first, with their open and overdue actions.</summary>
    public static Task<Page<AgreementListItem>> AgreementsAsync(FederationDbContext db, string? region, DateOnly today, PageRequest request, CancellationToken ct)
    {
        var query = db.Set<Agreement>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(region)) query = query.Where(a => a.RegionCode == region);
        return ListAsync(db, query, today, request, ct);
    }

    /// <summary>The agreements a coop reads (<see cref="AgreementVisibility"/>).</summary>
    public static async Task<Page<AgreementListItem>> CoopAgreementsAsync(FederationDbContext db, Guid coopId, DateOnly today, PageRequest request, CancellationToken ct) =>
        await ListAsync(db, await AgreementVisibility.VisibleToAsync(db, coopId, ct), today, request, ct);

    private static async Task<Page<AgreementListItem>> ListAsync(FederationDbContext db, IQueryable<Agreement> query, DateOnly today, PageRequest request, CancellationToken ct)
    {
        var page = await query.Include(a => a.Partners).Include(a => a.Coops).AsSplitQuery()
            .OrderByDescending(a => a.StartsOn).ThenBy(a => a.Id).ToPageAsync(request, ct);
        var ids = page.Items.Select(a => a.Id).ToList();
        var partnerIds = page.Items.SelectMany(a => a.Partners.Select(p => p.PartnerId)).Distinct().ToList();
        var coopIds = page.Items.SelectMany(a => a.Coops.Select(c => c.CoopId)).Distinct().ToList();
        var partners = await db.Set<Partner>().AsNoTracking().Where(p => partnerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var coops = await db.Coops.AsNoTracking().Where(c => coopIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        var actions = await OpenActions(db).Where(a => ids.Contains(a.AgreementId))
            .GroupBy(a => a.AgreementId).Select(g => new { Id = g.Key, Open = g.Count(), Overdue = g.Count(a => a.DueOn < today) }).ToListAsync(ct);
        return page.Map(a =>
        {
            var counts = actions.FirstOrDefault(x => x.Id == a.Id);
            return new AgreementListItem(a.Id, a.Title, a.RegionCode, a.Status.ToString(), a.StartsOn, a.EndsOn,
                a.Partners.Select(p => partners.GetValueOrDefault(p.PartnerId, "?")).Order(StringComparer.CurrentCulture).ToList(),
                a.Coops.Select(c => coops.GetValueOrDefault(c.CoopId, "?")).Order(StringComparer.CurrentCulture).ToList(),
                counts?.Open ?? 0, counts?.Overdue ?? 0, a.Version);
        });
    }

    private static IQueryable<PlanAction> OpenActions(FederationDbContext db) =>
        db.Set<PlanAction>().AsNoTracking().Where(a => a.Status == ActionStatus.Planned || a.Status == ActionStatus.InProgress || a.Status == ActionStatus.Blocked);

    /// <summary>Per region (one, or every region that has a partner or an agreement): partners, agreements, open and overdue actions.</summary>
    public static async Task<IReadOnlyList<RegionSummary>> SummaryAsync(FederationDbContext db, string? region, DateOnly today, CancellationToken ct)
    {
        var filter = string.IsNullOrWhiteSpace(region) ? null : region;
        var partners = await db.Set<Partner>().AsNoTracking().Where(p => filter == null || p.RegionCode == filter)
            .GroupBy(p => p.RegionCode).Select(g => new { Region = g.Key, Count = g.Count() }).ToListAsync(ct);
        var agreements = await db.Set<Agreement>().AsNoTracking().Where(a => filter == null || a.RegionCode == filter)
            .GroupBy(a => a.RegionCode).Select(g => new { Region = g.Key, Count = g.Count(), Active = g.Count(a => a.Status == AgreementStatus.Active) }).ToListAsync(ct);
        var actions = await (from x in OpenActions(db)
                             join a in db.Set<Agreement>() on x.AgreementId equals a.Id
                             where filter == null || a.RegionCode == filter
                             group x by a.RegionCode into g
                             select new { Region = g.Key, Open = g.Count(), Overdue = g.Count(x => x.DueOn < today) }).ToListAsync(ct);
        return partners.Select(p => p.Region).Concat(agreements.Select(a => a.Region)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(r => new RegionSummary(r,
                partners.FirstOrDefault(p => p.Region == r)?.Count ?? 0,
                agreements.FirstOrDefault(a => a.Region == r)?.Count ?? 0,
                agreements.FirstOrDefault(a => a.Region == r)?.Active ?? 0,
                actions.FirstOrDefault(a => a.Region == r)?.Open ?? 0,
                actions.FirstOrDefault(a => a.Region == r)?.Overdue ?? 0))
            .ToList();
    }

    /// <summary>One agreement as the federation reads it.</summary>
    public static async Task<AgreementDetail> DetailAsync(FederationDbContext db, ICadreRecommendations cadre, Guid agreementId, DateOnly today, CancellationToken ct) =>
        await DetailAsync(db, cadre, db.Set<Agreement>().AsNoTracking(), agreementId, today, ct);

    /// <summary>One agreement the coop reads; any other is not found.</summary>
    public static async Task<AgreementDetail> CoopDetailAsync(FederationDbContext db, ICadreRecommendations cadre, Guid coopId, Guid agreementId, DateOnly today, CancellationToken ct) =>
        await DetailAsync(db, cadre, await AgreementVisibility.VisibleToAsync(db, coopId, ct), agreementId, today, ct);

    private static async Task<AgreementDetail> DetailAsync(FederationDbContext db, ICadreRecommendations cadre, IQueryable<Agreement> scope, Guid agreementId, DateOnly today, CancellationToken ct)
    {
        var a = await scope.Include(x => x.Partners).Include(x => x.Coops).Include(x => x.Documents).AsSplitQuery().FirstOrDefaultAsync(x => x.Id == agreementId, ct)
            ?? throw new DomainException(PlatformErrors.NotFound);
        var partnerIds = a.Partners.Select(p => p.PartnerId).ToList();
        var partners = await db.Set<Partner>().AsNoTracking().Include(p => p.Contacts).Where(p => partnerIds.Contains(p.Id)).OrderBy(p => p.Name).ToListAsync(ct);
        var coopIds = a.Coops.Select(c => c.CoopId).ToList();
        var coops = await db.Coops.AsNoTracking().Where(c => coopIds.Contains(c.Id)).OrderBy(c => c.Name).Select(c => new NamedDto(c.Id, c.Name)).ToListAsync(ct);
        var objectives = await db.Set<Objective>().AsNoTracking().Include(o => o.Indicators).Where(o => o.AgreementId == a.Id).OrderBy(o => o.CreatedAt).ToListAsync(ct);
        var plans = await db.Set<ActionPlan>().AsNoTracking().Include(p => p.Actions).ThenInclude(x => x.Notes).AsSplitQuery()
            .Where(p => p.AgreementId == a.Id).OrderBy(p => p.StartsOn).ThenBy(p => p.CreatedAt).ToListAsync(ct);
        var events = await db.Set<ConsultationEvent>().AsNoTracking().Include(e => e.Participants).Include(e => e.Outcomes).AsSplitQuery()
            .Where(e => e.AgreementId == a.Id).OrderByDescending(e => e.HeldOn).ToListAsync(ct);
        var names = await ParticipantNamesAsync(db, events, ct);
        var recommendations = events.SelectMany(e => e.Outcomes).Any(o => o.RecommendationCode is not null)
            ? (await cadre.PublishedAsync(ct)).ToDictionary(r => r.Code, StringComparer.Ordinal)
            : [];
        var english = string.Equals(System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, "en", StringComparison.Ordinal);

        return new AgreementDetail(a.Id, a.Title, a.RegionCode, a.Status.ToString(), a.StartsOn, a.EndsOn, a.Version,
            partners.Select(ToDto).ToList(), coops,
            a.Documents.OrderBy(d => d.AddedAt).Select(d => new DocumentDto(d.Id, d.FileName, d.ContentType, d.Length, d.AddedAt)).ToList(),
            objectives.Select(o => new ObjectiveDto(o.Id, o.Title, o.Indicators.OrderBy(i => i.Name, StringComparer.CurrentCulture)
                .Select(i => new IndicatorDto(i.Id, i.Name, i.Unit, i.Baseline, i.Target, i.Current, i.MeasuredOn)).ToList())).ToList(),
            plans.Select(p => new PlanDto(p.Id, p.Title, p.StartsOn, p.Actions.OrderBy(x => x.DueOn).ThenBy(x => x.Id)
                .Select(x => new ActionDto(x.Id, x.Title, x.OwnerSide.ToString(), x.OwnerName, x.OwnerContactId, x.DueOn, x.Status.ToString(), x.IsOpen && x.DueOn < today,
                    x.Notes.OrderByDescending(n => n.WrittenAt).Select(n => new NoteDto(n.Id, n.WrittenAt, n.Author, n.Text)).ToList(), x.Version)).ToList())).ToList(),
            events.Select(e => new ConsultationDto(e.Id, e.HeldOn, e.Title, e.Minutes, RichText.ToHtml(e.Minutes),
                e.Participants.Select(p => names.GetValueOrDefault(p.ContactId ?? p.PartnerId ?? p.CoopId ?? Guid.Empty, "?")).ToList(),
                e.Outcomes.Select(o => new OutcomeDto(o.Id, o.Text, o.RecommendationCode,
                    o.RecommendationCode is { } code && recommendations.TryGetValue(code, out var r) ? (english ? r.TitleEn : r.TitleFr) : null)).ToList())).ToList());
    }

    private static async Task<Dictionary<Guid, string>> ParticipantNamesAsync(FederationDbContext db, List<ConsultationEvent> events, CancellationToken ct)
    {
        var all = events.SelectMany(e => e.Participants).ToList();
        var partnerIds = all.Where(p => p.PartnerId is not null).Select(p => p.PartnerId!.Value).Distinct().ToList();
        var contactIds = all.Where(p => p.ContactId is not null).Select(p => p.ContactId!.Value).Distinct().ToList();
        var coopIds = all.Where(p => p.CoopId is not null).Select(p => p.CoopId!.Value).Distinct().ToList();
        var names = await db.Set<Partner>().AsNoTracking().Where(p => partnerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var contacts = await (from c in db.Set<PartnerContact>().AsNoTracking()
                              join p in db.Set<Partner>() on c.PartnerId equals p.Id
                              where contactIds.Contains(c.Id)
                              select new { c.Id, Name = c.Name + " (" + p.Name + ")" }).ToListAsync(ct);
        foreach (var c in contacts) names[c.Id] = c.Name;
        foreach (var c in await db.Coops.AsNoTracking().Where(c => coopIds.Contains(c.Id)).Select(c => new { c.Id, c.Name }).ToListAsync(ct)) names[c.Id] = c.Name;
        return names;
    }

    /// <summary>A document of an agreement the coop reads; anything else is not found.</summary>
    public static async Task<AgreementDocument> CoopDocumentAsync(FederationDbContext db, Guid coopId, Guid agreementId, Guid documentId, CancellationToken ct)
    {
        var visible = await AgreementVisibility.VisibleToAsync(db, coopId, ct);
        return await db.Set<AgreementDocument>().AsNoTracking()
            .FirstOrDefaultAsync(d => d.Id == documentId && d.AgreementId == agreementId && visible.Any(a => a.Id == agreementId), ct)
            ?? throw new DomainException(PlatformErrors.NotFound);
    }

    public static async Task<AgreementDocument> DocumentAsync(FederationDbContext db, Guid agreementId, Guid documentId, CancellationToken ct) =>
        await db.Set<AgreementDocument>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId && d.AgreementId == agreementId, ct)
        ?? throw new DomainException(PlatformErrors.NotFound);
}
