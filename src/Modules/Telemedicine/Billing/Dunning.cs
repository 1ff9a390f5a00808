using CoopSante.Telemedicine.Data;
using CoopSante.Telemedicine.Model;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Telemedicine.Billing;

/// <summary>
/// Failed payments: the first failed debit starts the grace period (coverage goes on), later returns never extend it, a payment
/// ends it, and once it is over unpaid the enrolment lapses: coverage ends on the grace period's last day and the roster says so.
/// </summary>
internal static class Dunning
{
    /// <summary>Ends the coverage of every enrolment of the coop whose grace period is over (two set-based updates).</summary>
    public static async Task<int> LapseOverdueAsync(TelemedicineDbContext db, Guid coopId, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        var overdue = db.Enrolments.Where(e => e.CoopId == coopId && e.DunningState == DunningState.InGrace && e.GraceEndsOn < today);
        await db.CoveredPeople.Where(p => p.CoverageEnd == null && overdue.Any(e => e.Id == p.EnrolmentId))
            .ExecuteUpdateAsync(u => u.SetProperty(p => p.CoverageEnd, p => overdue.Where(e => e.Id == p.EnrolmentId).Select(e => e.GraceEndsOn).First())
                .SetProperty(p => p.UpdatedAt, now).SetProperty(p => p.Version, p => p.Version + 1), ct);
        return await overdue.ExecuteUpdateAsync(u => u.SetProperty(e => e.Status, EnrolmentStatus.Lapsed).SetProperty(e => e.DunningState, DunningState.Lapsed)
            .SetProperty(e => e.CoverageEnd, e => e.GraceEndsOn).SetProperty(e => e.UpdatedAt, now).SetProperty(e => e.Version, e => e.Version + 1), ct);
    }

    /// <summary>A failed debit: the first one starts the grace period (true: tell the member), later ones leave it as it is.</summary>
    public static bool OnFailedDebit(Enrolment e, DateOnly failedOn, int graceDays)
    {
        if (e.DunningState != DunningState.None) return false;
        e.DunningState = DunningState.InGrace;
        e.GraceEndsOn = BillingRules.GraceAfterFailure(e.GraceEndsOn, failedOn, graceDays);
        return true;
    }

    /// <summary>A payment ends the dunning when no other invoice of the enrolment is left failed.</summary>
    public static void OnPayment(Enrolment e, bool otherFailedInvoices)
    {
        if (e.DunningState != DunningState.InGrace || otherFailedInvoices) return;
        e.DunningState = DunningState.None;
        e.GraceEndsOn = null;
    }
}
