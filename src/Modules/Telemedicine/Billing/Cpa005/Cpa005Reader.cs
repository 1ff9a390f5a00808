using System.Globalization;

namespace CoopSante.Telemedicine.Billing.Cpa005;

/// <summary>Why a file is not a well-formed CPA-005 file; <see cref="Record"/> is the 1-based logical record (0: the file).</summary>
internal sealed class Cpa005FormatException(string problem, int record) : Exception(problem)
{
    public string Problem { get; } = problem;
    public int Record { get; } = record;
}

internal sealed record Cpa005Header(string OriginatorId, int FileCreationNumber, DateOnly CreationDate, string ProcessingCentre, string Currency);

/// <summary>
/// One segment as read: a debit (record type D) or a returned debit (J). On a returned item the bank puts its return
/// reason (900-series code) in the stored transaction type field (ADR 0032).
/// </summary>
internal sealed record Cpa005Item(
    char RecordType, int Record, int Segment, int TransactionCode, long AmountCents, DateOnly DueDate, string Institution, string Transit,
    string Account, string TraceNumber, string StoredTransactionType, string ShortName, string PayorName, string LongName,
    string OriginatorUserId, string CrossReference, string ReturnInstitution, string ReturnTransit, string ReturnAccount, string Sundry);

internal sealed record Cpa005Trailer(int RecordCount, long DebitCents, int DebitCount, long CreditCents, int CreditCount);

internal sealed record Cpa005File(Cpa005Header Header, IReadOnlyList<Cpa005Item> Items, Cpa005Trailer Trailer);

/// <summary>
/// Reads a CPA-005 file back, checking what a bank checks: 1464 characters between separators (CRLF, LF or none),
/// record numbers 1, 2, 3 … without gap, the same originator and file number on every record, no segment after a blank
/// one, and a trailer whose counts and totals match the items.
/// </summary>
internal static class Cpa005Reader
{
    /// <summary>Largest file read (100,000 debits at one per record is 147 MB; six per record, 25 MB).</summary>
    public const int MaxRecords = 200_000;

    public static Cpa005File Read(string text)
    {
        var records = SplitRecords(text);
        if (records.Count < 2) throw new Cpa005FormatException("TooShort", 0);
        var header = ReadHeader(records[0]);
        var items = new List<Cpa005Item>();
        for (var i = 1; i < records.Count - 1; i++)
        {
            var r = records[i];
            var n = i + 1;
            if (r[0] is not ('D' or 'J' or 'C' or 'I')) throw new Cpa005FormatException("RecordType", n);
            CheckControl(r, n, header);
            var blank = false;
            for (var s = 0; s < Cpa005Standard.MaxSegments; s++)
            {
                var seg = r.Substring(Cpa005Standard.ControlLength + (s * Cpa005Standard.SegmentLength), Cpa005Standard.SegmentLength);
                if (string.IsNullOrWhiteSpace(seg)) { blank = true; continue; }
                if (blank) throw new Cpa005FormatException("SegmentAfterBlank", n);
                items.Add(ReadSegment(r[0], n, s + 1, seg));
            }
            if (items.Count == 0 || items[^1].Record != n) throw new Cpa005FormatException("EmptyRecord", n);
        }
        var trailer = ReadTrailer(records[^1], records.Count, header);
        var debits = items.Where(x => x.RecordType is 'D' or 'J').ToList();
        if (trailer.DebitCount != debits.Count || trailer.DebitCents != debits.Sum(x => x.AmountCents)
            || trailer.CreditCount != items.Count - debits.Count || trailer.CreditCents != items.Except(debits).Sum(x => x.AmountCents))
            throw new Cpa005FormatException("TotalsMismatch", records.Count);
        return new Cpa005File(header, items, trailer);
    }

    private static List<string> SplitRecords(string text)
    {
        var records = new List<string>();
        if (text.Contains('\n', StringComparison.Ordinal))
        {
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i].EndsWith('\r') ? lines[i][..^1] : lines[i];
                if (line.Length == 0 && i == lines.Length - 1) break; // the separator after the last record
                if (line.Length != Cpa005Standard.RecordLength) throw new Cpa005FormatException("RecordLength", records.Count + 1);
                records.Add(line);
                if (records.Count > MaxRecords) throw new Cpa005FormatException("TooLong", records.Count);
            }
        }
        else
        {
            if (text.Length % Cpa005Standard.RecordLength != 0) throw new Cpa005FormatException("RecordLength", (text.Length / Cpa005Standard.RecordLength) + 1);
            if (text.Length / Cpa005Standard.RecordLength > MaxRecords) throw new Cpa005FormatException("TooLong", MaxRecords);
            for (var i = 0; i < text.Length; i += Cpa005Standard.RecordLength) records.Add(text.Substring(i, Cpa005Standard.RecordLength));
        }
        foreach (var (r, i) in records.Select((r, i) => (r, i)))
            if (r.Any(c => c < ' ' || c > '~')) throw new Cpa005FormatException("Characters", i + 1);
        return records;
    }

    private static Cpa005Header ReadHeader(string r)
    {
        if (r[0] != 'A') throw new Cpa005FormatException("HeaderMissing", 1);
        if (Number(r, 2, 9, 1) != 1) throw new Cpa005FormatException("RecordNumber", 1);
        var date = Cpa005Standard.ParseJulianDate(r.Substring(24, 6)) ?? throw new Cpa005FormatException("Date", 1);
        return new Cpa005Header(r.Substring(10, 10).TrimEnd(), (int)Number(r, 21, 4, 1), date, r.Substring(30, 5), r.Substring(55, 3).Trim());
    }

    private static void CheckControl(string r, int n, Cpa005Header header)
    {
        if (Number(r, 2, 9, n) != n) throw new Cpa005FormatException("RecordNumber", n);
        if (r.Substring(10, 10).TrimEnd() != header.OriginatorId || Number(r, 21, 4, n) != header.FileCreationNumber)
            throw new Cpa005FormatException("OriginatorMismatch", n);
    }

    private static Cpa005Item ReadSegment(char type, int n, int s, string seg)
    {
        string F(int offset, int length) => seg.Substring(offset - 1, length);
        var due = Cpa005Standard.ParseJulianDate(F(14, 6)) ?? throw new Cpa005FormatException("Date", n);
        var institution = F(20, 9);
        if (institution[0] != '0' || !institution.All(char.IsAsciiDigit)) throw new Cpa005FormatException("Institution", n);
        var returnInstitution = F(170, 9);
        return new Cpa005Item(type, n, s, (int)Number(F(1, 3), n), Number(F(4, 10), n), due, institution.Substring(1, 3), institution.Substring(4, 5),
            F(29, 12).TrimEnd(), F(41, 22).Trim(), F(63, 3).Trim(), F(66, 15).TrimEnd(), F(81, 30).TrimEnd(), F(111, 30).TrimEnd(),
            F(141, 10).TrimEnd(), F(151, 19).TrimEnd(), returnInstitution.Length == 9 ? returnInstitution.Substring(1, 3) : "",
            returnInstitution.Substring(4, 5), F(179, 12).TrimEnd(), F(191, 15).TrimEnd());
    }

    private static Cpa005Trailer ReadTrailer(string r, int count, Cpa005Header header)
    {
        if (r[0] != 'Z') throw new Cpa005FormatException("TrailerMissing", count);
        CheckControl(r, count, header);
        return new Cpa005Trailer((int)Number(r, 2, 9, count), Number(r, 25, 14, count), (int)Number(r, 39, 8, count), Number(r, 47, 14, count), (int)Number(r, 61, 8, count));
    }

    private static long Number(string r, int position, int length, int n) => Number(r.Substring(position - 1, length), n);

    private static long Number(string field, int n) =>
        field.All(char.IsAsciiDigit) && long.TryParse(field, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : throw new Cpa005FormatException("Number", n);
}
