using CoopSante.Platform.Errors;
using CoopSante.Platform.Jobs;
using CoopSante.Platform.Tenancy;
using CoopSante.Telemedicine.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Telemedicine.Billing;

/// <summary>
/// Every morning: ends the coverage of enrolments whose grace period is over, and bills the current month of every coop with a
/// bank profile (idempotent: on the 1st it creates the run, later days find it, and a run that failed is completed the next day).
/// </summary>
internal sealed class BillingJob(IServiceScopeFactory scopes, TimeProvider clock) : IRecurringJob
{
    public const string Key = "telemedicine-billing";
    public const string Cron = "0 0 6 * * ?";

    public async Task<string?> RunAsync(CancellationToken ct)
    {
        List<Guid> coops;
        await using (var scope = scopes.CreateAsyncScope())
            coops = await scope.ServiceProvider.GetRequiredService<TelemedicineDbContext>().BankProfiles.IgnoreQueryFilters().Select(p => p.CoopId).ToListAsync(ct);
        var period = BillingRules.FormatPeriod(new DateOnly(clock.Today().Year, clock.Today().Month, 1));
        var lapsed = 0;
        var runs = 0;
        foreach (var coopId in coops)
        {
            await using var scope = scopes.CreateAsyncScope();
            var sp = scope.ServiceProvider;
            sp.GetRequiredService<CurrentUser>().ActIn(coopId);
            var db = sp.GetRequiredService<TelemedicineDbContext>();
            lapsed += await Dunning.LapseOverdueAsync(db, coopId, clock.Today(), clock.GetUtcNow(), ct);
            try
            {
                runs += (await BillingRuns.RunAsync(ActivatorUtilities.CreateInstance<BillingServices>(sp, db), coopId, period, ct)).Created ? 1 : 0;
            }
            catch (DomainException)
            {
                // A coop that no longer participates, or whose run is under way elsewhere: nothing to do for it today.
            }
        }
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{runs} / {lapsed}");
    }
}
