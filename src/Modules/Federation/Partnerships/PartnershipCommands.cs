using CoopSante.Compliance.Contracts;
using CoopSante.Federation.Coops;
using CoopSante.Federation.Data;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Files;
using Microsoft.EntityFrameworkCore;
using static CoopSante.Federation.Partnerships.PartnershipValidation;
using static CoopSante.Platform.Text.TextRules;

namespace CoopSante.Federation.Partnerships;

/// <summary>The federation's changes to partners, agreements, objectives, action plans and consultations: one method per action, called by the API and the screens.</summary>
internal static class PartnershipCommands
{
    /// <summary>Agreement documents: documents and images up to 10 MiB, the type read from the content.</summary>
    public static readonly FileUse DocumentUse = new("partnership-document", 10 * FileUse.MiB, FileTypes.DocumentsAndImages);

    private static AuditEntry Audit(AuditEventType type, string targetType, Guid id, object? details = null) => new(type, targetType, id.ToString(), null, details);

    public static async Task<Partner> CreatePartnerAsync(CoopWork w, PartnerInput input, CancellationToken ct)
    {
        var failures = new List<Failure>();
        var kind = Choice<PartnerKind>(failures, input.Kind, "kind", PartnershipErrors.PartnerKindUnknown);
        var name = RequiredLine(failures, input.Name, "name", Partner.NameMax);
        var region = Region(failures, input.Region, "region");
        Count(failures, input.Contacts, "contacts", Partner.ContactsMax);
        var partner = new Partner { Id = Guid.CreateVersion7(), Kind = kind, Name = name, RegionCode = region, CreatedAt = w.Clock.GetUtcNow(), Version = 1 };
        var contacts = input.Contacts ?? [];
        for (var i = 0; i < Math.Min(contacts.Count, Partner.ContactsMax); i++)
            partner.Contacts.Add(Contact(failures, contacts[i], partner.Id, $"contacts[{i}]."));
        DomainException.ThrowIfAny(failures);
        w.Db.Add(partner);
        await w.Db.SaveChangesAndAuditAsync(w.Audit, Audit(AuditEventType.PartnerCreated, nameof(Partner), partner.Id, new { partner.Kind, partner.RegionCode, Contacts = partner.Contacts.Count }), ct);
        return partner;
    }

    public static async Task<PartnerContact> AddContactAsync(CoopWork w, Guid partnerId, ContactInput input, CancellationToken ct)
    {
        var partner = await w.Db.Set<Partner>().Include(p => p.Contacts).FirstOrDefaultAsync(p => p.Id == partnerId, ct) ?? throw new DomainException(PlatformErrors.NotFound);
        var failures = new List<Failure>();
        if (partner.Contacts.Count >= Partner.ContactsMax) failures.Add(PartnershipErrors.TooMany.At("contacts", Partner.ContactsMax));
        var contact = Contact(failures, input, partner.Id, "");
        DomainException.ThrowIfAny(failures);
        w.Db.Add(contact);
        await w.Db.SaveChangesAndAuditAsync(w.Audit, Audit(AuditEventType.PartnerContactAdded, nameof(Partner), partner.Id, new { contact.Id }), ct);
        return contact;
    }

    private static PartnerContact Contact(List<Failure> failures, ContactInput? c, Guid partnerId, string prefix) => new()
    {
        Id = Guid.CreateVersion7(),
        PartnerId = partnerId,
        Name = RequiredLine(failures, c?.Name, prefix + "name", PartnerContact.NameMax),
        Role = Optional(failures, c?.Role, prefix + "role", PartnerContact.RoleMax),
        Email = Email(failures, c?.Email, prefix + "email"),
        Phone = Optional(failures, c?.Phone, prefix + "phone", PartnerContact.PhoneMax),
    };

    public static async Task<Agreement> CreateAgreementAsync(CoopWork w, AgreementInput input, CancellationToken ct)
    {
        var agreement = new Agreement { Id = Guid.CreateVersion7(), CreatedAt = w.Clock.GetUtcNow(), Version = 1 };
        await ApplyAsync(w.Db, agreement, input, ct);
        w.Db.Add(agreement);
        await w.Db.SaveChangesAndAuditAsync(w.Audit, Audit(AuditEventType.AgreementCreated, nameof(Agreement), agreement.Id,
            new { agreement.RegionCode, agreement.Status, Partners = agreement.Partners.Count, Coops = agreement.Coops.Count }), ct);
        return agreement;
    }

    public static async Task<Agreement> UpdateAgreementAsync(CoopWork w, Guid agreementId, AgreementInput input, CancellationToken ct)
    {
        if (input.Version is not { } version) throw new DomainException(PlatformErrors.Required.At("version"));
        var agreement = await w.Db.Set<Agreement>().Include(a => a.Partners).Include(a => a.Coops).AsSplitQuery().FirstOrDefaultAsync(a => a.Id == agreementId, ct)
            ?? throw new DomainException(PlatformErrors.NotFound);
        if (agreement.Version != version) throw new DomainException(PlatformErrors.StaleVersion.At("version"));
        w.Db.Entry(agreement).Property(a => a.Version).OriginalValue = version;
        var before = agreement.Status;
        await ApplyAsync(w.Db, agreement, input, ct);
        await w.Db.SaveChangesAndAuditAsync(w.Audit, Audit(AuditEventType.AgreementUpdated, nameof(Agreement), agreement.Id,
            new { From = before, To = agreement.Status, agreement.StartsOn, agreement.EndsOn }), ct);
        return agreement;
    }

    private static async Task ApplyAsync(FederationDbContext db, Agreement agreement, AgreementInput input, CancellationToken ct)
    {
        var failures = new List<Failure>();
        var title = RequiredLine(failures, input.Title, "title", Agreement.TitleMax);
        var region = Region(failures, input.Region, "region");
        var starts = Date(failures, input.StartsOn, "startsOn");
        if (input.StartsOn is not null && input.EndsOn is { } ends && ends < starts) failures.Add(PartnershipErrors.EndsBeforeStart.At("endsOn"));
        var status = Choice<AgreementStatus>(failures, input.Status, "status", PartnershipErrors.AgreementStatusUnknown, AgreementStatus.Draft);
        var partnerIds = (input.PartnerIds ?? []).Distinct().ToList();
        var coopIds = (input.CoopIds ?? []).Distinct().ToList();
        Count(failures, partnerIds, "partnerIds", 20);
        Count(failures, coopIds, "coopIds", 50);
        if (partnerIds.Count == 0) failures.Add(PartnershipErrors.AgreementNeedsPartner.At("partnerIds"));
        var knownPartners = (await db.Set<Partner>().AsNoTracking().Where(p => partnerIds.Contains(p.Id)).Select(p => p.Id).ToListAsync(ct)).ToHashSet();
        var knownCoops = (await db.Coops.AsNoTracking().Where(c => coopIds.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct)).ToHashSet();
        for (var i = 0; i < partnerIds.Count; i++)
            if (!knownPartners.Contains(partnerIds[i])) failures.Add(PartnershipErrors.PartnerUnknown.At($"partnerIds[{i}]"));
        for (var i = 0; i < coopIds.Count; i++)
            if (!knownCoops.Contains(coopIds[i])) failures.Add(ServicesErrors.CoopUnknown.At($"coopIds[{i}]"));
        DomainException.ThrowIfAny(failures);

        agreement.Title = title;
        agreement.RegionCode = region;
        agreement.StartsOn = starts;
        agreement.EndsOn = input.EndsOn;
        agreement.Status = status;
        agreement.Partners.RemoveAll(p => !partnerIds.Contains(p.PartnerId));
        agreement.Partners.AddRange(partnerIds.Where(id => agreement.Partners.All(p => p.PartnerId != id)).Select(id => new AgreementPartner { AgreementId = agreement.Id, PartnerId = id }));
        agreement.Coops.RemoveAll(c => !coopIds.Contains(c.CoopId));
        agreement.Coops.AddRange(coopIds.Where(id => agreement.Coops.All(c => c.CoopId != id)).Select(id => new AgreementCoop { AgreementId = agreement.Id, CoopId = id }));
    }

    public static async Task<AgreementDocument> AttachAsync(CoopWork w, IFileStore files, Guid agreementId, string fileName, Stream content, CancellationToken ct)
    {
        var agreement = await w.Db.Set<Agreement>().Include(a => a.Documents).FirstOrDefaultAsync(a => a.Id == agreementId, ct) ?? throw new DomainException(PlatformErrors.NotFound);
        if (agreement.Documents.Count >= Agreement.DocumentsMax) throw new DomainException(PartnershipErrors.TooMany.At("file", Agreement.DocumentsMax));
        // The store checks size and type on the content and writes nothing when it refuses.
        var stored = await files.SaveAsync(FileOwners.Federation, DocumentUse, fileName, content, ct);
        var document = new AgreementDocument
        {
            Id = Guid.CreateVersion7(), AgreementId = agreement.Id, FileId = stored.Id, FileName = stored.FileName, ContentType = stored.ContentType, Length = stored.Length,
            AddedAt = w.Clock.GetUtcNow(),
        };
        w.Db.Add(document);
        await w.Db.SaveChangesAndAuditAsync(w.Audit, Audit(AuditEventType.AgreementDocumentAdded, nameof(Agreement), agreement.Id, new { stored.Id, stored.ContentType, stored.Length }), ct);
        return document;
    }

    public static async Task<Objective> AddObjectiveAsync(CoopWork w, Guid agreementId, ObjectiveInput input, CancellationToken ct)
    {
        await ExistsAsync(w.Db, agreementId, ct);
        var failures = new List<Failure>();
        var objective = new Objective { Id = Guid.CreateVersion7(), AgreementId = agreementId, CreatedAt = w.Clock.GetUtcNow(), Title = RequiredLine(failures, input.Title, "title", Objective.TitleMax) };
        var indicators = input.Indicators ?? [];
        Count(failures, indicators, "indicators", Objective.IndicatorsMax);
        for (var i = 0; i < Math.Min(indicators.Count, Objective.IndicatorsMax); i++)
        {
            var x = indicators[i];
            var prefix = $"indicators[{i}].";
            objective.Indicators.Add(new Indicator
            {
                Id = Guid.CreateVersion7(), ObjectiveId = objective.Id,
                Name = RequiredLine(failures, x?.Name, prefix + "name", Indicator.NameMax),
                Unit = RequiredLine(failures, x?.Unit, prefix + "unit", Indicator.UnitMax),
                Baseline = Value(failures, x?.Baseline, prefix + "baseline"),
                Target = Value(failures, x?.Target, prefix + "target"),
            });
        }
        DomainException.ThrowIfAny(failures);
        w.Db.Add(objective);
        await w.Db.SaveChangesAndAuditAsync(w.Audit, Audit(AuditEventType.ObjectiveAdded, nameof(Agreement), agreementId, new { objective.Id, Indicators = objective.Indicators.Count }), ct);
        return objective;
    }

    public static async Task<Indicator> MeasureAsync(CoopWork w, Guid agreementId, Guid indicatorId, MeasureInput input, CancellationToken ct)
    {
        var indicator = await (from i in w.Db.Set<Indicator>()
                               join o in w.Db.Set<Objective>() on i.ObjectiveId equals o.Id
                               where i.Id == indicatorId && o.AgreementId == agreementId
                               select i).FirstOrDefaultAsync(ct) ?? throw new DomainException(PlatformErrors.NotFound);
        var failures = new List<Failure>();
        var current = Value(failures, input.Current, "current");
        var on = Date(failures, input.MeasuredOn, "measuredOn");
        DomainException.ThrowIfAny(failures);
        var before = indicator.Current;
        (indicator.Current, indicator.MeasuredOn) = (current, on);
        await w.Db.SaveChangesAndAuditAsync(w.Audit, Audit(AuditEventType.IndicatorMeasured, nameof(Agreement), agreementId, new { indicator.Id, From = before, To = current, On = on }), ct);
        return indicator;
    }

    public static async Task<ActionPlan> CreatePlanAsync(CoopWork w, Guid agreementId, PlanInput input, CancellationToken ct)
    {
        await ExistsAsync(w.Db, agreementId, ct);
        var failures = new List<Failure>();
        var plan = new ActionPlan
        {
            Id = Guid.CreateVersion7(), AgreementId = agreementId, CreatedAt = w.Clock.GetUtcNow(),
            Title = RequiredLine(failures, input.Title, "title", ActionPlan.TitleMax), StartsOn = Date(failures, input.StartsOn, "startsOn"),
        };
        DomainException.ThrowIfAny(failures);
        w.Db.Add(plan);
        await w.Db.SaveChangesAndAuditAsync(w.Audit, Audit(AuditEventType.ActionPlanCreated, nameof(Agreement), agreementId, new { plan.Id, plan.StartsOn }), ct);
        return plan;
    }

    public static async Task<PlanAction> AddActionAsync(CoopWork w, Guid agreementId, Guid planId, ActionInput input, CancellationToken ct)
    {
        var plan = await w.Db.Set<ActionPlan>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == planId && p.AgreementId == agreementId, ct) ?? throw new DomainException(PlatformErrors.NotFound);
        if (await w.Db.Set<PlanAction>().CountAsync(a => a.PlanId == planId, ct) >= ActionPlan.ActionsMax)
            throw new DomainException(PartnershipErrors.TooMany.At("title", ActionPlan.ActionsMax));
        var action = new PlanAction { Id = Guid.CreateVersion7(), PlanId = plan.Id, AgreementId = agreementId, Version = 1 };
        await ApplyAsync(w.Db, plan, action, input, ct);
        w.Db.Add(action);
        await w.Db.SaveChangesAndAuditAsync(w.Audit, Audit(AuditEventType.PlanActionAdded, nameof(Agreement), agreementId, new { action.Id, action.OwnerSide, action.DueOn, action.Status }), ct);
        return action;
    }

    public static async Task<PlanAction> UpdateActionAsync(CoopWork w, Guid agreementId, Guid actionId, ActionInput input, CancellationToken ct)
    {
        if (input.Version is not { } version) throw new DomainException(PlatformErrors.Required.At("version"));
        var action = await w.Db.Set<PlanAction>().FirstOrDefaultAsync(a => a.Id == actionId && a.AgreementId == agreementId, ct) ?? throw new DomainException(PlatformErrors.NotFound);
        if (action.Version != version) throw new DomainException(PlatformErrors.StaleVersion.At("version"));
        w.Db.Entry(action).Property(a => a.Version).OriginalValue = version;
        var plan = await w.Db.Set<ActionPlan>().AsNoTracking().FirstAsync(p => p.Id == action.PlanId, ct);
        var before = action.Status;
        await ApplyAsync(w.Db, plan, action, input, ct);
        await w.Db.SaveChangesAndAuditAsync(w.Audit, Audit(AuditEventType.PlanActionUpdated, nameof(Agreement), agreementId, new { action.Id, From = before, To = action.Status, action.DueOn }), ct);
        return action;
    }

    private static async Task ApplyAsync(FederationDbContext db, ActionPlan plan, PlanAction action, ActionInput input, CancellationToken ct)
    {
        var failures = new List<Failure>();
        var title = RequiredLine(failures, input.Title, "title", PlanAction.TitleMax);
        var side = Choice<ActionOwnerSide>(failures, input.OwnerSide, "ownerSide", PartnershipErrors.ActionOwnerSideUnknown);
        var status = Choice<ActionStatus>(failures, input.Status, "status", PartnershipErrors.ActionStatusUnknown, ActionStatus.Planned);
        var due = Date(failures, input.DueOn, "dueOn");
        if (input.DueOn is not null && due < plan.StartsOn) failures.Add(PartnershipErrors.ActionDueBeforePlanStarts.At("dueOn", plan.StartsOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        string owner = "";
        Guid? contactId = null;
        if (side == ActionOwnerSide.Partner && input.OwnerSide is not null && failures.All(f => f.Field != "ownerSide"))
        {
            // Only a contact of a partner that is a party to the agreement can own an action on the partner's side.
            var contact = input.OwnerContactId is not { } id ? null : await (
                from c in db.Set<PartnerContact>().AsNoTracking()
                join p in db.Set<AgreementPartner>() on c.PartnerId equals p.PartnerId
                where c.Id == id && p.AgreementId == plan.AgreementId
                select c).FirstOrDefaultAsync(ct);
            if (contact is null) failures.Add(input.OwnerContactId is null ? PlatformErrors.Required.At("ownerContactId") : PartnershipErrors.ContactUnknown.At("ownerContactId"));
            else (owner, contactId) = (contact.Name, contact.Id);
        }
        else owner = RequiredLine(failures, input.OwnerName, "ownerName", PlanAction.OwnerNameMax);
        DomainException.ThrowIfAny(failures);
        action.Title = title;
        action.OwnerSide = side;
        action.OwnerName = owner;
        action.OwnerContactId = contactId;
        action.DueOn = due;
        action.Status = status;
    }

    public static async Task<ActionNote> AddNoteAsync(CoopWork w, Guid agreementId, Guid actionId, NoteInput input, CancellationToken ct)
    {
        var action = await w.Db.Set<PlanAction>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == actionId && a.AgreementId == agreementId, ct) ?? throw new DomainException(PlatformErrors.NotFound);
        var failures = new List<Failure>();
        var text = Required(failures, input.Text, "text", ActionNote.TextMax);
        if (await w.Db.Set<ActionNote>().CountAsync(n => n.ActionId == actionId, ct) >= PlanAction.NotesMax) failures.Add(PartnershipErrors.TooMany.At("text", PlanAction.NotesMax));
        DomainException.ThrowIfAny(failures);
        var note = new ActionNote { Id = Guid.CreateVersion7(), ActionId = action.Id, WrittenAt = w.Clock.GetUtcNow(), Author = w.User.DisplayName ?? "—", Text = text };
        w.Db.Add(note);
        await w.Db.SaveChangesAndAuditAsync(w.Audit, Audit(AuditEventType.ActionNoteAdded, nameof(Agreement), agreementId, new { ActionId = action.Id, note.Id }), ct);
        return note;
    }

    public static async Task<ConsultationEvent> RecordConsultationAsync(CoopWork w, ICadreRecommendations cadre, Guid agreementId, ConsultationInput input, CancellationToken ct)
    {
        await ExistsAsync(w.Db, agreementId, ct);
        var failures = new List<Failure>();
        var e = new ConsultationEvent
        {
            Id = Guid.CreateVersion7(), AgreementId = agreementId, CreatedAt = w.Clock.GetUtcNow(),
            HeldOn = Date(failures, input.HeldOn, "heldOn"),
            Title = RequiredLine(failures, input.Title, "title", ConsultationEvent.TitleMax),
            Minutes = Required(failures, input.Minutes, "minutes", ConsultationEvent.MinutesMax),
        };
        var partnerIds = (input.PartnerIds ?? []).Distinct().ToList();
        var contactIds = (input.ContactIds ?? []).Distinct().ToList();
        var coopIds = (input.CoopIds ?? []).Distinct().ToList();
        var outcomes = input.Outcomes ?? [];
        Count(failures, partnerIds.Concat(contactIds).Concat(coopIds).ToList(), "participants", ConsultationEvent.ParticipantsMax);
        Count(failures, outcomes, "outcomes", ConsultationEvent.OutcomesMax);
        if (failures.Any(f => f.Error == PartnershipErrors.TooMany)) throw new DomainException(failures);

        var partners = (await w.Db.Set<Partner>().AsNoTracking().Where(p => partnerIds.Contains(p.Id)).Select(p => p.Id).ToListAsync(ct)).ToHashSet();
        var contacts = await w.Db.Set<PartnerContact>().AsNoTracking().Where(c => contactIds.Contains(c.Id)).Select(c => new { c.Id, c.PartnerId }).ToListAsync(ct);
        var coops = (await w.Db.Coops.AsNoTracking().Where(c => coopIds.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct)).ToHashSet();
        for (var i = 0; i < partnerIds.Count; i++)
            if (partners.Contains(partnerIds[i])) e.Participants.Add(new ConsultationParticipant { Id = Guid.CreateVersion7(), EventId = e.Id, PartnerId = partnerIds[i] });
            else failures.Add(PartnershipErrors.PartnerUnknown.At($"partnerIds[{i}]"));
        for (var i = 0; i < contactIds.Count; i++)
            if (contacts.FirstOrDefault(c => c.Id == contactIds[i]) is { } c) e.Participants.Add(new ConsultationParticipant { Id = Guid.CreateVersion7(), EventId = e.Id, PartnerId = c.PartnerId, ContactId = c.Id });
            else failures.Add(PartnershipErrors.ContactUnknown.At($"contactIds[{i}]"));
        for (var i = 0; i < coopIds.Count; i++)
            if (coops.Contains(coopIds[i])) e.Participants.Add(new ConsultationParticipant { Id = Guid.CreateVersion7(), EventId = e.Id, CoopId = coopIds[i] });
            else failures.Add(ServicesErrors.CoopUnknown.At($"coopIds[{i}]"));
        for (var i = 0; i < outcomes.Count; i++)
        {
            var text = Required(failures, outcomes[i]?.Text, $"outcomes[{i}].text", ConsultationOutcome.TextMax);
            string? code = null;
            if (!string.IsNullOrWhiteSpace(outcomes[i]?.RecommendationCode))
            {
                code = (await cadre.FindAsync(outcomes[i]!.RecommendationCode!, ct))?.Code;
                if (code is null) failures.Add(PartnershipErrors.RecommendationUnknown.At($"outcomes[{i}].recommendationCode"));
            }
            e.Outcomes.Add(new ConsultationOutcome { Id = Guid.CreateVersion7(), EventId = e.Id, Text = text, RecommendationCode = code });
        }
        DomainException.ThrowIfAny(failures);
        w.Db.Add(e);
        await w.Db.SaveChangesAndAuditAsync(w.Audit, Audit(AuditEventType.ConsultationRecorded, nameof(Agreement), agreementId,
            new { e.Id, e.HeldOn, Participants = e.Participants.Count, Outcomes = e.Outcomes.Count }), ct);
        return e;
    }

    private static async Task ExistsAsync(FederationDbContext db, Guid agreementId, CancellationToken ct)
    {
        if (!await db.Set<Agreement>().AnyAsync(a => a.Id == agreementId, ct)) throw new DomainException(PlatformErrors.NotFound);
    }
}
