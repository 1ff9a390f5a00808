using CoopSante.Platform.Security.Rules;
using CoopSante.Platform.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Compliance.Campaigns;

/// <summary>Who works on a coop's conformity file. A federation auditor passes only in the coops assigned to them (the coop rule handler checks it).</summary>
internal static class CampaignPolicies
{
    /// <summary>Read the coop's assessment, evidence, results and reports: its management, its auditor, the federation admin.</summary>
    public const string CanReadConformity = nameof(CanReadConformity);
    /// <summary>Answer and submit the assessment, add evidence: the coop's management.</summary>
    public const string CanAnswerAssessment = nameof(CanAnswerAssessment);
    /// <summary>Review items, record audit visits and findings, close the file: the coop's assigned auditor or the federation admin.</summary>
    public const string CanReviewConformity = nameof(CanReviewConformity);
    /// <summary>Move the action plan forward: the coop's management and its auditor.</summary>
    public const string CanFollowActionPlan = nameof(CanFollowActionPlan);

    public static readonly Role[] Readers = [Role.CoopAdmin, Role.FederationAuditor, Role.FederationAdmin];
    public static readonly Role[] Answerers = [Role.CoopAdmin];
    public static readonly Role[] Reviewers = [Role.FederationAuditor, Role.FederationAdmin];
    public static readonly Role[] Followers = [Role.CoopAdmin, Role.FederationAuditor, Role.FederationAdmin];

    public static readonly CoopRule ReadConformity = new(CanReadConformity, Readers);
    public static readonly CoopRule AnswerAssessment = new(CanAnswerAssessment, Answerers);
    public static readonly CoopRule ReviewConformity = new(CanReviewConformity, Reviewers);
    public static readonly CoopRule FollowActionPlan = new(CanFollowActionPlan, Followers);

    public static IServiceCollection AddCampaignRules(this IServiceCollection services) =>
        services.AddCoopRule(ReadConformity).AddCoopRule(AnswerAssessment).AddCoopRule(ReviewConformity).AddCoopRule(FollowActionPlan);
}
