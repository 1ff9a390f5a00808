using CoopSante.Platform.Demo;
using CoopSante.Platform.Tenancy;
using CoopSante.Telemedicine.Billing.Cpa005;
using CoopSante.Telemedicine.Data;
using CoopSante.Telemedicine.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Telemedicine.Billing;

/// <summary>
/// The demo's billing: a bank profile for every participating coop, last month billed with a few returned debits (households
/// in their grace period) and, in each coop, one household whose grace period is over (its coverage has ended).
/// </summary>
internal sealed class BillingDemoSeeder : IDemoSeeder
{
    public int Order => 310;

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<TelemedicineDbContext>();
        var user = services.GetRequiredService<CurrentUser>();
        var clock = services.GetRequiredService<TimeProvider>();
        var today = clock.Today();
        var now = clock.GetUtcNow();
        var period = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var coops = await db.ParticipatingCoops.AsNoTracking().Select(p => p.CoopId).Distinct().ToListAsync(ct);
        var n = 0;
        foreach (var coopId in coops)
        {
            user.ActIn(coopId);
            if (await db.BankProfiles.AnyAsync(p => p.CoopId == coopId, ct)) continue;
            n++;
            db.BankProfiles.Add(new CoopBankProfile
            {
                Id = Guid.CreateVersion7(), CoopId = coopId, OriginatorId = $"DEMO{n:000000}", ProcessingCentre = "00810", ShortName = "COOP SANTE",
                LongName = "COOPERATIVE DE SANTE", ReturnInstitution = "815", ReturnTransit = "30123", ReturnAccount = "1000" + n.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Separator = RecordSeparator.CrLf, Fill = ReservedFill.Zeros, UpdatedAt = now,
            });
            var enrolments = await db.Enrolments.Where(e => e.CoopId == coopId && e.Status == EnrolmentStatus.Active && e.CoverageStart < period)
                .OrderBy(e => e.Id).ToListAsync(ct);
            var run = new BillingRun
            {
                Id = Guid.CreateVersion7(), CoopId = coopId, Period = period, DebitDate = period.AddDays(14), UnitAmount = 8.00m, InvoiceCount = enrolments.Count,
                Total = 8.00m * enrolments.Count, CreatedAt = now.AddMonths(-1),
            };
            db.BillingRuns.Add(run);
            for (var i = 0; i < enrolments.Count; i++)
            {
                var e = enrolments[i];
                var pad = e.PaymentMethod == PaymentMethod.Pad;
                // Two returned debits per coop (one NSF, one account closed), and one household past its grace period.
                var failure = pad ? i switch { 1 => "901", 2 => "905", 3 => "901", _ => null } : null;
                db.Invoices.Add(new Invoice
                {
                    Id = Guid.CreateVersion7(), CoopId = coopId, RunId = run.Id, EnrolmentId = e.Id, MemberId = e.MemberId, Period = period,
                    Reference = BillingRules.Reference(period, i + 1), Amount = 8.00m, PaymentMethod = e.PaymentMethod, DueDate = run.DebitDate,
                    Status = failure is null ? InvoiceStatus.Paid : InvoiceStatus.Failed, DebitAttempts = pad ? 1 : 0, LastDebitRunId = pad ? run.Id : null,
                    FailureCode = failure, FailureIsHard = failure == "905", FailedAt = failure is null ? null : now.AddDays(-20), PaidAt = failure is null ? now.AddDays(-20) : null,
                    CreatedAt = run.CreatedAt,
                });
                if (failure is null) continue;
                e.DunningState = DunningState.InGrace;
                e.GraceEndsOn = today.AddDays(10);
                // Failed long ago, never paid: the grace period is over and coverage ends (below, once saved).
                if (i == 3) e.GraceEndsOn = today.AddDays(-5);
            }
            await db.SaveChangesAsync(ct);
            await Dunning.LapseOverdueAsync(db, coopId, today, now, ct);
        }
        user.ActIn(null);
    }
}
