using CoopSante.Compliance.Campaigns;
using CoopSante.Compliance.Committee;
using CoopSante.Compliance.Consultations;
using CoopSante.Compliance.Contracts;
using CoopSante.Compliance.Privacy;
using CoopSante.Compliance.Demo;
using CoopSante.Compliance.Frameworks;
using CoopSante.Platform.Tenancy;
using CoopSante.Platform.Web;
using MudBlazor;
using CoopSante.Compliance.Data;
using CoopSante.Compliance.Resources;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Data;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Compliance;

/// <summary>The compliance module: the Cadre de référence and its versions, consultations, conformity campaigns with evidence, audits and action plans, the follow-up committee and the Law 25 registers.</summary>
public sealed class ComplianceModule : AppModule
{
    public override string Name => "Compliance";

    public override ModuleDatabaseRegistration Database { get; } =
        ModuleDatabaseRegistration.For<ComplianceDbContext, SqliteComplianceDbContext, PostgresComplianceDbContext>(ComplianceDbContext.Module);

    public override IReadOnlyList<NavItem> NavItems { get; } =
    [
        new("/conformite", "Campaign.Nav.Campaigns", typeof(CampaignText), Icons.Material.Filled.FactCheck, 43, [Role.CoopAdmin, Role.FederationAdmin, Role.FederationAuditor]),
        new("/consultations", "Nav.Consultations", typeof(FrameworkText), Icons.Material.Filled.Forum, 41, [Role.FederationAdmin, Role.FederationAuditor, Role.CoopAdmin]),
        new("/federation/comite", "Nav.Committee", typeof(FrameworkText), Icons.Material.Filled.Groups, 42, [Role.FederationAdmin, Role.FederationAuditor]),
        new("/coop/vie-privee", "Nav.Privacy", typeof(FrameworkText), Icons.Material.Filled.PrivacyTip, 45, [Role.CoopAdmin]),
        new("/federation/cadres", "Nav.Frameworks", typeof(FrameworkText), Icons.Material.Filled.Rule, 40, [Role.FederationAdmin, Role.FederationAuditor]),
    ];

    public override IReadOnlyList<Type> DemoSeeders { get; } = [typeof(ComplianceDemoSeeder), typeof(PrivacyDemoSeeder), typeof(Campaigns.Demo.CampaignDemoSeeder)];

    public override IReadOnlyList<AuditEventTypeInfo> AuditEventTypes => ComplianceAuditEvents.All;

    public override void AddServices(IServiceCollection services)
    {
        services.AddSingleton<IConfigureErrorMessages>(new ErrorResources(typeof(ComplianceText)));
        services.AddSingleton<IConfigureErrorMessages>(new ErrorResources(typeof(FrameworkText)));
        services.AddScoped<FrameworkCatalog>();
        services.AddCampaigns();
        services.AddComplianceRules();
        services.AddScoped<ICoopPrivacy, CoopPrivacy>();
        services.AddScoped<ICadreRecommendations, CadreRecommendations>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder app)
    {
        CampaignsApi.Map(app);
        app.MapFrameworksApi();
        app.MapPrivacyApi();
        app.MapConsultationsApi();
        app.MapCommitteeApi();
    }
}
