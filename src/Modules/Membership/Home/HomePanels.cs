using CoopSante.Platform.Tenancy;
using CoopSante.Platform.Web;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Membership.Home;

/// <summary>The module's blocks on the home page: the coop's work for its staff, the standing for a member.</summary>
internal static class HomePanels
{
    public static void AddMembershipHomePanels(this IServiceCollection services)
    {
        services.AddHomePanel(new HomePanel(typeof(CoopHomePanel), 100, Common.Access.ManageRegister));
        services.AddHomePanel(new HomePanel(typeof(MemberHomePanel), 200, [Role.Member]));
    }
}
