using System.Globalization;
using Bogus;
using CoopSante.Membership.Common;
using CoopSante.Membership.Contributions;
using CoopSante.Membership.Data;
using CoopSante.Membership.Model;
using CoopSante.Platform.Demo;
using CoopSante.Platform.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Membership.Demo;

/// <summary>
/// Fictitious registers for the demo coops: by-laws, members in every category and status, applications,
/// admissions, share histories and households. Deterministic (fixed seeds) and written in batches without
/// change detection, so that it runs in seconds at first start and in browser tests.
/// </summary>
internal sealed class MembershipDemoSeeder : IDemoSeeder
{
    public int Order => 200;

    /// <summary>The demo coops (the coop registry contract does not exist yet): Contrecoeur gets the large register.</summary>
    internal static readonly (Guid CoopId, int Members, string PostalPrefix, string City)[] Coops =
    [
        (DemoIds.Contrecoeur, 2_200, "J0L", "Contrecoeur"),
        (DemoIds.LeRocher, 300, "G0W", "Saint-Félicien"),
        (DemoIds.SaintHubert, 350, "J3Y", "Longueuil"),
        (DemoIds.IciSante, 250, "G1K", "Québec"),
        (DemoIds.Montreal, 400, "H2X", "Montréal"),
        (DemoIds.ValMorin, 200, "J9R", "Val-Morin"),
    ];

    private const string Letters = "ABCEGHJKLMNPRSTVWXYZ";
    private static readonly string[] AreaCodes = ["450", "514", "418", "819"];

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<MembershipDbContext>();
        var clock = services.GetRequiredService<TimeProvider>();
        var today = clock.Today();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var seed = 4200;
        foreach (var (coopId, count, prefix, city) in Coops)
        {
            seed++;
            if (await db.Bylaws.IgnoreQueryFilters().AnyAsync(b => b.CoopId == coopId, ct)) continue;
            await SeedCoopAsync(db, coopId, count, prefix, city, today, clock.GetUtcNow(), seed, ct);
            db.ChangeTracker.Clear();
        }
    }

    private static async Task SeedCoopAsync(MembershipDbContext db, Guid coopId, int count, string prefix, string city, DateOnly today, DateTimeOffset now, int seed, CancellationToken ct)
    {
        var faker = new Faker("fr_CA") { Random = new Randomizer(seed) };
        var r = faker.Random;
        var names = new Random(seed); // Québec names and streets (QuebecNames), not the generator's
        var bylaws = Bylaws(coopId, today.AddYears(-4), coopId == DemoIds.Contrecoeur ? 5 : 1, now);
        db.Bylaws.Add(bylaws);
        var terms = bylaws.Categories.ToDictionary(c => c.Category);

        var rows = new List<object>();
        var memberNumber = 0;
        var receipt = 0;
        var decisions = new Dictionary<(int, int), AdmissionDecision>();
        for (var i = 0; i < count; i++)
        {
            var category = r.WeightedRandom([MemberCategory.User, MemberCategory.Worker, MemberCategory.Supporting], [0.85f, 0.08f, 0.07f]);
            var organisation = category == MemberCategory.Supporting && r.Bool(0.3f);
            var status = r.WeightedRandom(
                [MemberStatus.Active, MemberStatus.Applicant, MemberStatus.Resigned, MemberStatus.Excluded, MemberStatus.Deceased, MemberStatus.Refused],
                [0.80f, 0.05f, 0.07f, 0.02f, 0.03f, 0.03f]);
            var family = organisation ? QuebecNames.Organisation(names, city) : QuebecNames.FamilyName(names);
            var given = organisation ? "" : QuebecNames.GivenName(names);
            var applied = today.AddDays(-r.Int(20, 4 * 365));
            var member = new Member
            {
                Id = Guid.CreateVersion7(), CoopId = coopId, Kind = organisation ? MemberKind.Organisation : MemberKind.Person, FamilyName = family, GivenName = given,
                DateOfBirth = organisation ? null : today.AddDays(-r.Int(18 * 365, 90 * 365)),
                Street = QuebecNames.StreetAddress(names), City = city, Province = "QC",
                PostalCode = $"{prefix} {r.Int(0, 9)}{r.ArrayElement(Letters.ToCharArray())}{r.Int(0, 9)}",
                Phone = $"{r.ArrayElement(AreaCodes)} 555-{r.Int(0, 9999):0000}",
                Email = r.Bool(0.8f) ? DemoEmail(given.Length == 0 ? "info" : given, family, i) : null,
                PreferredLanguage = r.Bool(0.12f) ? "en" : "fr", Category = category, Status = MemberStatus.Applicant, StatusSince = applied, CreatedAt = now,
            };
            rows.Add(member);
            rows.Add(new MemberStatusChange { Id = Guid.CreateVersion7(), CoopId = coopId, MemberId = member.Id, To = MemberStatus.Applicant, EffectiveOn = applied, RecordedAt = now });
            var channel = r.WeightedRandom([ApplicationChannel.Staff, ApplicationChannel.PublicForm, ApplicationChannel.Import], [0.5f, 0.3f, 0.2f]);
            var application = new MemberApplication { Id = Guid.CreateVersion7(), CoopId = coopId, MemberId = member.Id, Channel = channel, SubmittedAt = At(applied), ConsentTextVersion = "2026-01", ConsentedAt = At(applied) };
            rows.Add(application);
            rows.Add(new MemberConsent { Id = Guid.CreateVersion7(), CoopId = coopId, MemberId = member.Id, Purpose = MemberConsent.RegisterPurpose, TextVersion = "2026-01", Channel = channel, GivenAt = At(applied) });
            if (status == MemberStatus.Applicant)
            {
                // Pending applications are recent: they wait for the next board meeting.
                member.StatusSince = today.AddDays(-r.Int(1, 30));
                application.SubmittedAt = application.ConsentedAt = At(member.StatusSince);
                member.RefreshSearchText();
                continue;
            }
            var decidedOn = applied.AddDays(r.Int(7, 40));
            if (decidedOn > today) decidedOn = today;
            var key = (decidedOn.Year, decidedOn.Month);
            if (!decisions.TryGetValue(key, out var decision))
            {
                decision = new AdmissionDecision { Id = Guid.CreateVersion7(), CoopId = coopId, ResolutionNumber = string.Create(CultureInfo.InvariantCulture, $"CA-{decidedOn.Year}-{decidedOn.Month:00}"), DecidedOn = new DateOnly(decidedOn.Year, decidedOn.Month, 1), RecordedAt = now };
                decisions[key] = decision;
                rows.Add(decision);
            }
            application.DecisionId = decision.Id;
            rows.Add(new MemberStatusChange { Id = Guid.CreateVersion7(), CoopId = coopId, MemberId = member.Id, From = MemberStatus.Applicant, To = status == MemberStatus.Refused ? MemberStatus.Refused : MemberStatus.Active, EffectiveOn = decidedOn, ResolutionNumber = decision.ResolutionNumber, RecordedAt = now });
            member.StatusSince = decidedOn;
            if (status == MemberStatus.Refused)
            {
                application.Status = ApplicationStatus.Refused;
                application.RefusalReason = "Demande incomplète";
                decision.Refused++;
                member.Status = MemberStatus.Refused;
                member.RefreshSearchText();
                continue;
            }
            application.Status = ApplicationStatus.Admitted;
            decision.Admitted++;
            member.Status = MemberStatus.Active;
            member.MemberNumber = ++memberNumber;
            member.AdmittedOn = decidedOn;
            var t = terms[category];
            rows.Add(new ShareTransaction { Id = Guid.CreateVersion7(), CoopId = coopId, MemberId = member.Id, Kind = ShareTransactionKind.Subscription, OccurredOn = decidedOn, Shares = t.QualifyingShares, Amount = t.QualifyingAmount, ResolutionNumber = decision.ResolutionNumber, BylawsVersionId = bylaws.Id, RecordedAt = now });
            member.SharesSubscribed = t.QualifyingAmount;
            member.SharesHeld = t.QualifyingShares;
            // Most pay at once; some pay in instalments and still owe.
            var instalments = t.InstalmentMonths > 0 && r.Bool(0.5f) ? r.Int(1, 3) : 1;
            var paidInFull = r.Bool(0.9f);
            var perPayment = decimal.Round(t.QualifyingAmount / (paidInFull ? instalments : instalments + 1), 2);
            for (var p = 0; p < instalments; p++)
            {
                var amount = paidInFull && p == instalments - 1 ? t.QualifyingAmount - perPayment * (instalments - 1) : perPayment;
                var on = decidedOn.AddMonths(p);
                if (on > today) break;
                rows.Add(new ShareTransaction { Id = Guid.CreateVersion7(), CoopId = coopId, MemberId = member.Id, Kind = ShareTransactionKind.Payment, OccurredOn = on, Amount = amount, Method = r.Enum<PaymentMethod>(), ReceiptNumber = ++receipt, BylawsVersionId = bylaws.Id, RecordedAt = now });
                member.SharesPaid += amount;
            }
            if (!organisation && r.Bool(0.3f)) AddHousehold(rows, faker, names, member, today, now);
            if (status is MemberStatus.Resigned or MemberStatus.Excluded or MemberStatus.Deceased)
            {
                var left = decidedOn.AddDays(r.Int(30, 700));
                if (left > today) left = today;
                member.Status = status;
                member.StatusSince = left;
                rows.Add(new MemberStatusChange
                {
                    Id = Guid.CreateVersion7(), CoopId = coopId, MemberId = member.Id, From = MemberStatus.Active, To = status, EffectiveOn = left, RecordedAt = now,
                    Reason = status switch { MemberStatus.Resigned => "Déménagement", MemberStatus.Excluded => "Manquements répétés aux règlements", _ => "Décès" },
                    ResolutionNumber = status == MemberStatus.Excluded ? string.Create(CultureInfo.InvariantCulture, $"CA-{left.Year}-X{i}") : null,
                });
            }
            member.RefreshSearchText();
        }
        // Member numbers and receipts follow the dates, as if given one after the other.
        var n = 0;
        foreach (var m in rows.OfType<Member>().Where(m => m.MemberNumber is not null).OrderBy(m => m.AdmittedOn).ThenBy(m => m.Id))
        {
            m.MemberNumber = ++n;
            m.RefreshSearchText();
        }
        receipt += AddContributions(rows, bylaws, today, now, seed);
        n = 0;
        foreach (var number in ReceiptsInOrder(rows)) number(++n);
        db.Counters.Add(new MembershipCounter { CoopId = coopId, Name = MembershipCounter.MemberNumber, Value = memberNumber });
        db.Counters.Add(new MembershipCounter { CoopId = coopId, Name = MembershipCounter.Receipt, Value = receipt });

        // Parents before children, so that foreign keys hold batch by batch.
        var ordered = rows.OfType<Member>().Cast<object>().Concat(rows.OfType<AdmissionDecision>()).Concat(rows.Where(x => x is not Member and not AdmissionDecision)).ToList();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        foreach (var batch in ordered.Chunk(4_000))
        {
            db.AddRange(batch);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        await tx.CommitAsync(ct);
    }

    /// <summary>
    /// The current fiscal year's annual contribution (ADR 0047), charged to every member concerned: most have paid it (a
    /// receipt each), some in part, some not yet, so that the amounts owed show contributions beside shares. Its own random
    /// stream, so the rest of the register stays as it was. Returns the number of receipts issued.
    /// </summary>
    private static int AddContributions(List<object> rows, BylawsVersion bylaws, DateOnly today, DateTimeOffset now, int seed)
    {
        var r = new Random(seed + 47);
        var year = FiscalYear.Containing(today, bylaws);
        var concerned = ContributionsApi.Concerned(year).Compile();
        var amount = bylaws.AnnualContribution ?? 0m;
        var receipts = 0;
        if (amount <= 0) return 0;
        foreach (var member in rows.OfType<Member>().Where(concerned).ToList())
        {
            var charge = new ContributionCharge
            {
                Id = Guid.CreateVersion7(), CoopId = member.CoopId, MemberId = member.Id, FiscalYear = year.Year, YearStartsOn = year.StartsOn, YearEndsOn = year.EndsOn,
                Amount = amount, BylawsVersionId = bylaws.Id, CreatedAt = now,
            };
            rows.Add(charge);
            var roll = r.NextDouble();
            if (roll is >= 0.8 and < 0.82)
            {
                // A few the board exempted this year (ADR 0047 waivers): nothing owed, no receipt.
                charge.Waived = amount;
                rows.Add(new ContributionWaiver
                {
                    Id = Guid.CreateVersion7(), CoopId = member.CoopId, MemberId = member.Id, ChargeId = charge.Id, FiscalYear = year.Year, Amount = amount,
                    DecidedOn = year.StartsOn.AddDays(r.Next(0, today.DayNumber - year.StartsOn.DayNumber + 1)), RecordedAt = now,
                    Reason = WaiverReasons[r.Next(WaiverReasons.Length)],
                });
                continue;
            }
            var paid = roll < 0.7 ? amount : roll < 0.8 ? decimal.Round(amount / 2, 2) : 0m;
            if (paid == 0m) continue;
            charge.Paid = paid;
            receipts++;
            rows.Add(new ContributionPayment
            {
                Id = Guid.CreateVersion7(), CoopId = member.CoopId, MemberId = member.Id, ChargeId = charge.Id, FiscalYear = year.Year, Amount = paid,
                PaidOn = year.StartsOn.AddDays(r.Next(0, today.DayNumber - year.StartsOn.DayNumber + 1)), Method = (PaymentMethod)r.Next(1, 5), RecordedAt = now,
            });
        }
        return receipts;
    }

    private static readonly string[] WaiverReasons =
    [
        "Résolution du conseil : difficultés financières temporaires",
        "Résolution du conseil : bénévole au comité d'accueil toute l'année",
        "Résolution du conseil : membre proche aidant, exemption d'un an",
    ];

    /// <summary>One series of receipts per coop, shares and contributions alike, numbered by date.</summary>
    private static IEnumerable<Action<int>> ReceiptsInOrder(List<object> rows) =>
        rows.OfType<ShareTransaction>().Where(t => t.ReceiptNumber is not null).Select(t => (On: t.OccurredOn, t.Id, Set: (Action<int>)(v => t.ReceiptNumber = v)))
            .Concat(rows.OfType<ContributionPayment>().Select(p => (On: p.PaidOn, p.Id, Set: (Action<int>)(v => p.ReceiptNumber = v))))
            .OrderBy(x => x.On).ThenBy(x => x.Id).Select(x => x.Set);

    private static void AddHousehold(List<object> rows, Faker faker, Random names, Member member, DateOnly today, DateTimeOffset now)
    {
        var r = faker.Random;
        if (r.Bool(0.8f))
            rows.Add(new HouseholdPerson { Id = Guid.CreateVersion7(), CoopId = member.CoopId, MemberId = member.Id, Relationship = HouseholdRelationship.Spouse, FamilyName = r.Bool() ? member.FamilyName : QuebecNames.FamilyName(names), GivenName = QuebecNames.GivenName(names), DateOfBirth = today.AddDays(-r.Int(20 * 365, 80 * 365)), CreatedAt = now });
        for (var c = r.Int(0, 3); c > 0; c--)
            rows.Add(new HouseholdPerson { Id = Guid.CreateVersion7(), CoopId = member.CoopId, MemberId = member.Id, Relationship = HouseholdRelationship.Child, FamilyName = member.FamilyName, GivenName = QuebecNames.GivenName(names), DateOfBirth = today.AddDays(-r.Int(1 * 365, 30 * 365)), SameAddress = r.Bool(0.9f), CreatedAt = now });
    }

    /// <summary>"marie-eve.cote17@exemple.ca": accents and spaces left out, as people write their address.</summary>
    private static string DemoEmail(string given, string family, int i) =>
        string.Create(CultureInfo.InvariantCulture, $"{Ascii(given)}.{Ascii(family)}{i}@exemple.ca");

    private static string Ascii(string name) => SearchNormalizer.Normalize(name).Replace(' ', '-');

    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(15, 0)), TimeSpan.Zero);

    internal static BylawsVersion Bylaws(Guid coopId, DateOnly effectiveFrom, int userShares, DateTimeOffset now)
    {
        var b = new BylawsVersion
        {
            Id = Guid.CreateVersion7(), CoopId = coopId, EffectiveFrom = effectiveFrom, AnnualContribution = 30m, FiscalYearEndMonth = 12, FiscalYearEndDay = 31,
            QuorumKind = QuorumKind.Percentage, QuorumValue = 2, MinimumNoticeDays = 10, BoardSize = 9, MinimumShareCapital = 5_000m, RecordedAt = now,
        };
        b.Categories =
        [
            new CategoryTerms { Id = Guid.CreateVersion7(), CoopId = coopId, BylawsVersionId = b.Id, Category = MemberCategory.User, QualifyingShares = userShares, ShareUnitValue = 10m },
            new CategoryTerms { Id = Guid.CreateVersion7(), CoopId = coopId, BylawsVersionId = b.Id, Category = MemberCategory.Worker, QualifyingShares = 10, ShareUnitValue = 10m, InstalmentMonths = 12 },
            new CategoryTerms { Id = Guid.CreateVersion7(), CoopId = coopId, BylawsVersionId = b.Id, Category = MemberCategory.Supporting, QualifyingShares = 20, ShareUnitValue = 10m },
        ];
        return b;
    }
}
