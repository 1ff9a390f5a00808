using CoopSante.Membership.Contracts;
using CoopSante.Platform.Data;
using CoopSante.Platform.Demo;
using CoopSante.Platform.Encryption;
using CoopSante.Platform.Identity;
using CoopSante.Telemedicine.Data;
using CoopSante.Telemedicine.Enrolments;
using CoopSante.Telemedicine.Model;
using CoopSante.Telemedicine.ProgramSettings;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Telemedicine.Demo;

/// <summary>
/// The demo program: the provider, $8.00 a month, the six demo coops participating since early this year, enrolled households
/// of members that exist in the register (read through Membership's contracts; the demo member account is left for the portal
/// journey), and the provider's API key <see cref="ProviderKey"/>.
/// </summary>
internal sealed class TelemedicineDemoSeeder : IDemoSeeder
{
    /// <summary>The demo provider's key (listed in the README; demo mode only).</summary>
    public const string ProviderKey = "coopsante-demo-provider-key";

    public int Order => 300;

    private static readonly (Guid CoopId, int Households)[] Coops =
    [
        (DemoIds.Contrecoeur, 90), (DemoIds.LeRocher, 30), (DemoIds.SaintHubert, 35), (DemoIds.IciSante, 25), (DemoIds.Montreal, 40), (DemoIds.ValMorin, 20),
    ];

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<TelemedicineDbContext>();
        var clock = services.GetRequiredService<TimeProvider>();
        var today = clock.Today();
        var now = clock.GetUtcNow();
        await SeedKeyAsync(services, now, ct);
        if (await db.Programs.AnyAsync(ct)) return;

        var since = new DateOnly(today.Year, today.Month, 1).AddMonths(-11);
        db.Programs.Add(new TelemedicineProgram
        {
            Id = ProgramSettingsCommands.ProgramId, ProviderName = "Akira par TELUS Santé",
            ProviderDescription = "Clavardage, vidéo et messagerie 24/7 avec un médecin ou une infirmière praticienne (services non assurés).",
            ProviderContactName = "Service aux partenaires", ProviderContactEmail = "partenaires@fournisseur.demo.coopsante.ca", ProviderContactPhone = "1 800 555-0199", UpdatedAt = now,
        });
        db.Prices.Add(new ProgramPrice { Id = Guid.CreateVersion7(), EffectiveFrom = since, HouseholdMonthlyPrice = 8.00m, RecordedAt = now });
        db.ProviderFees.Add(new ProviderFee { Id = Guid.CreateVersion7(), EffectiveFrom = since, FeePerHousehold = 5.50m, RecordedAt = now });
        foreach (var (coop, _) in Coops) db.ParticipatingCoops.Add(new ParticipatingCoop { Id = Guid.CreateVersion7(), CoopId = coop, StartsOn = since });
        await db.SaveChangesAsync(ct);

        var standings = services.GetRequiredService<IMemberStandings>();
        var households = services.GetRequiredService<IMemberHouseholds>();
        var demoMember = await DemoMemberAsync(services, standings, ct);
        var program = await ProgramSettingsCommands.ProgramAsync(db, ct);
        var random = new Random(1900);
        foreach (var (coop, count) in Coops)
        {
            var members = await standings.InGoodStandingAsync(coop, count + 1, ct);
            foreach (var m in members.Where(m => m.MemberId != demoMember).Take(count))
            {
                var start = since.AddMonths(random.Next(0, 12));
                if (start > today) start = new DateOnly(today.Year, today.Month, 1);
                var household = await households.HouseholdAsync(coop, m.MemberId, today, ct);
                if (household is null) continue;
                Enrol(db, program, household, m, start, today, now, random);
            }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
    }

    private static void Enrol(TelemedicineDbContext db, TelemedicineProgram program, MemberHousehold household, MemberStanding m, DateOnly start, DateOnly today, DateTimeOffset now, Random random)
    {
        var people = household.People.Where(p => FamilyRule.IsCoveredFamily(program, p.Relationship, p.DateOfBirth, p.SameAddress, today)).ToList();
        var member = people.First(p => p.Relationship == HouseholdRelationship.Member);
        var pad = random.Next(100) < 80;
        var cancelled = random.Next(100) < 8 && start < today.AddDays(-40);
        var enrolledAt = new DateTimeOffset(start.AddDays(-random.Next(3, 20)).ToDateTime(new TimeOnly(15, 0)), TimeSpan.Zero);
        var e = new Enrolment
        {
            Id = Guid.CreateVersion7(), CoopId = m.CoopId, MemberId = m.MemberId, MemberNumber = m.MemberNumber, MemberName = $"{member.GivenName} {member.FamilyName}",
            Status = cancelled ? EnrolmentStatus.Cancelled : EnrolmentStatus.Active, CoverageStart = start,
            CoverageEnd = cancelled ? CoverageDates.EndOfMonth(start.AddMonths(random.Next(1, 4))) : null,
            PaymentMethod = pad ? PaymentMethod.Pad : PaymentMethod.Counter, Email = household.Email ?? "", Language = household.PreferredLanguage,
            Channel = random.Next(2) == 0 ? EnrolmentChannel.Staff : EnrolmentChannel.Portal, EnrolledAt = enrolledAt, UpdatedAt = enrolledAt,
        };
        if (e.CoverageEnd is { } end && end >= today) (e.Status, e.CoverageEnd) = (EnrolmentStatus.Active, null);
        if (e.Status == EnrolmentStatus.Cancelled) e.CancelledAt = enrolledAt.AddDays(30);
        db.Enrolments.Add(e);
        foreach (var p in people)
        {
            var person = new CoveredPerson
            {
                Id = Guid.CreateVersion7(), CoopId = e.CoopId, EnrolmentId = e.Id, PersonId = Guid.CreateVersion7(), RegisterPersonId = p.PersonId,
                Relationship = p.Relationship, FamilyName = p.FamilyName, GivenName = p.GivenName, BirthDate = p.DateOfBirth ?? new DateOnly(1980, 1, 1),
                Email = p.Relationship == HouseholdRelationship.Member && e.Email.Length > 0 ? e.Email : null, Language = e.Language,
                CoverageStart = start, CoverageEnd = e.CoverageEnd, UpdatedAt = e.CancelledAt ?? enrolledAt,
            };
            db.CoveredPeople.Add(person);
            db.HouseholdChanges.Add(new HouseholdChange { Id = Guid.CreateVersion7(), CoopId = e.CoopId, EnrolmentId = e.Id, CoveredPersonId = person.Id, Kind = HouseholdChangeKind.Added, EffectiveOn = start, RecordedAt = enrolledAt });
        }
        db.RosterConsents.Add(new RosterConsent { Id = Guid.CreateVersion7(), CoopId = e.CoopId, EnrolmentId = e.Id, TextVersion = program.ConsentTextVersion, GivenAt = enrolledAt,
            Channel = e.Channel == EnrolmentChannel.Portal ? ConsentChannel.Portal : ConsentChannel.InPerson });
        if (pad)
        {
            var account = random.NextInt64(10_000_000, 999_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
            db.PadAgreements.Add(new PadAgreement
            {
                Id = Guid.CreateVersion7(), CoopId = e.CoopId, EnrolmentId = e.Id, PayorName = e.MemberName, InstitutionNumber = "815",
                TransitNumber = random.Next(10_000, 99_999).ToString(System.Globalization.CultureInfo.InvariantCulture), AccountNumber = account,
                AccountMasked = Mask.LastDigits(account), AcceptedAt = enrolledAt, AcceptedByName = e.MemberName, Language = e.Language,
            });
        }
    }

    /// <summary>The member linked to the demo member account: left unenrolled, for the portal journey.</summary>
    private static async Task<Guid?> DemoMemberAsync(IServiceProvider services, IMemberStandings standings, CancellationToken ct)
    {
        var account = DemoIds.Accounts.First(a => a.Role == Platform.Tenancy.Role.Member);
        var user = await services.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(account.Email);
        return user is null || account.CoopId is not { } coop ? null : (await standings.FindByUserAsync(coop, user.Id, ct))?.MemberId;
    }

    private static async Task SeedKeyAsync(IServiceProvider services, DateTimeOffset now, CancellationToken ct)
    {
        var platform = services.GetRequiredService<PlatformDbContext>();
        var hash = Tokens.Hash(ProviderKey);
        if (await platform.ApiKeys.AnyAsync(k => k.KeyHash == hash, ct)) return;
        platform.ApiKeys.Add(new ApiKey
        {
            Id = Guid.CreateVersion7(), Name = "Fournisseur de télémédecine (démo)", CoopId = null, Prefix = ProviderKey[..11], KeyHash = hash,
            Scopes = TelemedicineScopes.Roster, CreatedAt = now, ExpiresAt = now.AddDays(730),
        });
        await platform.SaveChangesAsync(ct);
    }
}
