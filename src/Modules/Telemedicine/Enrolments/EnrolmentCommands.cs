using CoopSante.Membership.Contracts;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Encryption;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Files;
using CoopSante.Telemedicine.Model;
using CoopSante.Telemedicine.ProgramSettings;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Telemedicine.Enrolments;

/// <summary>Enrolling a household, cancelling, changing who is covered: one feature for staff, the portal and the API.</summary>
internal static class EnrolmentCommands
{
    public static readonly FileUse PadAgreementFile = new("telemedicine-pad-agreement", 2 * FileUse.MiB, new HashSet<string>(StringComparer.Ordinal) { FileTypes.Pdf });

    /// <summary>The member's household as the wizard shows it: who may be covered on <paramref name="start"/>, and whether the member may enrol.</summary>
    public static async Task<HouseholdPreview> PreviewAsync(EnrolmentServices s, Guid coopId, Guid memberId, DateOnly? start, CancellationToken ct)
    {
        var on = start ?? s.Clock.Today();
        var standing = await s.Standings.StandingAsync(coopId, memberId, ct) ?? throw new DomainException(TelemedicineErrors.NotAMember);
        var household = await s.Households.HouseholdAsync(coopId, memberId, on, ct) ?? throw new DomainException(TelemedicineErrors.NotAMember);
        var program = await ProgramSettingsCommands.ProgramAsync(s.Db, ct);
        var prices = await s.Db.Prices.AsNoTracking().ToListAsync(ct);
        var participates = await TelemedicineParticipation.ParticipatesAsync(s.Db, coopId, on, ct);
        var enrolled = await OpenEnrolmentAsync(s, coopId, memberId, on, ct) is not null;
        return new HouseholdPreview(memberId, standing.MemberNumber, standing.IsActive, standing.InGoodStanding, participates, enrolled, on,
            ProgramRules.PriceOn(prices, on), program.ChildAgeLimit, household.Email, household.PreferredLanguage, program.ConsentTextVersion,
            household.People.Select(p => new HouseholdPreviewPerson(p.PersonId, p.FamilyName, p.GivenName, p.DateOfBirth, p.Relationship, p.SameAddress,
                FamilyRule.IsCoveredFamily(program, p.Relationship, p.DateOfBirth, p.SameAddress, on))).ToList());
    }

    public static async Task<Enrolment> EnrolAsync(EnrolmentServices s, Guid coopId, EnrolRequest r, EnrolmentChannel channel, CancellationToken ct)
    {
        var today = s.Clock.Today();
        var failures = new List<Failure>();
        if (r.MemberId is null || r.MemberId == Guid.Empty) failures.Add(PlatformErrors.Required.At("memberId"));
        if (r.CoverageStart is not { } start) failures.Add(PlatformErrors.Required.At("coverageStart"));
        else if (!CoverageDates.StartIsAllowed(start, today)) failures.Add(TelemedicineErrors.CoverageStartInvalid.At("coverageStart"));
        if (r.PersonIds is null || r.PersonIds.Count == 0) failures.Add(PlatformErrors.Required.At("personIds"));
        else if (r.PersonIds.Count > 30) failures.Add(PlatformErrors.InvalidValue.At("personIds"));
        var email = r.Email?.Trim() ?? "";
        if (email.Length > 254) failures.Add(PlatformErrors.TooLong.At("email", 254));
        else if (email.Length > 0 && !System.Net.Mail.MailAddress.TryCreate(email, out _)) failures.Add(PlatformErrors.InvalidEmail.At("email"));
        if (r.Language is not null and not "fr" and not "en") failures.Add(PlatformErrors.InvalidValue.At("language"));
        if (!r.Consent) failures.Add(TelemedicineErrors.ConsentRequired.At("consent"));
        if (r.ConsentChannel is { } cc && !Enum.IsDefined(cc)) failures.Add(PlatformErrors.InvalidValue.At("consentChannel"));
        if (r.PaymentMethod is not { } method || !Enum.IsDefined(method)) failures.Add(PlatformErrors.Required.At("paymentMethod"));
        else if (method == PaymentMethod.Pad)
        {
            if (r.Pad is null) failures.Add(PlatformErrors.Required.At("pad"));
            else
            {
                var payor = r.Pad.PayorName?.Trim() ?? "";
                if (payor.Length == 0) failures.Add(PlatformErrors.Required.At("pad.payorName"));
                else if (payor.Length > 200) failures.Add(PlatformErrors.TooLong.At("pad.payorName", 200));
                else if (payor.Any(char.IsControl)) failures.Add(PlatformErrors.InvalidValue.At("pad.payorName"));
                failures.AddRange(BankNumbers.Validate(r.Pad.Institution, r.Pad.Transit, r.Pad.Account, "pad."));
                if (!r.Pad.Accepted) failures.Add(TelemedicineErrors.PadNotAccepted.At("pad.accepted"));
            }
        }
        DomainException.ThrowIfAny(failures);
        var on = r.CoverageStart!.Value;
        var memberId = r.MemberId!.Value;

        if (!await TelemedicineParticipation.ParticipatesAsync(s.Db, coopId, on, ct)) throw new DomainException(TelemedicineErrors.CoopNotParticipating);
        var standing = await s.Standings.StandingAsync(coopId, memberId, ct);
        if (standing is not { IsActive: true }) throw new DomainException(TelemedicineErrors.NotAMember.At("memberId"));
        if (!standing.InGoodStanding) throw new DomainException(TelemedicineErrors.NotInGoodStanding.At("memberId"));
        var household = await s.Households.HouseholdAsync(coopId, memberId, on, ct) ?? throw new DomainException(TelemedicineErrors.NotAMember.At("memberId"));
        var program = await ProgramSettingsCommands.ProgramAsync(s.Db, ct);
        var chosen = Choose(program, household, r.PersonIds!, on, "personIds");
        if (!chosen.Any(p => p.Relationship == HouseholdRelationship.Member)) throw new DomainException(TelemedicineErrors.MemberMustBeCovered.At("personIds"));
        if (await OpenEnrolmentAsync(s, coopId, memberId, on, ct) is not null) throw new DomainException(TelemedicineErrors.AlreadyEnrolled);

        var now = s.Clock.GetUtcNow();
        var member = chosen.First(p => p.Relationship == HouseholdRelationship.Member);
        var language = r.Language ?? household.PreferredLanguage;
        var enrolment = new Enrolment
        {
            Id = Guid.CreateVersion7(), CoopId = coopId, MemberId = memberId, MemberNumber = standing.MemberNumber,
            MemberName = $"{member.GivenName} {member.FamilyName}".Trim(), Status = EnrolmentStatus.Active, CoverageStart = on,
            PaymentMethod = r.PaymentMethod!.Value, Email = email.Length > 0 ? email : household.Email ?? "", Language = language,
            Channel = channel, EnrolledAt = now, EnrolledBy = s.User.UserId, UpdatedAt = now,
        };
        var previous = await s.Db.CoveredPeople.IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.CoopId == coopId && chosen.Select(p => p.PersonId).Contains(c.RegisterPersonId))
            .Select(c => new { c.RegisterPersonId, c.PersonId }).ToListAsync(ct);
        foreach (var p in chosen)
        {
            var person = new CoveredPerson
            {
                Id = Guid.CreateVersion7(), CoopId = coopId, EnrolmentId = enrolment.Id,
                PersonId = previous.FirstOrDefault(x => x.RegisterPersonId == p.PersonId)?.PersonId ?? Guid.CreateVersion7(),
                RegisterPersonId = p.PersonId, Relationship = p.Relationship, FamilyName = p.FamilyName, GivenName = p.GivenName,
                BirthDate = p.DateOfBirth ?? default, Email = p.Relationship == HouseholdRelationship.Member && enrolment.Email.Length > 0 ? enrolment.Email : null,
                Language = language, CoverageStart = on, CoverageEnd = ChildEnd(program, p), UpdatedAt = now,
            };
            enrolment.People.Add(person);
            s.Db.HouseholdChanges.Add(new HouseholdChange { Id = Guid.CreateVersion7(), CoopId = coopId, EnrolmentId = enrolment.Id, CoveredPersonId = person.Id,
                Kind = HouseholdChangeKind.Added, EffectiveOn = on, RecordedAt = now, RecordedBy = s.User.UserId });
        }
        s.Db.Enrolments.Add(enrolment);
        s.Db.RosterConsents.Add(new RosterConsent { Id = Guid.CreateVersion7(), CoopId = coopId, EnrolmentId = enrolment.Id, TextVersion = program.ConsentTextVersion,
            GivenAt = now, Channel = r.ConsentChannel ?? (channel == EnrolmentChannel.Portal ? ConsentChannel.Portal : ConsentChannel.InPerson), RecordedBy = s.User.UserId });
        var audits = new List<AuditEntry>
        {
            new(AuditEventType.TelemedicineEnrolled, "TelemedicineEnrolment", enrolment.Id.ToString(), coopId,
                new { standing.MemberNumber, on, People = chosen.Count, Method = enrolment.PaymentMethod.ToString(), Channel = channel.ToString(), program.ConsentTextVersion }),
        };
        if (enrolment.PaymentMethod == PaymentMethod.Pad)
        {
            var pad = NewPadAgreement(s, enrolment, r.Pad!, now);
            var price = ProgramRules.PriceOn(await s.Db.Prices.AsNoTracking().ToListAsync(ct), on);
            var pdf = await PadAgreementPdf.RenderAsync(s, enrolment, pad, price, ct);
            using var stream = new MemoryStream(pdf);
            pad.FileId = (await s.Files.SaveAsync(coopId, PadAgreementFile, $"accord-dpa-{enrolment.MemberNumber}.pdf", stream, ct)).Id;
            s.Db.PadAgreements.Add(pad);
            audits.Add(new(AuditEventType.TelemedicinePadAgreementAccepted, "TelemedicineEnrolment", enrolment.Id.ToString(), coopId,
                new { pad.InstitutionNumber, pad.AccountMasked, pad.FileId }));
        }
        try
        {
            await s.Db.SaveChangesAndAuditAsync(s.Audit, audits, ct);
        }
        catch (DbUpdateException)
        {
            // Two enrolments of the same household at once: the unique index let one win.
            if (await AnyActiveAsync(s, coopId, memberId, ct)) throw new DomainException(TelemedicineErrors.AlreadyEnrolled);
            throw;
        }
        return enrolment;
    }

    /// <summary>A child's coverage ends the day before they reach the age limit.</summary>
    internal static DateOnly? ChildEnd(TelemedicineProgram program, HouseholdPerson p) =>
        p.Relationship == HouseholdRelationship.Child && p.DateOfBirth is { } born ? FamilyRule.LastDayAsChild(program, born) : null;

    private static PadAgreement NewPadAgreement(EnrolmentServices s, Enrolment enrolment, PadRequest pad, DateTimeOffset now)
    {
        var account = BankNumbers.Digits(pad.Account)!;
        return new PadAgreement
        {
            Id = Guid.CreateVersion7(), CoopId = enrolment.CoopId, EnrolmentId = enrolment.Id, PayorName = pad.PayorName!.Trim(),
            InstitutionNumber = BankNumbers.Digits(pad.Institution)!, TransitNumber = BankNumbers.Digits(pad.Transit)!,
            AccountNumber = account, AccountMasked = Mask.LastDigits(account), AcceptedAt = now, AcceptedBy = s.User.UserId,
            AcceptedByName = s.User.DisplayName ?? pad.PayorName.Trim(), Language = enrolment.Language,
        };
    }

    /// <summary>The household people named by <paramref name="ids"/>, each checked against the family rule on <paramref name="on"/>.</summary>
    internal static List<HouseholdPerson> Choose(TelemedicineProgram program, MemberHousehold household, IReadOnlyList<Guid> ids, DateOnly on, string field)
    {
        var failures = new List<Failure>();
        var chosen = new List<HouseholdPerson>();
        for (var i = 0; i < ids.Count; i++)
        {
            var p = household.People.FirstOrDefault(x => x.PersonId == ids[i]);
            if (p is null) failures.Add(TelemedicineErrors.PersonNotInHousehold.At($"{field}[{i}]"));
            else if (!FamilyRule.IsCoveredFamily(program, p.Relationship, p.DateOfBirth, p.SameAddress, on))
                failures.Add(TelemedicineErrors.PersonNotEligible.At($"{field}[{i}]", program.ChildAgeLimit));
            else if (!chosen.Contains(p)) chosen.Add(p);
        }
        DomainException.ThrowIfAny(failures);
        return chosen;
    }

    /// <summary>The household's enrolment that is active, or cancelled but still covering on or after <paramref name="on"/>.</summary>
    private static Task<Enrolment?> OpenEnrolmentAsync(EnrolmentServices s, Guid coopId, Guid memberId, DateOnly on, CancellationToken ct) =>
        s.Db.Enrolments.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(e => e.CoopId == coopId && e.MemberId == memberId
            && (e.Status == EnrolmentStatus.Active || (e.Status == EnrolmentStatus.Cancelled && e.CoverageEnd >= on)), ct);

    private static Task<bool> AnyActiveAsync(EnrolmentServices s, Guid coopId, Guid memberId, CancellationToken ct)
    {
        s.Db.ChangeTracker.Clear();
        return s.Db.Enrolments.IgnoreQueryFilters().AnyAsync(e => e.CoopId == coopId && e.MemberId == memberId && e.Status == EnrolmentStatus.Active, ct);
    }

    /// <summary>Cancels: coverage ends at the end of the paid period (<paramref name="paidThrough"/>, Billing's), else of the current month.</summary>
    public static async Task<Enrolment> CancelAsync(EnrolmentServices s, Guid enrolmentId, CancelRequest r, DateOnly? paidThrough, CancellationToken ct)
    {
        var reason = r.Reason?.Trim();
        if (reason is { Length: > 500 }) throw new DomainException(PlatformErrors.TooLong.At("reason", 500));
        if (reason is not null && reason.Any(c => char.IsControl(c) && c != '\n' && c != '\r')) throw new DomainException(PlatformErrors.InvalidValue.At("reason"));
        var e = await s.Db.Enrolments.Include(x => x.People).FirstOrDefaultAsync(x => x.Id == enrolmentId, ct) ?? throw new DomainException(TelemedicineErrors.EnrolmentNotFound);
        if (e.Status != EnrolmentStatus.Active) throw new DomainException(TelemedicineErrors.EnrolmentNotActive);
        if (r.Version is { } v) s.Db.Entry(e).Property(x => x.Version).OriginalValue = v;
        var today = s.Clock.Today();
        var end = r.EndsOn ?? CoverageDates.CancellationEnd(e.CoverageStart, today, paidThrough);
        if (!CoverageDates.EndIsAllowed(e.CoverageStart, end, today)) throw new DomainException(TelemedicineErrors.CancellationDateInvalid.At("endsOn"));
        var now = s.Clock.GetUtcNow();
        e.Status = EnrolmentStatus.Cancelled;
        e.CoverageEnd = end;
        e.CancelledAt = now;
        e.CancelledBy = s.User.UserId;
        e.CancellationReason = string.IsNullOrEmpty(reason) ? null : reason;
        e.UpdatedAt = now;
        foreach (var p in e.People.Where(p => p.CoverageEnd is null || p.CoverageEnd > end))
        {
            p.CoverageEnd = end;
            p.UpdatedAt = now;
        }
        try
        {
            await s.Db.SaveChangesAndAuditAsync(s.Audit, new AuditEntry(AuditEventType.TelemedicineEnrolmentCancelled, "TelemedicineEnrolment", e.Id.ToString(), e.CoopId,
                new { e.MemberNumber, end, Reason = e.CancellationReason }), ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainException(PlatformErrors.StaleVersion);
        }
        return e;
    }
}
