using CoopSante.Membership.Demo;
using CoopSante.Platform.Data;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Demo;
using CoopSante.Platform.Modules;
using CoopSante.Platform.Web;
using CoopSante.Membership.Common;
using MudBlazor;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Jobs;
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
using CoopSante.Membership.Contributions;
using CoopSante.Membership.Retention;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using CoopSante.Membership.Home;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Membership;

/// <summary>The membership module: register, applications, shares, households, bylaws, meetings, import and export.</summary>
public sealed class MembershipModule : AppModule
{
    public override string Name => "Membership";

    public override ModuleDatabaseRegistration Database { get; } =
        ModuleDatabaseRegistration.For<MembershipDbContext, SqliteMembershipDbContext, PostgresMembershipDbContext>(MembershipDbContext.Module);

    public override IReadOnlyList<NavItem> NavItems { get; } =
    [
        new("/membres", "Nav.Register", typeof(MembershipText), Icons.Material.Filled.People, 200, Access.ManageRegister),
        new("/adhesions", "Nav.Applications", typeof(MembershipText), Icons.Material.Filled.HowToReg, 210, Access.ManageRegister),
        new("/reglements", "Nav.Bylaws", typeof(MembershipText), Icons.Material.Filled.Gavel, 220, Access.ManageRegister),
        new("/exportations", "Exports.Title", typeof(PublicText), Icons.Material.Filled.Download, 225, Access.ManageRegister),
        new("/remboursements", "Ops.Nav.Refunds", typeof(MemberOpsText), Icons.Material.Filled.Undo, 227, Access.ManageRegister),
        new("/sommes-dues", "Ops.Nav.AmountsOwed", typeof(MemberOpsText), Icons.Material.Filled.RequestQuote, 228, Access.ManageRegister),
    ];

    public override IReadOnlyList<AuditEventTypeInfo> AuditEventTypes => MembershipAuditEvents.All;

    public override IReadOnlyList<string> ApiScopes { get; } = [MembershipScopes.MembersRead, MembershipScopes.RosterRead];

    public override IReadOnlyList<Type> DemoSeeders { get; } = [typeof(MembershipDemoSeeder)];

    public override void AddServices(IServiceCollection services)
    {
        services.AddSingleton<IConfigureErrorMessages>(new ErrorResources(typeof(MembershipText)));
        services.AddSingleton<IConfigureErrorMessages>(new ErrorResources(typeof(PublicText)));
        services.AddSingleton<IConfigureErrorMessages>(new ErrorResources(typeof(MemberOpsText)));
        services.AddSingleton<IConfigureErrorMessages>(new ErrorResources(typeof(PreferredShareText)));
        services.AddSingleton<IConfigureErrorMessages>(new ErrorResources(typeof(ContributionText)));
        services.AddMembershipRules();
        services.AddScoped<IMemberStandings, MemberStandings>();
        services.AddScoped<IMemberHouseholds, MemberHouseholds>();
        services.AddScoped<IGovernanceCalendar, GovernanceCalendar>();
        services.AddScoped<MemberCounts>();
        services.AddScoped<IMemberCounts>(sp => sp.GetRequiredService<MemberCounts>());
        services.AddMeetings();
        services.AddRegisterIo();
        services.AddMembershipHomePanels();
        services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section);
        services.AddRecurringJob<RetentionJob>(RetentionJob.Key, JobSchedule.At(RetentionJob.Cron), typeof(ProbeText), "Job.Retention");
        services.AddRecurringJob<ContributionYearJob>(ContributionYearJob.Key, JobSchedule.At(ContributionYearJob.Cron), typeof(ContributionText), "Job.Contributions");
    }

    public override void MapEndpoints(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Membership");
        var coop = api.MapGroup("/coops/{coopId:guid}").ProducesSignedInProblems();
        BylawsApi.Map(coop);
        RegisterApi.Map(coop);
        ApplicationsApi.Map(coop, api);
        AdmissionsApi.Map(coop);
        SharesApi.Map(coop);
        HouseholdsApi.Map(coop);
        CategoryChangeApi.Map(coop);
        Refunds.RefundsApi.Map(coop);
        Discipline.ProceedingsApi.Map(coop);
        AmountsOwed.Map(coop);
        Contributions.ContributionsApi.Map(coop);
        MemberDocumentsApi.Map(coop);
        MeetingsModule.Map(coop);
        MembershipStatsApi.Map(api);
        RegisterIoModule.MapRegisterIo(api, coop);
    }
}

/// <summary>API-key scopes membership declares (through <see cref="MembershipModule.ApiScopes"/>).</summary>
internal static class MembershipScopes
{
    public const string MembersRead = "members:read";
    /// <summary>Reading a coop's roster (reserved: no endpoint requires it yet).</summary>
    public const string RosterRead = "roster:read";
}
