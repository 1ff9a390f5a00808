using System.Text.Json.Serialization;
using CoopSante.Membership.Meetings.Governance;
using CoopSante.Platform.Errors;

namespace CoopSante.Membership.AnnualReports;

/// <summary>Where the annual report stands against s. 134's deadline (30 days after the AGM).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReportDeadlineState>))]
internal enum ReportDeadlineState
{
    /// <summary>Not sent; the deadline is more than <see cref="AnnualReportRules.AtRiskDays"/> days away.</summary>
    Due = 1,
    /// <summary>Not sent; the deadline is within <see cref="AnnualReportRules.AtRiskDays"/> days.</summary>
    AtRisk = 2,
    /// <summary>Not sent and the deadline has passed.</summary>
    Passed = 3,
    Sent = 4,
    /// <summary>Sent after the deadline.</summary>
    SentLate = 5,
}

/// <summary>The Act's rules on the annual report: who attests it (s. 133) and when it is due at the ministry (s. 134).</summary>
internal static class AnnualReportRules
{
    /// <summary>Days before the deadline from which an unsent report is shown as at risk.</summary>
    public const int AtRiskDays = 10;

    /// <summary>s. 134: the board sends the minister a copy of the annual report within 30 days after the annual meeting.</summary>
    public static ReportDeadlineState DeadlineState(DateOnly deadline, DateOnly? sentOn, DateOnly today) => sentOn switch
    {
        { } sent when sent <= deadline => ReportDeadlineState.Sent,
        not null => ReportDeadlineState.SentLate,
        null when today > deadline => ReportDeadlineState.Passed,
        null when deadline.DayNumber - today.DayNumber <= AtRiskDays => ReportDeadlineState.AtRisk,
        _ => ReportDeadlineState.Due,
    };

    /// <summary>
    /// s. 133: the report is attested by two directors. Each must be a director in the register (s. 124) in office on the day
    /// they attest, and the second must be another person than the first.
    /// </summary>
    public static Failure? WhyAttestationIsRefused(Director? director, DateOnly attestedOn, Guid? firstDirectorId)
    {
        if (director is null) return AnnualReportErrors.NotADirector.At("directorId");
        if (director.Id == firstDirectorId) return AnnualReportErrors.SameDirectorTwice.At("directorId");
        if (!director.InOfficeOn(attestedOn)) return AnnualReportErrors.DirectorNotInOffice.At("directorId");
        return null;
    }
}
