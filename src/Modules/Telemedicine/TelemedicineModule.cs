using CoopSante.Telemedicine.Data;
using CoopSante.Telemedicine.Resources;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Data;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Telemedicine;

/// <summary>The telemedicine module: the federation program, family enrolment, monthly billing by pre-authorized debit (CPA-005), returns and dunning, the provider roster.</summary>
public sealed class TelemedicineModule : AppModule
{
    public override string Name => "Telemedicine";

    public override ModuleDatabaseRegistration Database { get; } =
        ModuleDatabaseRegistration.For<TelemedicineDbContext, SqliteTelemedicineDbContext, PostgresTelemedicineDbContext>(TelemedicineDbContext.Module);

    public override IReadOnlyList<AuditEventTypeInfo> AuditEventTypes => TelemedicineAuditEvents.All;

    public override void AddServices(IServiceCollection services)
    {
        services.AddSingleton<IConfigureErrorMessages>(new ErrorResources(typeof(TelemedicineText)));
        Billing.BillingSetup.AddTelemedicineBilling(services);
    }

    public override void MapEndpoints(IEndpointRouteBuilder app)
    {
        Billing.BillingSetup.MapTelemedicineBilling(app);
    }
}
