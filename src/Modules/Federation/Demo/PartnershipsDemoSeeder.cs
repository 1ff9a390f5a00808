using CoopSante.Federation.Data;
using CoopSante.Federation.Partnerships;
using CoopSante.Platform.Demo;
using CoopSante.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Federation.Demo;

/// <summary>
/// Two partnerships with the public network in the demo (fictitious content, real institutions' names): Contrecoeur with the
/// CISSS de la Montérégie-Est, and a regional agreement in Mauricie with the CIUSSS MCQ and the Ville de Shawinigan;
/// each with objectives, an action plan whose actions are in several states (one overdue) and a consultation (one outcome
/// names the example framework's GOV-02, seeded later by Compliance: outcomes keep the code, not a key).
/// </summary>
internal sealed class PartnershipsDemoSeeder : IDemoSeeder
{
    public int Order => 115;

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<FederationDbContext>();
        if (await db.Set<Partner>().AnyAsync(ct)) return;
        var clock = services.GetRequiredService<TimeProvider>();
        var now = clock.GetUtcNow();
        var today = clock.Today();

        var cisss = Partner(PartnerKind.HealthCentre, "CISSS de la Montérégie-Est", "16", now,
            ("Julie Tremblay", "Conseillère, Direction des services multidisciplinaires", "julie.tremblay@exemple.gouv.qc.ca", "450 555-0101"),
            ("Marc-André Côté", "Chef de l'accès aux services de première ligne", "marc-andre.cote@exemple.gouv.qc.ca", "450 555-0102"));
        var ciusss = Partner(PartnerKind.HealthCentre, "CIUSSS de la Mauricie-et-du-Centre-du-Québec", "04", now,
            ("Geneviève Lavoie", "Coordonnatrice, GMF et cliniques de proximité", "genevieve.lavoie@exemple.gouv.qc.ca", "819 555-0201"));
        var shawinigan = Partner(PartnerKind.Municipality, "Ville de Shawinigan", "04", now,
            ("Stéphane Gagnon", "Directeur du développement social", "stephane.gagnon@exemple.qc.ca", "819 555-0202"));
        db.AddRange(cisss, ciusss, shawinigan);

        var monteregie = Agreement("Entente de collaboration — accès à la première ligne à Contrecoeur", "16", today.AddMonths(-8), today.AddMonths(16), now, cisss.Id, DemoIds.Contrecoeur);
        var mauricie = Agreement("Entente régionale — santé de proximité en Mauricie", "04", today.AddMonths(-5), null, now, ciusss.Id, null);
        mauricie.Partners.Add(new AgreementPartner { AgreementId = mauricie.Id, PartnerId = shawinigan.Id });
        db.AddRange(monteregie, mauricie);

        db.Add(Objective(monteregie.Id, now, "Réduire le nombre de patients orphelins de Contrecoeur",
            ("Patients inscrits auprès d'un médecin de la coop", "patients", 4200, 5200, 4650, today.AddDays(-20)),
            ("Délai moyen pour un rendez-vous sans urgence", "jours", 21, 10, 15, today.AddDays(-20))));
        db.Add(Objective(mauricie.Id, now, "Rapprocher les soins infirmiers des quartiers de Shawinigan",
            ("Cliniques infirmières de proximité ouvertes", "cliniques", 0, 3, 1, today.AddDays(-10))));

        var plan1 = new ActionPlan { Id = Guid.CreateVersion7(), AgreementId = monteregie.Id, Title = "Plan d'action concerté 2026", StartsOn = today.AddMonths(-6), CreatedAt = now };
        plan1.Actions.AddRange(
        [
            Action(plan1, "Partager la liste d'attente du guichet d'accès (GAMF) avec la coop", ActionOwnerSide.Partner, cisss.Contacts[1], null, today.AddDays(-30), ActionStatus.Done,
                ("Julie Tremblay", "Liste transmise; mise à jour mensuelle convenue.", now.AddDays(-35))),
            Action(plan1, "Ouvrir deux plages de consultation sans rendez-vous le samedi", ActionOwnerSide.Coop, null, "Nathalie Bergeron (coop)", today.AddDays(20), ActionStatus.InProgress,
                ("Hélène Gagnon", "Une infirmière praticienne spécialisée recrutée; second quart à pourvoir.", now.AddDays(-6))),
            Action(plan1, "Rédiger l'entente de service pour les prélèvements", ActionOwnerSide.Federation, null, "Hélène Gagnon (FQCS)", today.AddDays(-5), ActionStatus.Planned),
        ]);
        var plan2 = new ActionPlan { Id = Guid.CreateVersion7(), AgreementId = mauricie.Id, Title = "Plan d'action — cliniques de proximité", StartsOn = today.AddMonths(-4), CreatedAt = now };
        plan2.Actions.AddRange(
        [
            Action(plan2, "Prêter un local municipal au centre communautaire du secteur Grand-Mère", ActionOwnerSide.Partner, shawinigan.Contacts[0], null, today.AddDays(-12), ActionStatus.Done),
            Action(plan2, "Affecter une infirmière clinicienne deux jours par semaine", ActionOwnerSide.Partner, ciusss.Contacts[0], null, today.AddDays(-3), ActionStatus.Blocked,
                ("Hélène Gagnon", "En attente de l'autorisation de la direction des soins infirmiers.", now.AddDays(-4))),
            Action(plan2, "Faire connaître la clinique aux membres de la coop du Rocher", ActionOwnerSide.Coop, null, "Équipe de la coop du Rocher", today.AddDays(45), ActionStatus.Planned),
        ]);
        db.AddRange(plan1, plan2);

        db.Add(Consultation(monteregie.Id, today.AddDays(-40), "Rencontre de suivi avec le CISSS de la Montérégie-Est", now,
            "## Points discutés\n\n- Accès aux rendez-vous sans urgence\n- Partage de la liste d'attente du **GAMF**\n\nProchaine rencontre dans trois mois.",
            [new ConsultationParticipant { PartnerId = cisss.Id, ContactId = cisss.Contacts[0].Id }, new ConsultationParticipant { CoopId = DemoIds.Contrecoeur }],
            [("La coop publiera ses plages sans rendez-vous sur son site.", null), ("Le CISSS transmettra la liste d'attente chaque mois.", null),
             ("L'entente sera présentée aux membres à la prochaine assemblée annuelle.", "GOV-02")]));
        db.Add(Consultation(mauricie.Id, today.AddDays(-15), "Consultation des acteurs municipaux et du CIUSSS", now,
            "Consultation sur l'emplacement des cliniques de proximité (exemple fictif).",
            [new ConsultationParticipant { PartnerId = ciusss.Id }, new ConsultationParticipant { PartnerId = shawinigan.Id, ContactId = shawinigan.Contacts[0].Id },
             new ConsultationParticipant { CoopId = DemoIds.LeRocher }],
            [("Un premier local est retenu dans le secteur Grand-Mère.", null)]));
        await db.SaveChangesAsync(ct);
    }

    private static Partner Partner(PartnerKind kind, string name, string region, DateTimeOffset now, params (string Name, string Role, string Email, string Phone)[] contacts)
    {
        var p = new Partner { Id = Guid.CreateVersion7(), Kind = kind, Name = name, RegionCode = region, CreatedAt = now, Version = 1 };
        p.Contacts.AddRange(contacts.Select(c => new PartnerContact { Id = Guid.CreateVersion7(), PartnerId = p.Id, Name = c.Name, Role = c.Role, Email = c.Email, Phone = c.Phone }));
        return p;
    }

    private static Agreement Agreement(string title, string region, DateOnly starts, DateOnly? ends, DateTimeOffset now, Guid partnerId, Guid? coopId)
    {
        var a = new Agreement { Id = Guid.CreateVersion7(), Title = title, RegionCode = region, StartsOn = starts, EndsOn = ends, Status = AgreementStatus.Active, CreatedAt = now, Version = 1 };
        a.Partners.Add(new AgreementPartner { AgreementId = a.Id, PartnerId = partnerId });
        if (coopId is { } c) a.Coops.Add(new AgreementCoop { AgreementId = a.Id, CoopId = c });
        return a;
    }

    private static Objective Objective(Guid agreementId, DateTimeOffset now, string title, params (string Name, string Unit, decimal Baseline, decimal Target, decimal Current, DateOnly On)[] indicators)
    {
        var o = new Objective { Id = Guid.CreateVersion7(), AgreementId = agreementId, Title = title, CreatedAt = now };
        o.Indicators.AddRange(indicators.Select(i => new Indicator
        {
            Id = Guid.CreateVersion7(), ObjectiveId = o.Id, Name = i.Name, Unit = i.Unit, Baseline = i.Baseline, Target = i.Target, Current = i.Current, MeasuredOn = i.On,
        }));
        return o;
    }

    private static PlanAction Action(ActionPlan plan, string title, ActionOwnerSide side, PartnerContact? contact, string? owner, DateOnly due, ActionStatus status,
        params (string Author, string Text, DateTimeOffset At)[] notes)
    {
        var a = new PlanAction
        {
            Id = Guid.CreateVersion7(), PlanId = plan.Id, AgreementId = plan.AgreementId, Title = title, OwnerSide = side, OwnerName = contact?.Name ?? owner!,
            OwnerContactId = contact?.Id, DueOn = due, Status = status, Version = 1,
        };
        a.Notes.AddRange(notes.Select(n => new ActionNote { Id = Guid.CreateVersion7(), ActionId = a.Id, Author = n.Author, Text = n.Text, WrittenAt = n.At }));
        return a;
    }

    private static ConsultationEvent Consultation(Guid agreementId, DateOnly heldOn, string title, DateTimeOffset now, string minutes,
        List<ConsultationParticipant> participants, (string Text, string? Code)[] outcomes)
    {
        var e = new ConsultationEvent { Id = Guid.CreateVersion7(), AgreementId = agreementId, HeldOn = heldOn, Title = title, Minutes = minutes, CreatedAt = now };
        foreach (var p in participants) (p.Id, p.EventId) = (Guid.CreateVersion7(), e.Id);
        e.Participants.AddRange(participants);
        e.Outcomes.AddRange(outcomes.Select(o => new ConsultationOutcome { Id = Guid.CreateVersion7(), EventId = e.Id, Text = o.Text, RecommendationCode = o.Code }));
        return e;
    }
}
