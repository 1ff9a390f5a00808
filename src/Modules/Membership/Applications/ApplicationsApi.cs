using CoopSante.Membership.Common;
using CoopSante.Membership.Data;
using CoopSante.Membership.Model;
using CoopSante.Membership.Register;
using CoopSante.Platform;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Paging;
using CoopSante.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using CoopSante.Platform.Text;
using CoopSante.Federation.Contracts;

namespace CoopSante.Membership.Applications;

internal sealed record ApplicationRequest(MemberInput Identity, bool AcknowledgeDuplicates = false, bool EmailNotices = false, bool Newsletter = false, GuardianInput? Guardian = null)
{
    public ApplicationChoices Choices => new(EmailNotices, Newsletter, Guardian);
}

internal sealed record PublicApplicationRequest(MemberInput Identity, string? ConsentTextVersion = null, bool EmailNotices = false, bool Newsletter = false, GuardianInput? Guardian = null)
{
    public ApplicationChoices Choices => new(EmailNotices, Newsletter, Guardian);
}

internal sealed record LikelyDuplicate(Guid MemberId, int? MemberNumber, string FamilyName, string GivenName, MemberStatus Status, string Reason);

internal sealed record ApplicationCreated(Guid ApplicationId, Guid MemberId);

internal sealed record PendingApplication(Guid Id, Guid MemberId, string FamilyName, string GivenName, DateOnly? DateOfBirth, MemberCategory Category, ApplicationChannel Channel, DateTimeOffset SubmittedAt, ApplicationStatus Status);

/// <summary>What the public form shows: the coop, the version of its notice, and the qualifying shares of each category in use.</summary>
internal sealed record PublicFormInfo(Guid CoopId, string? CoopName, string ConsentTextVersion, IReadOnlyList<MemberCategory> Categories, IReadOnlyList<QualifyingSharesInfo> Shares);

internal sealed record QualifyingSharesInfo(MemberCategory Category, int Shares, decimal UnitValue, decimal Amount, int InstalmentMonths);

/// <summary>Applications for membership: entered by staff (after a look for likely duplicates) or by the person on the coop's public form.</summary>
internal static class ApplicationsApi
{
    /// <summary>
    /// The version of the notice shown with the application (PublicText key Law25.Register): since 2026-02 the register is
    /// kept because the Act requires it (s. 124), and only the optional uses are consents.
    /// </summary>
    public const string ConsentTextVersion = "2026-02";

    internal static void Map(RouteGroupBuilder coop, RouteGroupBuilder api)
    {
        var register = coop.MapGroup("").RequireAuthorization(MembershipPolicies.CanManageRegister);
        register.MapPost("/applications/duplicates", Duplicates).WithSummary("Likely duplicates of a person about to be entered: same name and date of birth, or same e-mail.");
        register.MapPost("/applications", Create).WithSummary("Enters an application; refused with Membership.LikelyDuplicate unless duplicates are acknowledged.");
        register.MapGet("/applications", List).WithSummary("Pages through applications (pending by default).");
        register.MapGet("/applications/review", ApplicationReview.Get)
            .WithSummary("Pages through pending applications with what the board checks before admitting: shares paid, likely duplicates (same name and date of birth, e-mail or phone), a guardian's consent.");

        var pub = api.MapGroup("/public/coops/{coopId:guid}").AllowAnonymous().RequireRateLimiting(RateLimits.PublicApi).ProducesPublicProblems();
        pub.MapGet("/application-form", FormInfo).WithSummary("What the public application form of a coop needs: the consent text version and categories in use.");
        pub.MapPost("/applications", CreatePublic).WithSummary("An application by the person themself, with their recorded consent.");
    }

    public static async Task<Ok<IReadOnlyList<LikelyDuplicate>>> Duplicates(Guid coopId, MemberInput identity, MembershipDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await FindDuplicatesAsync(db, coopId, identity, ct));

    /// <summary>Members of the coop with the same name and date of birth, or the same e-mail.</summary>
    public static async Task<IReadOnlyList<LikelyDuplicate>> FindDuplicatesAsync(MembershipDbContext db, Guid coopId, MemberInput identity, CancellationToken ct)
    {
        var email = string.IsNullOrWhiteSpace(identity.Email) ? null : identity.Email.Trim().ToLowerInvariant();
        var dob = identity.DateOfBirth;
        if (email is null && dob is null) return [];
        var family = SearchNormalizer.Normalize(identity.FamilyName);
        var given = SearchNormalizer.Normalize(identity.GivenName);
        var candidates = await CandidatesAsync(db, coopId, dob, family + " " + given, email, ct);
        var result = new List<LikelyDuplicate>();
        foreach (var m in candidates)
            if (DuplicateReason(m, family, given, dob, email) is { } reason)
                result.Add(new LikelyDuplicate(m.Id, m.MemberNumber, m.FamilyName, m.GivenName, m.Status, reason));
        return result;
    }

    /// <summary>
    /// Why <paramref name="m"/> is likely the person described (normalized names, date of birth, lower-case e-mail):
    /// "NameAndDateOfBirth", "Email", or null. The one rule for the application form and the board's review.
    /// </summary>
    internal static string? DuplicateReason(Member m, string family, string given, DateOnly? dob, string? email)
    {
        if (dob is not null && m.DateOfBirth == dob && SearchNormalizer.Normalize(m.FamilyName) == family && SearchNormalizer.Normalize(m.GivenName) == given)
            return "NameAndDateOfBirth";
        return email is not null && m.Email == email ? "Email" : null;
    }

    /// <summary>
    /// A superset of the likely duplicates, checked exactly by the caller. On PostgreSQL the coop-tagged search vector
    /// narrows to members whose words start with the name's (or the e-mail's) words, then the date of birth (or e-mail) is
    /// compared: no b-tree on either column to maintain on every imported row (ADR 0007). Elsewhere, a plain filter.
    /// </summary>
    private static async Task<List<Member>> CandidatesAsync(MembershipDbContext db, Guid coopId, DateOnly? dob, string name, string? email, CancellationToken ct)
    {
        IQueryable<Member> members;
        if (db.IsPostgres)
        {
            // A missing date of birth or e-mail, or no words, makes its side NULL: it matches nothing.
            var nameTerms = Words(name);
            var emailTerms = Words(email);
            members = db.Members.FromSql($"""
                SELECT * FROM membership.members WHERE coop_id = {coopId} AND (
                  (date_of_birth = {dob} AND search_vector @@ membership.member_search_query({coopId}, {nameTerms}))
                  OR (email = {email} AND search_vector @@ membership.member_search_query({coopId}, {emailTerms})))
                """);
        }
        else
        {
            members = db.Members.Where(m => m.CoopId == coopId && ((dob != null && m.DateOfBirth == dob) || (email != null && m.Email == email)));
        }
        return await members.IgnoreQueryFilters().AsNoTracking().OrderBy(m => m.Id).Take(200).ToListAsync(ct);

        static string[] Words(string? text) => SearchNormalizer.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    public static async Task<Created<ApplicationCreated>> Create(Guid coopId, ApplicationRequest request, MembershipDbContext db, IAuditTrail audit, TimeProvider clock, CancellationToken ct)
    {
        var created = await CreateAsync(db, audit, clock, coopId, request.Identity, request.Choices, ConsentTextVersion, ApplicationChannel.Staff, request.AcknowledgeDuplicates, ct);
        return TypedResults.Created($"/api/v1/coops/{coopId}/members/{created.MemberId}", created);
    }

    public static async Task<Ok<PublicFormInfo>> FormInfo(Guid coopId, MembershipDbContext db, ICoopRegistry registry, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await FormInfoAsync(db, registry, clock, coopId, ct) ?? throw new DomainException(PlatformErrors.NotFound));

    /// <summary>The public form of an active coop with by-laws in force; null otherwise (the form and the API then answer "not found").</summary>
    public static async Task<PublicFormInfo?> FormInfoAsync(MembershipDbContext db, ICoopRegistry registry, TimeProvider clock, Guid coopId, CancellationToken ct)
    {
        // A coop the registry lists as anything but active takes no applications; by-laws alone are enough where the
        // registry does not hold the coop (a register kept before its coop was registered).
        var coop = await registry.FindAsync(coopId, ct);
        if (coop is not null && !string.Equals(coop.Status, "Active", StringComparison.Ordinal)) return null;
        var bylaws = await db.Bylaws.IgnoreQueryFilters().Where(b => b.CoopId == coopId).InForceAsync(clock.Today(), ct);
        if (bylaws is null) return null;
        var terms = bylaws.Categories.OrderBy(c => c.Category).ToList();
        return new PublicFormInfo(coopId, coop?.Name, ConsentTextVersion, terms.Select(c => c.Category).ToList(),
            terms.Select(c => new QualifyingSharesInfo(c.Category, c.QualifyingShares, c.ShareUnitValue, c.QualifyingAmount, c.InstalmentMonths)).ToList());
    }

    public static async Task<Created<ApplicationCreated>> CreatePublic(Guid coopId, PublicApplicationRequest request, MembershipDbContext db, ICoopRegistry registry, IAuditTrail audit, TimeProvider clock, CancellationToken ct)
    {
        _ = await FormInfoAsync(db, registry, clock, coopId, ct) ?? throw new DomainException(PlatformErrors.NotFound);
        var created = await CreateAsync(db, audit, clock, coopId, request.Identity, request.Choices, ConsentTextVersion, ApplicationChannel.PublicForm, acknowledgeDuplicates: true, ct);
        // The applicant learns nothing of the register: not even whether they are already in it.
        return TypedResults.Created((string?)null, created);
    }

    public static async Task<ApplicationCreated> CreateAsync(MembershipDbContext db, IAuditTrail audit, TimeProvider clock, Guid coopId, MemberInput? identity,
        ApplicationChoices? choices, string consentTextVersion, ApplicationChannel channel, bool acknowledgeDuplicates, CancellationToken ct)
    {
        identity ??= new MemberInput();
        choices ??= new ApplicationChoices();
        var today = clock.Today();
        var bylawsSource = channel == ApplicationChannel.PublicForm ? db.Bylaws.IgnoreQueryFilters().Where(b => b.CoopId == coopId) : db.Bylaws;
        var bylaws = await bylawsSource.InForceAsync(today, ct);
        var failures = identity.Validate(today, bylaws?.Categories.Select(c => c.Category).ToList());
        // The register needs no consent (s. 124 requires it); a child under 14 applies with a parent's or tutor's.
        var guardianNeeded = identity.Kind == MemberKind.Person && identity.DateOfBirth is { } born && BirthDates.DateOfBirthIsPlausible(born, today) && GuardianRule.IsRequired(born, today);
        if (guardianNeeded) failures.AddRange(GuardianRule.Check(choices.Guardian));
        DomainException.ThrowIfAny(failures);
        if (!acknowledgeDuplicates && (await FindDuplicatesAsync(db, coopId, identity, ct)).Count > 0)
            throw new DomainException(MembershipErrors.LikelyDuplicate.At("identity"));

        var now = clock.GetUtcNow();
        var member = new Member { Id = Guid.CreateVersion7(), CoopId = coopId, Status = MemberStatus.Applicant, StatusSince = today, CreatedAt = now };
        identity.ApplyTo(member);
        var application = new MemberApplication
        {
            Id = Guid.CreateVersion7(), CoopId = coopId, MemberId = member.Id, Channel = channel, SubmittedAt = now,
            ConsentTextVersion = consentTextVersion, ConsentedAt = now,
        };
        if (guardianNeeded)
        {
            application.GuardianName = choices.Guardian!.Name!.Trim();
            application.GuardianRelationship = choices.Guardian.Relationship;
            application.GuardianConsentedAt = now;
        }
        db.Members.Add(member);
        db.Applications.Add(application);
        db.StatusChanges.Add(new MemberStatusChange { Id = Guid.CreateVersion7(), CoopId = coopId, MemberId = member.Id, To = MemberStatus.Applicant, EffectiveOn = today, RecordedAt = now });
        // Only the optional uses are consents, each withdrawable in the portal.
        foreach (var purpose in choices.ConsentPurposes())
            db.Consents.Add(new MemberConsent { Id = Guid.CreateVersion7(), CoopId = coopId, MemberId = member.Id, Purpose = purpose, TextVersion = consentTextVersion, Channel = channel, GivenAt = now });
        await db.SaveChangesAndAuditAsync(audit, new AuditEntry(AuditEventType.MemberApplicationReceived, "Member", member.Id.ToString(), coopId,
            new { ApplicationId = application.Id, Channel = channel.ToString(), ConsentTextVersion = consentTextVersion, Consents = choices.ConsentPurposes(), GuardianConsent = guardianNeeded }), ct);
        return new ApplicationCreated(application.Id, member.Id);
    }

    public static async Task<Ok<Page<PendingApplication>>> List(MembershipDbContext db, CancellationToken ct, ApplicationStatus? status = null, int? page = null, int? pageSize = null) =>
        TypedResults.Ok(await ListAsync(db, status ?? ApplicationStatus.Pending, PageRequest.From(page, pageSize), ct));

    public static Task<Page<PendingApplication>> ListAsync(MembershipDbContext db, ApplicationStatus status, PageRequest request, CancellationToken ct) =>
        db.Applications.AsNoTracking().Where(a => a.Status == status)
            .Join(db.Members, a => a.MemberId, m => m.Id, (a, m) => new { a, m })
            .OrderBy(x => x.a.SubmittedAt).ThenBy(x => x.a.Id)
            .Select(x => new PendingApplication(x.a.Id, x.m.Id, x.m.FamilyName, x.m.GivenName, x.m.DateOfBirth, x.m.Category, x.a.Channel, x.a.SubmittedAt, x.a.Status))
            .ToPageAsync(request, ct);
}
