using CoopSante.Membership.AnnualReports;
using CoopSante.Membership.Meetings;
using CoopSante.Membership.Meetings.Governance;
using CoopSante.Membership.Model;

namespace CoopSante.Tests.Membership;

public sealed class AnnualReportRulesTests
{
    private static readonly DateOnly Agm = new(2026, 5, 20);
    private static readonly DateOnly Deadline = MeetingDeadlines.AnnualReportDeadline(Agm);

    private static Director Seat(DateOnly start, DateOnly end, DateOnly? left = null) => new()
    {
        Id = Guid.NewGuid(), Name = "Dir", Domicile = "1 rue", Category = MemberCategory.User, TermStart = start, TermEnd = end, LeftOn = left,
    };

    [Fact]
    public void The_report_is_sent_to_the_minister_within_30_days_after_the_AGM_s134()
    {
        Assert.Equal(new DateOnly(2026, 6, 19), Deadline);
        Assert.Equal(ReportDeadlineState.Due, AnnualReportRules.DeadlineState(Deadline, null, Agm));
        Assert.Equal(ReportDeadlineState.AtRisk, AnnualReportRules.DeadlineState(Deadline, null, Deadline.AddDays(-AnnualReportRules.AtRiskDays)));
        Assert.Equal(ReportDeadlineState.Due, AnnualReportRules.DeadlineState(Deadline, null, Deadline.AddDays(-AnnualReportRules.AtRiskDays - 1)));
        Assert.Equal(ReportDeadlineState.AtRisk, AnnualReportRules.DeadlineState(Deadline, null, Deadline));
        Assert.Equal(ReportDeadlineState.Passed, AnnualReportRules.DeadlineState(Deadline, null, Deadline.AddDays(1)));
        Assert.Equal(ReportDeadlineState.Sent, AnnualReportRules.DeadlineState(Deadline, Deadline, Deadline.AddDays(40)));
        Assert.Equal(ReportDeadlineState.SentLate, AnnualReportRules.DeadlineState(Deadline, Deadline.AddDays(1), Deadline.AddDays(1)));
    }

    [Fact]
    public void Two_different_directors_in_office_on_the_day_attest_the_report_s133()
    {
        var day = new DateOnly(2026, 3, 10);
        var inOffice = Seat(day.AddYears(-1), day.AddYears(1));
        Assert.Null(AnnualReportRules.WhyAttestationIsRefused(inOffice, day, firstDirectorId: null));
        Assert.Equal("AnnualReport.SameDirectorTwice", AnnualReportRules.WhyAttestationIsRefused(inOffice, day, inOffice.Id)!.Error.Code);
        Assert.Equal("AnnualReport.NotADirector", AnnualReportRules.WhyAttestationIsRefused(null, day, null)!.Error.Code);
        Assert.Equal("AnnualReport.DirectorNotInOffice", AnnualReportRules.WhyAttestationIsRefused(Seat(day.AddYears(-3), day), day, null)!.Error.Code);
        Assert.Equal("AnnualReport.DirectorNotInOffice", AnnualReportRules.WhyAttestationIsRefused(Seat(day.AddYears(-1), day.AddYears(1), left: day), day, null)!.Error.Code);
        Assert.Equal("AnnualReport.DirectorNotInOffice", AnnualReportRules.WhyAttestationIsRefused(Seat(day.AddDays(1), day.AddYears(2)), day, null)!.Error.Code);
    }
}
