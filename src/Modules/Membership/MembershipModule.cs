using CoopSante.Membership.Demo;
using CoopSante.Platform.Data;
using CoopSante.Platform.Demo;
using CoopSante.Platform.Web;
using CoopSante.Membership.Common;
using MudBlazor;
using CoopSante.Platform.Errors;
using CoopSante.Membership.Admissions;
using CoopSante.Membership.Contracts;
using CoopSante.Membership.Applications;
using CoopSante.Membership.Bylaws;
using CoopSante.Membership.Data;
using CoopSante.Membership.Documents;
using CoopSante.Membership.FederationView;
using CoopSante.Membership.Households;
using CoopSante.Membership.Meetings;
using CoopSante.Membership.Register;
using CoopSante.Membership.RegisterIo;
using CoopSante.Membership.Shares;
using CoopSante.Membership.Resources;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Membership;

internal static class MembershipModule
{
    public static IServiceCollection AddMembership(this IServiceCollection services)
    {
        services.AddModuleDbContext<MembershipDbContext, SqliteMembershipDbContext, PostgresMembershipDbContext>(MembershipDbContext.Module);
        services.AddSingleton<IConfigureErrorMessages>(new ErrorResources(typeof(MembershipText)));
        services.AddMembershipRules();
        services.AddScoped<IDemoSeeder, MembershipDemoSeeder>();
        services.AddScoped<IMemberStandings, MemberStandings>();
        services.AddScoped<IMemberHouseholds, MemberHouseholds>();
        services.AddScoped<IGovernanceCalendar, GovernanceCalendar>();
        services.AddScoped<MemberCounts>();
        services.AddScoped<IMemberCounts>(sp => sp.GetRequiredService<MemberCounts>());
        services.AddNavItem(new NavItem("/membres", "Nav.Register", typeof(MembershipText), Icons.Material.Filled.People, 200, Access.ManageRegister));
        services.AddNavItem(new NavItem("/adhesions", "Nav.Applications", typeof(MembershipText), Icons.Material.Filled.HowToReg, 210, Access.ManageRegister));
        services.AddNavItem(new NavItem("/reglements", "Nav.Bylaws", typeof(MembershipText), Icons.Material.Filled.Gavel, 220, Access.ManageRegister));
        services.AddMeetings();
        services.AddRegisterIo();
        return services;
    }

    public static IEndpointRouteBuilder MapMembership(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Membership");
        var coop = api.MapGroup("/coops/{coopId:guid}").ProducesSignedInProblems();
        BylawsApi.Map(coop);
        RegisterApi.Map(coop);
        ApplicationsApi.Map(coop, api);
        AdmissionsApi.Map(coop);
        SharesApi.Map(coop);
        HouseholdsApi.Map(coop);
        MemberDocumentsApi.Map(coop);
        MeetingsModule.Map(coop);
        MembershipStatsApi.Map(api);
        RegisterIoModule.MapRegisterIo(api, coop);
        return app;
    }
}
