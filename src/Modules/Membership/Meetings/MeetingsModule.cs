using CoopSante.Membership.Common;
using CoopSante.Membership.Resources;
using CoopSante.Platform.Demo;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Tenancy;
using CoopSante.Platform.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CoopSante.Membership.Meetings;

/// <summary>The general meetings capability of the membership module.</summary>
internal static class MeetingsModule
{
    public static IServiceCollection AddMeetings(this IServiceCollection services)
    {
        services.AddSingleton<IConfigureErrorMessages>(new ErrorResources(typeof(MeetingsText)));
        services.AddSingleton<IConfigureErrorMessages>(new ErrorResources(typeof(MeetingOpsText)));
        services.AddSingleton<IConfigureErrorMessages>(new ErrorResources(typeof(AnnualReportText)));
        services.AddScoped<IDemoSeeder, MeetingsDemoSeeder>();
        services.AddNavItem(new NavItem("/assemblees", "Nav.Meetings", typeof(MeetingsText), Icons.Material.Filled.HowToVote, 230, Common.Access.ManageRegister));
        services.AddNavItem(new NavItem("/conseil", "Nav.Board", typeof(MeetingOpsText), Icons.Material.Filled.Groups, 231, Common.Access.RecordBoardDecisions));
        services.AddNavItem(new NavItem("/rapport-annuel", "Nav.AnnualReport", typeof(AnnualReportText), Icons.Material.Filled.Summarize, 232, Common.Access.ManageRegister));
        services.AddNavItem(new NavItem("/registre-des-parts", "Nav.ShareRegister", typeof(AnnualReportText), Icons.Material.Filled.ReceiptLong, 233, Common.Access.ManageRegister));
        return services;
    }

    public static void Map(RouteGroupBuilder coop)
    {
        var meetings = coop.MapGroup("/meetings").WithTags("Meetings").RequireAuthorization(MembershipPolicies.CanManageRegister);
        MeetingsApi.Map(meetings);
        Convocation.Map(meetings);
        VotersApi.Map(meetings);
        Attendance.Map(meetings);
        Outcomes.Map(meetings);
        AnnualReport.Map(meetings);
        MeetingDocuments.Map(meetings);
        Governance.MeetingNotices.Map(meetings);
        Governance.Minutes.Map(meetings);
        Governance.VoteSuspensions.Map(coop);
        Governance.Directors.Map(coop);
        AnnualReports.AnnualReportsApi.Map(coop);
        AnnualReports.ShareRegisterApi.Map(coop);
    }
}
