using System.Globalization;
using CoopSante.Membership.Data;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Jobs;
using CoopSante.Platform.Tenancy;
using CoopSante.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Membership.Contributions;

/// <summary>
/// Every night, in every coop whose by-laws set an annual contribution (ADR 0047): charges the current fiscal year to each
/// member concerned who has no charge for it yet. On the year's first night that opens the year; later nights charge only
/// those admitted since. A night that charges no one writes nothing. Its summary is "coops / members charged", never a name.
/// </summary>
internal sealed class ContributionYearJob(IServiceScopeFactory scopes, TimeProvider clock) : IRecurringJob
{
    public const string Key = "membership.contributions";

    /// <summary>Every night at 3:30, Québec time, after the retention run.</summary>
    public const string Cron = "0 30 3 * * ?";

    public async Task<string?> RunAsync(CancellationToken ct)
    {
        List<Guid> coops;
        await using (var scope = scopes.CreateAsyncScope())
            coops = await scope.ServiceProvider.GetRequiredService<MembershipDbContext>().Bylaws.IgnoreQueryFilters()
                .Where(b => b.AnnualContribution != null).Select(b => b.CoopId).Distinct().ToListAsync(ct);
        var (charged, members) = (0, 0);
        foreach (var coopId in coops)
        {
            await using var scope = scopes.CreateAsyncScope();
            var sp = scope.ServiceProvider;
            sp.GetRequiredService<CurrentUser>().ActIn(coopId);
            var db = sp.GetRequiredService<MembershipDbContext>();
            var today = clock.Today();
            var year = await ContributionsApi.CurrentYearAsync(db, today, ct);
            if (year.Amount is null) continue; // the by-laws in force for this year set none
            try
            {
                var opened = await ContributionsApi.OpenYearAsync(db, sp.GetRequiredService<IAuditTrail>(), sp.GetRequiredService<ICurrentUser>(), clock, coopId, year.FiscalYear, ct,
                    quietWhenNone: true);
                if (opened.Charged == 0) continue;
                charged++;
                members += opened.Charged;
            }
            catch (DomainException)
            {
                // A charge made by a payment at the same moment (409): the next night finds the rest.
            }
        }
        return string.Create(CultureInfo.InvariantCulture, $"{charged} / {members}");
    }
}
