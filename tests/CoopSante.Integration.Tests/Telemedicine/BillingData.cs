using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Platform.Tenancy;
using CoopSante.Telemedicine.Data;
using CoopSante.Telemedicine.Model;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Integration.Tests.Telemedicine;

/// <summary>Builds what billing needs: a participating coop, a price, enrolled households with or without a PAD agreement.</summary>
internal sealed class BillingData(AppFixture app, Guid coopId)
{
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(-5));
    public static DateOnly CurrentPeriod => new(Today.Year, Today.Month, 1);
    public static string Period => CurrentPeriod.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    public async Task ProgramAsync(decimal price = 8.00m)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TelemedicineDbContext>();
        if (!db.Prices.Any())
        {
            db.Prices.Add(new ProgramPrice { Id = Guid.CreateVersion7(), EffectiveFrom = new DateOnly(2020, 1, 1), HouseholdMonthlyPrice = price, RecordedAt = DateTimeOffset.UtcNow });
            // A later price is not the one in force on the first of the period: never pro rata.
            db.Prices.Add(new ProgramPrice { Id = Guid.CreateVersion7(), EffectiveFrom = CurrentPeriod.AddDays(1), HouseholdMonthlyPrice = 99m, RecordedAt = DateTimeOffset.UtcNow });
        }
        db.ParticipatingCoops.Add(new ParticipatingCoop { Id = Guid.CreateVersion7(), CoopId = coopId, StartsOn = new DateOnly(2020, 1, 1) });
        await db.SaveChangesAsync();
    }

    public async Task<Guid> EnrolAsync(string name, PaymentMethod method = PaymentMethod.Pad, EnrolmentStatus status = EnrolmentStatus.Active, string language = "fr",
        string? email = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActIn(coopId);
        var db = scope.ServiceProvider.GetRequiredService<TelemedicineDbContext>();
        var now = DateTimeOffset.UtcNow;
        var e = new Enrolment
        {
            Id = Guid.CreateVersion7(), CoopId = coopId, MemberId = Guid.CreateVersion7(), MemberName = name, Status = status, CoverageStart = new DateOnly(2026, 1, 1),
            CoverageEnd = status == EnrolmentStatus.Active ? null : CurrentPeriod.AddDays(-1), PaymentMethod = method, Email = email ?? $"{Guid.NewGuid():N}@example.org",
            Language = language, Channel = EnrolmentChannel.Staff, EnrolledAt = now, UpdatedAt = now,
        };
        e.People.Add(new CoveredPerson
        {
            Id = Guid.CreateVersion7(), CoopId = coopId, PersonId = Guid.CreateVersion7(), FamilyName = name, GivenName = "Marie-Ève", BirthDate = new DateOnly(1980, 5, 1),
            CoverageStart = e.CoverageStart, UpdatedAt = now,
        });
        db.Enrolments.Add(e);
        if (method == PaymentMethod.Pad)
            db.PadAgreements.Add(new PadAgreement
            {
                Id = Guid.CreateVersion7(), CoopId = coopId, EnrolmentId = e.Id, PayorName = name + ", Marie-Ève", InstitutionNumber = "815", TransitNumber = "30123",
                AccountNumber = "1234567", AccountMasked = "••••567", AcceptedAt = now, AcceptedByName = name, Language = language,
            });
        await db.SaveChangesAsync();
        return e.Id;
    }

    public static object Profile => new
    {
        originatorId = "COOPTEST01", processingCentre = "00810", currency = "CAD", shortName = "Coop Santé", longName = "Coopérative de santé des Érables",
        returnInstitution = "815", returnTransit = "30123", returnAccount = "7654321", separator = "CrLf", fill = "Zeros", segmentsPerRecord = 6, debitDay = 15,
    };
}
