using CoopSante.Platform.Errors;
using CoopSante.Platform.Files;
using CoopSante.Platform.Jobs;
using Microsoft.AspNetCore.Builder;
using CoopSante.Telemedicine.Resources;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Telemedicine.Billing;

/// <summary>Everything billing registers and maps: one call each from the module.</summary>
internal static class BillingSetup
{
    public static IServiceCollection AddTelemedicineBilling(this IServiceCollection services)
    {
        services.AddSingleton<IConfigureErrorMessages>(new ErrorResources(typeof(BillingText)));
        services.AddBillingRules();
        services.AddSingleton<BillingProgress>();
        services.AddFileUse(PadFiles.BankFiles);
        services.AddRecurringJob<BillingJob>(BillingJob.Key, JobSchedule.At(BillingJob.Cron), typeof(BillingText), "Job.Billing");
        return services;
    }

    public static void MapTelemedicineBilling(this IEndpointRouteBuilder app) =>
        BillingApi.Map(app.MapGroup("/api/v1/coops/{coopId:guid}").ProducesSignedInProblems());
}
