using System.Globalization;
using CoopSante.Membership.Data;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Jobs;
using CoopSante.Platform.Time;
using Microsoft.Extensions.Options;

namespace CoopSante.Membership.Retention;

/// <summary>The nightly retention run, listed on /administration/taches; its summary is the counts, never a name.</summary>
internal sealed class RetentionJob(MembershipDbContext db, IAuditTrail audit, IOptions<RetentionOptions> options, TimeProvider clock) : IRecurringJob
{
    public const string Key = "membership.retention";

    /// <summary>Every night at 3:15, Québec time.</summary>
    public const string Cron = "0 15 3 * * ?";

    public async Task<string?> RunAsync(CancellationToken ct)
    {
        var r = await RegisterRetention.RunAsync(db, audit, options.Value, clock.Today(), ct);
        return string.Create(CultureInfo.InvariantCulture, $"{r.RefusedApplicants} / {r.FormerMembers}");
    }
}
