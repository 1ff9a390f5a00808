using CoopSante.Platform.Errors;

namespace CoopSante.Membership.AnnualReports;

/// <summary>Failures of the annual report and of the register of share movements; messages in AnnualReportText under the same keys.</summary>
internal static class AnnualReportErrors
{
    public static readonly ErrorCode FiscalYearNotEnded = new("AnnualReport.FiscalYearNotEnded", ErrorKind.Unprocessable);
    public static readonly ErrorCode AlreadyApproved = new("AnnualReport.AlreadyApproved", ErrorKind.Conflict);
    public static readonly ErrorCode NotApproved = new("AnnualReport.NotApproved", ErrorKind.Conflict);
    public static readonly ErrorCode NotADirector = new("AnnualReport.NotADirector", ErrorKind.Unprocessable);
    public static readonly ErrorCode DirectorNotInOffice = new("AnnualReport.DirectorNotInOffice", ErrorKind.Unprocessable);
    public static readonly ErrorCode SameDirectorTwice = new("AnnualReport.SameDirectorTwice", ErrorKind.Unprocessable);
    public static readonly ErrorCode AlreadyAttested = new("AnnualReport.AlreadyAttested", ErrorKind.Conflict);
    public static readonly ErrorCode NotAttested = new("AnnualReport.NotAttested", ErrorKind.Conflict);
    public static readonly ErrorCode AlreadySent = new("AnnualReport.AlreadySent", ErrorKind.Conflict);
    public static readonly ErrorCode PreferredSharesNotCreated = new("AnnualReport.PreferredSharesNotCreated", ErrorKind.Unprocessable);
}
