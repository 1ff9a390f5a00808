using CoopSante.Telemedicine.Contracts;
using CoopSante.Telemedicine.Data;
using CoopSante.Telemedicine.Demo;
using CoopSante.Telemedicine.Enrolments;
using CoopSante.Telemedicine.ProgramSettings;
using CoopSante.Telemedicine.Resources;
using CoopSante.Telemedicine.Roster;
using CoopSante.Telemedicine.Stats;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Data;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Files;
using CoopSante.Platform.Modules;
using CoopSante.Platform.Tenancy;
using CoopSante.Platform.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CoopSante.Telemedicine;

/// <summary>The telemedicine module: the federation program, family enrolment, monthly billing by pre-authorized debit (CPA-005), returns and dunning, the provider roster.</summary>
public sealed class TelemedicineModule : AppModule
{
    public override string Name => "Telemedicine";

    public override ModuleDatabaseRegistration Database { get; } =
        ModuleDatabaseRegistration.For<TelemedicineDbContext, SqliteTelemedicineDbContext, PostgresTelemedicineDbContext>(TelemedicineDbContext.Module);

    public override IReadOnlyList<NavItem> NavItems { get; } =
    [
        new("/federation/telemedecine", "Nav.Program", typeof(TelemedicineText), Icons.Material.Filled.VideoCall, 25, [Role.FederationAdmin, Role.FederationAuditor]),
        new("/federation/telemedecine/remise", "Nav.Remittance", typeof(RemittanceText), Icons.Material.Filled.Payments, 26, [Role.FederationAdmin, Role.FederationAuditor]),
        new("/telemedecine/inscriptions", "Nav.Enrolments", typeof(TelemedicineText), Icons.Material.Filled.VideoCall, 240, [Role.CoopAdmin, Role.CoopStaff]),
        new("/telemedecine/statistiques", "Nav.Stats", typeof(TelemedicineText), Icons.Material.Filled.BarChart, 241, [Role.CoopAdmin, Role.CoopStaff]),
        new("/telemedecine/communications", "Nav.Communications", typeof(TelemedicineText), Icons.Material.Filled.Policy, 242, [Role.CoopAdmin]),
        new("/telemedecine/facturation", "Nav.Billing", typeof(Resources.BillingText), Icons.Material.Filled.RequestQuote, 243, [Role.CoopAdmin, Role.CoopStaff]),
        new("/portail/telemedecine", "Nav.Telemedicine", typeof(TelemedicineText), Icons.Material.Filled.VideoCall, 310, [Role.Member]),
    ];

    public override IReadOnlyList<AuditEventTypeInfo> AuditEventTypes => TelemedicineAuditEvents.All;

    public override IReadOnlyList<string> ApiScopes { get; } = [TelemedicineScopes.Roster];

    public override IReadOnlyList<Type> DemoSeeders { get; } = [typeof(TelemedicineDemoSeeder), typeof(Billing.BillingDemoSeeder)];

    public override void AddServices(IServiceCollection services)
    {
        services.AddSingleton<IConfigureErrorMessages>(new ErrorResources(typeof(TelemedicineText)));
        services.AddSingleton<IConfigureErrorMessages>(new ErrorResources(typeof(HouseholdText)));
        services.AddTelemedicineRules();
        services.AddScoped<ITelemedicineParticipation, TelemedicineParticipation>();
        services.AddFileUse(EnrolmentCommands.PadAgreementFile);
        Billing.BillingSetup.AddTelemedicineBilling(services);
        Remittance.RemittanceApi.AddRemittance(services);
    }

    public override void MapEndpoints(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/telemedicine").WithTags("Telemedicine").ProducesSignedInProblems();
        var coop = app.MapGroup("/api/v1/coops/{coopId:guid}/telemedicine").WithTags("Telemedicine").ProducesSignedInProblems();
        var v1 = app.MapGroup("/api/v1");
        ProgramApi.Map(api);
        EnrolmentsApi.Map(coop, v1);
        RosterApi.Map(api);
        CommunicationsApi.Map(coop);
        TelemedicineStats.Map(api, coop);
        Billing.BillingSetup.MapTelemedicineBilling(app);
        Remittance.RemittanceApi.Map(api);
        Portal.PortalInvoices.Map(v1);
    }
}
