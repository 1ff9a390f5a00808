using System.Globalization;
using System.Resources;
using CoopSante.Membership.Resources;

namespace CoopSante.Membership.AnnualReports;

/// <summary>The lines the annual report adds to the exports page's CSV of figures: paid capital by share class and the refund requests (s. 132, s. 38).</summary>
internal static class AnnualReportCsv
{
    private static readonly ResourceManager Text = new(typeof(AnnualReportText));

    public static IEnumerable<string[]> Lines(AnnualReportView v)
    {
        var c = CultureInfo.CurrentUICulture;
        string L(string key, params object[] args) => string.Format(c, Text.GetString(key, c) ?? key, args);
        static string Money(decimal m) => m.ToString("0.00", CultureInfo.InvariantCulture);
        static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
        foreach (var k in v.CapitalByClass) yield return [L("Csv.CapitalOf", Text.GetString($"Class.{k.Class}", c) ?? k.Class.ToString()), Money(k.Paid)];
        var r = v.Refunds;
        yield return [L("Csv.RefundsReceived", Count(r.Received)), Money(r.ReceivedAmount)];
        yield return [L("Csv.RefundsApproved", Count(r.Approved), Count(r.DeferredBatches)), Money(r.ApprovedAmount)];
        yield return [L("Csv.RefundsPaid", Count(r.Paid)), Money(r.PaidAmount)];
        yield return [L("Csv.RefundsAwaitingPayment", Count(r.AwaitingPayment)), Money(r.AwaitingPaymentAmount)];
        yield return [L("Csv.RefundsAwaitingDecision", Count(r.AwaitingDecision)), Money(r.AwaitingDecisionAmount)];
        yield return [L("Csv.Expected"), Money(r.ExpectedRepayments)];
    }
}
