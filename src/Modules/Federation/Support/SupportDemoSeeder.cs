using System.Globalization;
using CoopSante.Federation.Data;
using CoopSante.Platform.Data;
using CoopSante.Platform.Demo;
using CoopSante.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Federation.Support;

/// <summary>
/// Support and consulting in the demo (fictitious): a fair-cost schedule, and requests of several coops in every state — open
/// (one overdue), assigned, waiting for the coop, quoted, accepted with time logged, invoiced, closed with a rating.
/// Runs after the demo accounts: Hélène Gagnon and Marc-André Roy are the advisers.
/// </summary>
internal sealed class SupportDemoSeeder : IDemoSeeder
{
    public int Order => 115;

    private sealed record Seed(Guid Coop, SupportCategory Category, SupportStatus Status, int DaysAgo, string Subject, string Description, string? Reply = null,
        decimal QuoteHours = 0, decimal[]? Time = null, string? Resolution = null, int? Rating = null, string? Comment = null);

    private static readonly Seed[] Requests =
    [
        new(DemoIds.IciSante, SupportCategory.InformationTechnology, SupportStatus.Open, 0, "Imprimante des reçus hors service",
            "Depuis la mise à jour de ce matin, l'imprimante de l'accueil n'imprime plus les reçus de cotisation. Avez-vous un correctif?"),
        new(DemoIds.Montreal, SupportCategory.Compliance, SupportStatus.Open, 6, "Registre des incidents de confidentialité",
            "Quel modèle de registre des incidents de confidentialité recommandez-vous pour respecter la Loi 25?"),
        new(DemoIds.LeRocher, SupportCategory.HumanResources, SupportStatus.Assigned, 2, "Affichage d'un poste d'infirmière",
            "Nous voulons afficher un poste d'infirmière clinicienne à temps partiel. Avez-vous un gabarit d'offre d'emploi?",
            "Bonjour, je vous envoie notre gabarit d'ici demain avec les échelles salariales de référence."),
        new(DemoIds.SaintHubert, SupportCategory.Legal, SupportStatus.WaitingForCoop, 4, "Modification des règlements de régie interne",
            "Le conseil veut modifier l'article sur les parts de qualification des membres de soutien. Quelles étapes suivre?",
            "Pouvez-vous nous transmettre la version actuelle de vos règlements et le procès-verbal de la dernière AGA?"),
        new(DemoIds.Contrecoeur, SupportCategory.Consulting, SupportStatus.Quoted, 3, "Plan stratégique 2027-2030",
            "Nous souhaitons être accompagnés pour bâtir notre plan stratégique avec le conseil d'administration (trois rencontres).",
            "Voici notre soumission : préparation, animation de trois rencontres et rédaction du plan.", QuoteHours: 18m),
        new(DemoIds.Montreal, SupportCategory.Consulting, SupportStatus.Accepted, 12, "Diagnostic de la gouvernance",
            "Le conseil souhaite un diagnostic de sa gouvernance avant l'AGA.",
            "Soumission transmise : entrevues avec les administrateurs et rapport.", QuoteHours: 10m, Time: [2.5m, 3m]),
        new(DemoIds.ValMorin, SupportCategory.Consulting, SupportStatus.Invoiced, 30, "Révision de la grille tarifaire des services non assurés",
            "Nous voulons revoir nos tarifs de services non assurés et la cotisation annuelle.",
            "Soumission : analyse des coûts et recommandations au conseil.", QuoteHours: 8m, Time: [3m, 2.75m, 2m]),
        new(DemoIds.Contrecoeur, SupportCategory.Governance, SupportStatus.Closed, 40, "Préparation de l'assemblée générale annuelle",
            "Pouvez-vous valider notre avis de convocation et l'ordre du jour de l'AGA?",
            "L'avis est conforme. Ajoutez le point « Élection des administrateurs » avant « Varia ».",
            Resolution: "Avis de convocation validé et ordre du jour corrigé.", Rating: 5, Comment: "Réponse rapide et claire, merci!"),
        new(DemoIds.LeRocher, SupportCategory.TechnicalSupport, SupportStatus.Closed, 25, "Accès au portail des membres",
            "Des membres ne reçoivent pas le courriel d'activation du portail.",
            "Le domaine de votre courriel d'envoi n'était pas vérifié; c'est corrigé.", Resolution: "Domaine d'envoi vérifié.", Rating: 4),
    ];

    private static readonly (SupportCategory Category, decimal Rate)[] Schedule =
    [
        (SupportCategory.Consulting, 95m), (SupportCategory.Governance, 85m), (SupportCategory.Legal, 120m), (SupportCategory.HumanResources, 80m),
        (SupportCategory.InformationTechnology, 75m), (SupportCategory.Compliance, 90m), (SupportCategory.TechnicalSupport, 70m),
    ];

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<FederationDbContext>();
        if (await db.SupportRequests.IgnoreQueryFilters().AnyAsync(ct) || await db.FairCostRates.AnyAsync(ct)) return;
        var clock = services.GetRequiredService<TimeProvider>();
        var now = clock.GetUtcNow();
        var today = clock.Today();
        var known = (await db.Coops.AsNoTracking().Select(c => c.Id).ToListAsync(ct)).ToHashSet();
        var users = await services.GetRequiredService<PlatformDbContext>().Users.AsNoTracking()
            .Where(u => u.Email == "federation@demo.coopsante.ca" || u.Email == "audit@demo.coopsante.ca" || u.Email == "gestion@contrecoeur.demo.coopsante.ca")
            .ToDictionaryAsync(u => u.Email!, u => (u.Id, u.DisplayName), ct);
        var (adviserId, adviserName) = users.GetValueOrDefault("federation@demo.coopsante.ca", (Guid.Empty, "Hélène Gagnon"));

        db.FairCostRates.AddRange(Schedule.SelectMany(s => new[]
        {
            new FairCostRate { Id = Guid.CreateVersion7(), Category = s.Category, HourlyRate = s.Rate - 5m, EffectiveFrom = new DateOnly(today.Year - 1, 1, 1), CreatedAt = now, CreatedByName = adviserName },
            new FairCostRate { Id = Guid.CreateVersion7(), Category = s.Category, HourlyRate = s.Rate, EffectiveFrom = new DateOnly(today.Year, 1, 1), CreatedAt = now, CreatedByName = adviserName },
        }));
        db.SupportTargets.Add(new SupportTarget { Category = SupportCategory.InformationTechnology, FirstResponseHours = 4, ResolutionDays = 5, UpdatedAt = now, Version = 1 });

        var number = 0;
        var invoices = 0;
        foreach (var s in Requests.Where(r => known.Contains(r.Coop)))
        {
            var opened = now.AddDays(-s.DaysAgo).AddHours(-2);
            var target = SupportTarget.Default(s.Category);
            var r = new SupportRequest
            {
                Id = Guid.CreateVersion7(), CoopId = s.Coop, Reference = string.Create(CultureInfo.InvariantCulture, $"DS-{now.Year}-{++number:0000}"),
                Category = s.Category, Subject = s.Subject, Description = s.Description, Status = s.Status, OpenedAt = opened, OpenedByName = "Geneviève Bouchard",
                FirstResponseDue = BusinessTime.AddBusinessHours(opened, target.FirstResponseHours), ResolutionDue = BusinessTime.AddBusinessDays(opened, target.ResolutionDays),
                UpdatedAt = now, Version = 1,
            };
            if (s.Status != SupportStatus.Open)
            {
                (r.AdviserId, r.AdviserName, r.AssignedAt) = (adviserId == Guid.Empty ? null : adviserId, adviserName, opened.AddHours(1));
            }
            if (s.Reply is not null)
            {
                r.FirstResponseAt = opened.AddHours(3);
                r.Messages.Add(new SupportMessage { Id = Guid.CreateVersion7(), RequestId = r.Id, CoopId = r.CoopId, FromFederation = true, AuthorId = r.AdviserId,
                    AuthorName = adviserName, Body = s.Reply, PostedAt = opened.AddHours(3) });
            }
            if (s.QuoteHours > 0)
            {
                var rate = Schedule.First(x => x.Category == SupportCategory.Consulting).Rate;
                var quote = new SupportQuote
                {
                    Id = Guid.CreateVersion7(), RequestId = r.Id, CoopId = r.CoopId, Description = s.Reply ?? s.Subject, Hours = s.QuoteHours, HourlyRate = rate,
                    Amount = s.QuoteHours * rate, State = s.Status == SupportStatus.Quoted ? QuoteState.Proposed : QuoteState.Accepted,
                    ProposedAt = opened.AddHours(3), ProposedByName = adviserName,
                };
                if (quote.State == QuoteState.Accepted) (quote.DecidedAt, quote.DecidedByName) = (opened.AddDays(1), "Direction générale");
                r.Quotes.Add(quote);
                var day = 0;
                foreach (var hours in s.Time ?? [])
                    r.TimeEntries.Add(new SupportTimeEntry { Id = Guid.CreateVersion7(), RequestId = r.Id, CoopId = r.CoopId, QuoteId = quote.Id,
                        WorkedOn = DateOnly.FromDateTime(opened.AddDays(2 + 2 * day++).Date), Hours = hours, Note = day == 1 ? "Entrevues et collecte de données" : "Analyse et rédaction",
                        AdviserName = adviserName, LoggedAt = opened.AddDays(2 + 2 * day) });
                if (s.Status == SupportStatus.Invoiced)
                {
                    var total = r.TimeEntries.Sum(t => t.Hours);
                    db.SupportInvoices.Add(new SupportInvoice { Id = Guid.CreateVersion7(), RequestId = r.Id, CoopId = r.CoopId,
                        Number = string.Create(CultureInfo.InvariantCulture, $"FQCS-{today.Year}-{++invoices:0000}"), IssuedOn = today.AddDays(-2),
                        Hours = total, HourlyRate = rate, Amount = total * rate, IssuedAt = now.AddDays(-2), IssuedByName = adviserName });
                }
            }
            if (s.Status == SupportStatus.Closed)
            {
                (r.Resolution, r.ClosedAt, r.ClosedByName) = (s.Resolution, opened.AddDays(2), adviserName);
                (r.Rating, r.RatingComment, r.RatedAt) = (s.Rating, s.Comment, s.Rating is null ? null : opened.AddDays(3));
            }
            db.SupportRequests.Add(r);
        }
        await db.SaveChangesAsync(ct);
    }
}
