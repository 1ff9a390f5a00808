using CoopSante.Membership.Common;
using CoopSante.Membership.Data;
using CoopSante.Platform.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Membership.Meetings;

/// <summary>Demo: Contrecoeur's coming AGM, convened, so that the door can be tried at once.</summary>
internal sealed class MeetingsDemoSeeder : IDemoSeeder
{
    public int Order => 210;

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<MembershipDbContext>();
        var clock = services.GetRequiredService<TimeProvider>();
        var coop = DemoIds.Contrecoeur;
        if (await db.Set<Meeting>().IgnoreQueryFilters().AnyAsync(m => m.CoopId == coop, ct)) return;
        var today = clock.Today();
        var meeting = new Meeting
        {
            Id = Guid.CreateVersion7(), CoopId = coop, Kind = MeetingKind.Annual, Status = MeetingStatus.Convened, Date = today.AddDays(21), StartTime = new TimeOnly(19, 0),
            Place = "Salle communautaire, 4901 rue Legendre, Contrecœur", FiscalYear = today.Year - 1, ConvenedAt = clock.GetUtcNow(), CreatedAt = clock.GetUtcNow(),
        };
        string[] agenda =
        [
            "Ouverture de l'assemblée et vérification du quorum", "Adoption de l'ordre du jour", "Adoption du procès-verbal de la dernière assemblée",
            "Rapport annuel et états financiers", "Nomination de l'auditeur", "Élection des administrateurs", "Levée de l'assemblée",
        ];
        meeting.Agenda = agenda.Select((title, i) => new MeetingAgendaItem { Id = Guid.CreateVersion7(), CoopId = coop, MeetingId = meeting.Id, Position = i + 1, Title = title }).ToList();
        db.Add(meeting);
        await db.SaveChangesAsync(ct);
    }
}
