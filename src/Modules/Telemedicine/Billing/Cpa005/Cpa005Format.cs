using System.Globalization;

namespace CoopSante.Telemedicine.Billing.Cpa005;

/// <summary>What ends each 1464-character record: banks differ (reference/cpa005.md).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<RecordSeparator>))]
internal enum RecordSeparator { CrLf = 0, Lf = 1, None = 2 }

/// <summary>How a bank wants the fields the standard leaves to it: zeros or blanks.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<ReservedFill>))]
internal enum ReservedFill { Zeros = 0, Blanks = 1 }

/// <summary>
/// The bank-specific choices of a coop's CPA-005 files, taken from its bank profile: who originates, where the file goes,
/// where returns go, and the separators and fills its bank asks for.
/// </summary>
internal sealed record Cpa005Format(
    string OriginatorId,
    string ProcessingCentre,
    string? Currency,
    string ShortName,
    string LongName,
    string ReturnInstitution,
    string ReturnTransit,
    string ReturnAccount,
    RecordSeparator Separator = RecordSeparator.CrLf,
    ReservedFill Fill = ReservedFill.Zeros,
    int SegmentsPerRecord = 6,
    bool UpperCaseNames = true);

/// <summary>One pre-authorized debit: one 240-character segment of a D record.</summary>
internal sealed record Cpa005Debit(
    long AmountCents,
    DateOnly DueDate,
    string Institution,
    string Transit,
    string Account,
    string PayorName,
    string CrossReference,
    string? Sundry = null,
    int TransactionCode = Cpa005Standard.FeesAndDues);

/// <summary>The fixed facts of the standard.</summary>
internal static class Cpa005Standard
{
    public const int RecordLength = 1464;
    public const int ControlLength = 24;
    public const int SegmentLength = 240;
    public const int MaxSegments = 6;
    /// <summary>CPA Standard 007 transaction type "Fees/Dues": a monthly subscription.</summary>
    public const int FeesAndDues = 470;

    /// <summary>0YYDDD: a zero, the two-digit year, the day of the year (026020 = 2026-01-20).</summary>
    public static string JulianDate(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"0{date.Year % 100:00}{date.DayOfYear:000}");

    /// <summary>Reads 0YYDDD back (years 2000-2099).</summary>
    public static DateOnly? ParseJulianDate(string text)
    {
        if (text.Length != 6 || text[0] != '0' || !int.TryParse(text.AsSpan(1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var yy)
            || !int.TryParse(text.AsSpan(3, 3), NumberStyles.None, CultureInfo.InvariantCulture, out var day)) return null;
        var year = 2000 + yy;
        if (day < 1 || day > (DateTime.IsLeapYear(year) ? 366 : 365)) return null;
        return new DateOnly(year, 1, 1).AddDays(day - 1);
    }
}
