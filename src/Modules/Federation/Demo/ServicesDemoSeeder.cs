using CoopSante.Federation.Bulletins;
using CoopSante.Federation.Data;
using CoopSante.Platform.Data;
using CoopSante.Platform.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Federation.Demo;

/// <summary>
/// The federation's services in the demo (fictitious content): bulletins to every coop, to regions and to chosen coops,
/// the first one already read at Contrecoeur. Runs after the demo accounts, whose people are the readers.
/// </summary>
internal sealed class ServicesDemoSeeder : IDemoSeeder
{
    public int Order => 110;

    private sealed record Seed(string TitleFr, string TitleEn, string BodyFr, string BodyEn, BulletinAudience Audience, string[] Regions, Guid[] Coops, int DaysAgo);

    private static readonly Seed[] Bulletins =
    [
        new("Assemblée générale annuelle de la FQCS : avis de convocation", "FQCS annual general meeting: notice",
            "L'assemblée générale annuelle de la Fédération aura lieu **le 12 juin** à Drummondville.\n\n- Inscription avant le 15 mai\n- Deux délégués par coop",
            "The Federation's annual general meeting will be held **on June 12** in Drummondville.\n\n- Register before May 15\n- Two delegates per coop",
            BulletinAudience.AllCoops, [], [], 20),
        new("Partenariats avec le réseau public : rencontres régionales", "Partnerships with the public network: regional meetings",
            "Des rencontres avec le CISSS et le CIUSSS de vos régions préparent les **plans d'action concertés** de l'année (exemple fictif).",
            "Meetings with your regions' CISSS and CIUSSS prepare this year's **concerted action plans** (fictitious example).",
            BulletinAudience.Regions, ["16", "04"], [], 9),
        new("Télémédecine : nouvelle grille tarifaire", "Telemedicine: new price schedule",
            "La grille de la télémédecine change le 1er janvier. Les détails sont dans le guide joint à la prochaine infolettre.",
            "The telemedicine price schedule changes on January 1. Details are in the guide with the next newsletter.",
            BulletinAudience.Coops, [], [DemoIds.Contrecoeur, DemoIds.IciSante, DemoIds.LeRocher], 3),
        new("Conformité : mise à jour du Cadre de référence", "Compliance: update of the Cadre de référence",
            "La Fédération consulte les coops sur la mise à jour du *Cadre de référence*. Répondez au questionnaire d'ici la fin du mois.",
            "The Federation is consulting coops on the update of the *Cadre de référence*. Answer the questionnaire by the end of the month.",
            BulletinAudience.AllCoops, [], [], 1),
    ];

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<FederationDbContext>();
        if (await db.Bulletins.AnyAsync(ct)) return;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var ids = new List<Guid>();
        foreach (var s in Bulletins)
        {
            var id = Guid.CreateVersion7();
            ids.Add(id);
            db.Bulletins.Add(new Bulletin
            {
                Id = id, TitleFr = s.TitleFr, TitleEn = s.TitleEn, BodyFr = s.BodyFr, BodyEn = s.BodyEn, Audience = s.Audience,
                PublishedAt = now.AddDays(-s.DaysAgo), PublishedByName = "Hélène Gagnon", Version = 1,
                Targets = [.. s.Regions.Select(r => new BulletinTarget { Id = Guid.CreateVersion7(), BulletinId = id, RegionCode = r }),
                           .. s.Coops.Select(c => new BulletinTarget { Id = Guid.CreateVersion7(), BulletinId = id, CoopId = c })],
            });
        }
        // Some read, some not: Contrecoeur's manager read the first two.
        var manager = await services.GetRequiredService<PlatformDbContext>().Users.AsNoTracking()
            .Where(u => u.Email == "gestion@contrecoeur.demo.coopsante.ca").Select(u => (Guid?)u.Id).FirstOrDefaultAsync(ct);
        if (manager is { } userId)
            db.BulletinReads.AddRange(ids.Take(2).Select((b, i) => new BulletinRead { BulletinId = b, CoopId = DemoIds.Contrecoeur, UserId = userId, ReadAt = now.AddDays(-Bulletins[i].DaysAgo + 1) }));
        await db.SaveChangesAsync(ct);
    }
}
