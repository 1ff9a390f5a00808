using CoopSante.Membership.Data;
using CoopSante.Membership.Model;
using CoopSante.Platform.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Membership.Portal;

/// <summary>
/// Gives the demo member account's e-mail to one active Contrecoeur member (after the register is seeded), so that
/// the account is linked to that member on its first portal visit.
/// </summary>
internal sealed class PortalDemoSeeder : IDemoSeeder
{
    public int Order => 250;

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var email = DemoIds.Accounts.First(a => a.Role == Platform.Tenancy.Role.Member && a.CoopId == DemoIds.Contrecoeur).Email;
        var db = services.GetRequiredService<MembershipDbContext>();
        var members = db.Members.IgnoreQueryFilters().Where(m => m.CoopId == DemoIds.Contrecoeur);
        if (await members.AnyAsync(m => m.Email == email, ct)) return;
        var member = await members.Where(m => m.Status == MemberStatus.Active && m.Kind == MemberKind.Person && m.UserId == null && m.SharesPaid >= m.SharesSubscribed)
            .OrderBy(m => m.MemberNumber).FirstOrDefaultAsync(ct);
        if (member is null) return;
        member.Email = email;
        member.RefreshSearchText();
        await db.SaveChangesAsync(ct);
    }
}
