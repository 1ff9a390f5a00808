using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Telemedicine.Data;
using CoopSante.Telemedicine.Model;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Integration.Tests.Federation;

/// <summary>Puts a coop in (or once in) the telemedicine program, as the Telemedicine module records it.</summary>
internal static class TelemedicineParticipationData
{
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(-5));

    public static async Task ParticipatesAsync(AppFixture app, Guid coopId, DateOnly? startsOn = null, DateOnly? endsOn = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TelemedicineDbContext>();
        db.ParticipatingCoops.Add(new ParticipatingCoop { Id = Guid.CreateVersion7(), CoopId = coopId, StartsOn = startsOn ?? new DateOnly(2020, 1, 1), EndsOn = endsOn });
        await db.SaveChangesAsync();
    }
}
