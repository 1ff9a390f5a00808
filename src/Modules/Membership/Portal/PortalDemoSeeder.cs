using CoopSante.Membership.Data;
using CoopSante.Membership.Model;
using CoopSante.Platform.Demo;
using CoopSante.Platform.Identity;
using CoopSante.Platform.Time;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Membership.Portal;

/// <summary>
/// Makes one active Contrecoeur member (after the register is seeded) the demo member account's own record: its name
/// and e-mail, linked to the account, with paid shares (receipts) and a household, so that the portal shows all of it.
/// </summary>
internal sealed class PortalDemoSeeder : IDemoSeeder
{
    public int Order => 250;

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var account = DemoIds.Accounts.First(a => a.Role == Platform.Tenancy.Role.Member && a.CoopId == DemoIds.Contrecoeur);
        var db = services.GetRequiredService<MembershipDbContext>();
        var clock = services.GetRequiredService<TimeProvider>();
        var members = db.Members.IgnoreQueryFilters().Where(m => m.CoopId == DemoIds.Contrecoeur);
        var member = await members.FirstOrDefaultAsync(m => m.Email == account.Email, ct)
            ?? await members.Where(m => m.Status == MemberStatus.Active && m.Kind == MemberKind.Person && m.UserId == null && m.SharesPaid >= m.SharesSubscribed && m.SharesPaid > 0)
                .OrderBy(m => m.MemberNumber).FirstOrDefaultAsync(ct);
        if (member is null) return;
        var user = await services.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(account.Email);
        if (member.Email == account.Email && member.UserId is not null) return;

        var (given, family) = SplitName(account.DisplayName);
        member.GivenName = given;
        member.FamilyName = family;
        member.Email = account.Email;
        member.UserId ??= user?.Id;
        member.RefreshSearchText();
        var household = db.HouseholdPersons.IgnoreQueryFilters().Where(p => p.CoopId == member.CoopId && p.MemberId == member.Id);
        if (!await household.AnyAsync(ct))
        {
            var today = clock.Today();
            db.HouseholdPersons.AddRange(
                new HouseholdPerson { Id = Guid.CreateVersion7(), CoopId = member.CoopId, MemberId = member.Id, Relationship = HouseholdRelationship.Spouse, GivenName = "Mathieu", FamilyName = "Lavoie", DateOfBirth = today.AddYears(-41).AddDays(-57), CreatedAt = clock.GetUtcNow() },
                new HouseholdPerson { Id = Guid.CreateVersion7(), CoopId = member.CoopId, MemberId = member.Id, Relationship = HouseholdRelationship.Child, GivenName = "Rosalie", FamilyName = "Lavoie", DateOfBirth = today.AddYears(-9).AddDays(-120), SameAddress = true, CreatedAt = clock.GetUtcNow() });
        }
        // The register's seeder shares this context and turns automatic change detection off for its bulk insert.
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
    }

    private static (string Given, string Family) SplitName(string displayName)
    {
        var space = displayName.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? (displayName, displayName) : (displayName[..space], displayName[(space + 1)..]);
    }
}
