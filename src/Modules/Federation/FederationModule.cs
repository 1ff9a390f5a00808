using CoopSante.Federation.Bulletins;
using CoopSante.Federation.Contracts;
using CoopSante.Federation.Coops;
using CoopSante.Federation.Dashboard;
using CoopSante.Federation.Data;
using CoopSante.Federation.Demo;
using CoopSante.Federation.Directory;
using CoopSante.Federation.Facts;
using CoopSante.Federation.Partnerships;
using CoopSante.Federation.Library;
using CoopSante.Federation.Profile;
using CoopSante.Federation.Resources;
using CoopSante.Federation.Services;
using CoopSante.Federation.Support;
using CoopSante.Platform.Data;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Demo;
using CoopSante.Platform.Modules;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Files;
using CoopSante.Platform.Jobs;
using CoopSante.Platform.Tenancy;
using CoopSante.Platform.Web;
using MudBlazor;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoopSante.Federation;

/// <summary>The federation module: coops, their profile and services, the public directory and the dashboard.</summary>
public sealed class FederationModule : AppModule
{
    public override string Name => "Federation";

    public override ModuleDatabaseRegistration Database { get; } =
        ModuleDatabaseRegistration.For<FederationDbContext, SqliteFederationDbContext, PostgresFederationDbContext>(FederationDbContext.Module);

    public override IReadOnlyList<NavItem> NavItems { get; } =
    [
        new("/repertoire", "Nav.Directory", typeof(FederationText), Icons.Material.Filled.TravelExplore, 10, [], Anonymous: true),
        new("/federation/portrait", "Nav.Facts", typeof(ServicesText), Icons.Material.Filled.QueryStats, 11, [], Anonymous: true),
        new("/federation", "Nav.Dashboard", typeof(FederationText), Icons.Material.Filled.Insights, 20, [Role.FederationAdmin, Role.FederationAuditor]),
        new("/federation/coops", "Nav.Coops", typeof(FederationText), Icons.Material.Filled.Business, 21, [Role.FederationAdmin, Role.FederationAuditor]),
        new("/federation/bulletins", "Nav.FederationBulletins", typeof(ServicesText), Icons.Material.Filled.Campaign, 22, [Role.FederationAdmin, Role.FederationAuditor]),
        new("/federation/soutien", "Nav.FederationSupport", typeof(SupportText), Icons.Material.Filled.SupportAgent, 23, [Role.FederationAdmin, Role.FederationAuditor]),
        new("/coop/soutien", "Nav.CoopSupport", typeof(SupportText), Icons.Material.Filled.SupportAgent, 32, [Role.CoopAdmin, Role.CoopStaff]),
        new("/coop/bulletins", "Nav.CoopBulletins", typeof(ServicesText), Icons.Material.Filled.Campaign, 31, [Role.CoopAdmin, Role.CoopStaff, Role.Clinician]),
        new("/federation/partenariats", "Nav.FederationPartnerships", typeof(PartnershipsText), Icons.Material.Filled.Handshake, 25, [Role.FederationAdmin, Role.FederationAuditor]),
        new("/coop/partenariats", "Nav.CoopPartnerships", typeof(PartnershipsText), Icons.Material.Filled.Handshake, 35, [Role.CoopAdmin, Role.CoopStaff]),
        new("/coop/profil", "Nav.CoopProfile", typeof(FederationText), Icons.Material.Filled.Storefront, 30, [Role.CoopAdmin]),
        .. Library.LibraryRegistration.NavItems,
    ];

    public override IReadOnlyList<AuditEventTypeInfo> AuditEventTypes => FederationAuditEvents.All;

    public override IReadOnlyList<string> ApiScopes { get; } = [FederationScopes.DirectoryRead];

    public override IReadOnlyList<Type> DemoSeeders { get; } =
        [typeof(FederationDemoSeeder), typeof(ServicesDemoSeeder), typeof(SupportDemoSeeder), typeof(PartnershipsDemoSeeder), typeof(Library.LibraryDemoSeeder), typeof(Advantages.AdvantagesDemoSeeder)];

    public override void AddServices(IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IModuleDatabase, CoopSearchTextRefresh>()); // after the module's migrations
        services.AddSingleton<IConfigureErrorMessages>(new ErrorResources(typeof(FederationText)));
        services.AddSingleton<IConfigureErrorMessages>(new ErrorResources(typeof(ServicesText)));
        services.AddSingleton<IConfigureErrorMessages>(new ErrorResources(typeof(PartnershipsText)));
        services.AddPartnershipRules();
        services.AddFileUse(PartnershipCommands.DocumentUse);
        services.AddFederationRules();
        services.AddServicesRules();
        services.AddSingleton<IConfigureErrorMessages>(new ErrorResources(typeof(SupportText)));
        services.AddSupportRules();
        services.AddFileUse(SupportCommands.AttachmentUse);
        services.AddRecurringJob<SupportAlertJob>(SupportAlertJob.Key, JobSchedule.At(SupportAlertJob.Cron), typeof(SupportText), "Job.SupportOverdue");
        services.AddLibraryAndAdvantages();
        services.AddFileUse(BulletinCommands.AttachmentUse);
        services.AddRecurringJob<BulletinDigestJob>(BulletinDigestJob.Key, JobSchedule.At(BulletinDigestJob.Cron), typeof(ServicesText), "Job.BulletinDigest");
        services.AddScoped<CoopRegistry>();
        services.AddScoped<ICoopRegistry>(sp => sp.GetRequiredService<CoopRegistry>());
        services.AddScoped<ICoopLetterheads, CoopLetterheads>();
        services.AddScoped<ICoopDirectory>(sp => sp.GetRequiredService<CoopRegistry>()); // after AddPlatform: replaces its fallback
        // What the public directory shows: a save of any of them evicts its cached responses (ADR 0019).
        services.AddPublicData<Coop>(DirectoryApi.CacheTag).AddPublicData<CoopService>(DirectoryApi.CacheTag).AddPublicData<Services.HealthService>(DirectoryApi.CacheTag);
        services.AddHomePanel(new HomePanel(typeof(Dashboard.FederationHomePanel), 50, [Role.FederationAdmin, Role.FederationAuditor]));
    }

    public override void MapEndpoints(IEndpointRouteBuilder app)
    {
        app.MapCoopsApi();
        app.MapProfileApi();
        app.MapDirectoryApi();
        app.MapDashboardApi();
        app.MapServicesApi();
        app.MapFactsApi();
        app.MapBulletinsApi();
        app.MapSupportApi();
        app.MapPartnershipsApi();
        app.MapLibraryAndAdvantages();
    }
}

/// <summary>API-key scopes the federation declares.</summary>
internal static class FederationScopes
{
    /// <summary>Reading the coop directory (reserved: no endpoint requires it yet).</summary>
    public const string DirectoryRead = "directory:read";
}
