using System.Globalization;
using CoopSante.Federation.Data;
using CoopSante.Federation.Resources;
using CoopSante.Platform.Data;
using CoopSante.Platform.Email;
using CoopSante.Platform.Jobs;
using CoopSante.Platform.Localization;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Federation.Bulletins;

/// <summary>
/// Each morning, every admin and staff member of a coop gets one e-mail listing the bulletins addressed to the coop that
/// they have neither read nor already received in a digest. The digest rows and the e-mails commit together, and the
/// (bulletin, person) key makes a second or concurrent run send nothing twice.
/// </summary>
internal sealed class BulletinDigestJob(FederationDbContext db, PlatformDbContext platform, IEmailOutbox outbox, TimeProvider clock) : IRecurringJob
{
    public const string Key = "federation.bulletin-digest";
    public const string Cron = "0 0 7 * * ?";
    public const string Kind = "bulletin-digest";

    public async Task<string?> RunAsync(CancellationToken ct)
    {
        var people = await platform.RoleGrants.AsNoTracking().Where(g => g.CoopId != null && (g.Role == Role.CoopAdmin || g.Role == Role.CoopStaff))
            .Join(platform.Users, g => g.UserId, u => u.Id, (g, u) => new Recipient(g.CoopId!.Value, u.Id, u.Email, u.PreferredCulture))
            .Distinct().ToListAsync(ct);
        var sent = 0;
        foreach (var coop in people.Where(p => !string.IsNullOrWhiteSpace(p.Email)).GroupBy(p => p.CoopId))
            sent += await DigestAsync(coop.Key, coop.DistinctBy(p => p.UserId).ToList(), ct);
        return sent.ToString(CultureInfo.InvariantCulture);
    }

    private sealed record Recipient(Guid CoopId, Guid UserId, string? Email, string PreferredCulture);

    private async Task<int> DigestAsync(Guid coopId, IReadOnlyList<Recipient> recipients, CancellationToken ct)
    {
        if (!await db.Coops.AnyAsync(c => c.Id == coopId, ct)) return 0;
        var addressed = await (await BulletinAddressing.AddressedToAsync(db, coopId, ct)).OrderBy(b => b.PublishedAt)
            .Select(b => new { b.Id, b.TitleFr, b.TitleEn }).ToListAsync(ct);
        if (addressed.Count == 0) return 0;
        var ids = addressed.Select(b => b.Id).ToList();
        var users = recipients.Select(r => r.UserId).ToList();
        var done = (await db.BulletinReads.IgnoreQueryFilters().Where(r => r.CoopId == coopId && ids.Contains(r.BulletinId) && users.Contains(r.UserId))
                .Select(r => new { r.BulletinId, r.UserId }).ToListAsync(ct))
            .Concat(await db.BulletinDigestEntries.Where(e => ids.Contains(e.BulletinId) && users.Contains(e.UserId)).Select(e => new { e.BulletinId, e.UserId }).ToListAsync(ct))
            .ToHashSet();

        var now = clock.GetUtcNow();
        var messages = new List<EmailMessage>();
        foreach (var person in recipients)
        {
            var pending = addressed.Where(b => !done.Contains(new { BulletinId = b.Id, person.UserId })).ToList();
            if (pending.Count == 0) continue;
            var culture = EmailTemplates.CultureOf(person.PreferredCulture);
            var english = string.Equals(culture.TwoLetterISOLanguageName, "en", StringComparison.Ordinal);
            var titles = string.Join('\n', pending.Select(b => "• " + (english ? b.TitleEn : b.TitleFr)));
            messages.Add(EmailTemplates.Render(typeof(ServicesText), "Email.BulletinDigest.", culture, pending.Count, titles, Formats.Date(now, culture))
                .To(person.Email!, Kind, coopId));
            db.BulletinDigestEntries.AddRange(pending.Select(b => new BulletinDigestEntry { BulletinId = b.Id, UserId = person.UserId, CoopId = coopId, SentAt = now }));
        }
        if (messages.Count == 0) return 0;
        return await outbox.EnqueueOnceAsync(db, messages, ct);
    }
}
