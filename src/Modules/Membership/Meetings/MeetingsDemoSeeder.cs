using CoopSante.Membership.Common;
using CoopSante.Membership.Data;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Demo;
using CoopSante.Platform.Email;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Membership.Meetings;

/// <summary>
/// Demo: Contrecoeur's coming AGM, convened through the convocation code itself, so that the notices exist (the
/// e-mails in the outbox, the printed ones listed) and the door can be tried at once. After the portal's seeder, so that
/// the demo member's own address is among those convened.
/// </summary>
internal sealed class MeetingsDemoSeeder : IDemoSeeder
{
    public int Order => 260;

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<MembershipDbContext>();
        var clock = services.GetRequiredService<TimeProvider>();
        var coop = DemoIds.Contrecoeur;
        if (await db.Set<Meeting>().IgnoreQueryFilters().AnyAsync(m => m.CoopId == coop, ct)) return;
        string[] agenda =
        [
            "Ouverture de l'assemblée et vérification du quorum", "Adoption de l'ordre du jour", "Adoption du procès-verbal de la dernière assemblée",
            "Rapport annuel et états financiers", "Nomination de l'auditeur", "Élection des administrateurs", "Levée de l'assemblée",
        ];
        // The feature code reads the coop's rows through the tenant filter, as a request would.
        var user = services.GetRequiredService<CurrentUser>();
        var before = user.ActiveCoopId;
        user.ActIn(coop);
        // The register's seeder shares this context and turned automatic change detection off for its bulk insert.
        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        try
        {
            db.ChangeTracker.Clear();
            var audit = services.GetRequiredService<IAuditTrail>();
            var input = new MeetingInput(MeetingKind.Annual, clock.Today().AddDays(21), new TimeOnly(19, 0), "Salle communautaire, 4901 rue Legendre, Contrecœur", null, agenda);
            var meeting = (await MeetingsApi.Create(coop, input, db, audit, clock, ct)).Value!;
            await Convocation.Convene(meeting.Id, new VersionRequest(meeting.Version), db, audit, services.GetRequiredService<IEmailOutbox>(), clock, ct);
        }
        finally
        {
            user.ActIn(before);
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }
}
