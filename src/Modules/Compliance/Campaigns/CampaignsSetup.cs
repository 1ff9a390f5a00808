using CoopSante.Compliance.Campaigns.Answering;
using CoopSante.Compliance.Campaigns.Applicability;
using CoopSante.Compliance.Campaigns.EvidenceFiles;
using CoopSante.Compliance.Campaigns.Opening;
using CoopSante.Compliance.Campaigns.Reports;
using CoopSante.Compliance.Campaigns.Results;
using CoopSante.Compliance.Campaigns.Review;
using CoopSante.Compliance.Resources;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Files;
using CoopSante.Compliance.Campaigns.Indicators;
using CoopSante.Compliance.Campaigns.Reminders;
using CoopSante.Platform.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoopSante.Compliance.Campaigns;

/// <summary>Everything campaigns register, called once by the module.</summary>
internal static class CampaignsSetup
{
    public static IServiceCollection AddCampaigns(this IServiceCollection services)
    {
        services.AddSingleton<IConfigureErrorMessages>(new ErrorResources(typeof(CampaignText)));
        services.AddCampaignRules();
        services.AddFileUse(EvidenceLibrary.Use);
        services.AddScoped<ICoopFactsSource, CoopFactsSource>();
        services.AddScoped<CampaignOpening>();
        services.AddScoped<CampaignList>();
        services.AddScoped<AssessmentWork>();
        services.AddScoped<AssessmentReview>();
        services.AddScoped<EvidenceLibrary>();
        services.AddScoped<CampaignResults>();
        services.AddScoped<CampaignReports>();
        services.TryAddScoped<IPrivacyRegisterFacts, PrivacyRegisterFacts>();
        services.AddScoped<CoopIndicators>();
        services.AddRecurringJob<ComplianceRemindersJob>(ComplianceRemindersJob.Key, JobSchedule.At(ComplianceRemindersJob.Cron), typeof(CampaignText), "Campaign.Job.Reminders");
        return services;
    }
}
