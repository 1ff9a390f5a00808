using System.Globalization;
using System.Text;

namespace CoopSante.Telemedicine.Billing.Cpa005;

/// <summary>What a written file holds, as its trailer says it.</summary>
internal sealed record Cpa005Totals(int Records, int DebitCount, long DebitCents);

/// <summary>
/// Writes a CPA-005 debit file (reference/cpa005.md): header A, D records of up to six 240-character segments (one debit
/// each, transaction type 470), trailer Z with the counts and totals. Streams to a <see cref="TextWriter"/>, so a file of
/// 100,000 debits is never held twice in memory.
/// </summary>
internal static class Cpa005Writer
{
    public static string Write(Cpa005Format format, int fileCreationNumber, DateOnly creationDate, IEnumerable<Cpa005Debit> debits)
    {
        var sw = new StringWriter(CultureInfo.InvariantCulture);
        Write(sw, format, fileCreationNumber, creationDate, debits);
        return sw.ToString();
    }

    public static Cpa005Totals Write(TextWriter output, Cpa005Format format, int fileCreationNumber, DateOnly creationDate, IEnumerable<Cpa005Debit> debits)
    {
        Check(format, fileCreationNumber);
        var separator = format.Separator switch { RecordSeparator.CrLf => "\r\n", RecordSeparator.Lf => "\n", _ => "" };
        var perRecord = format.SegmentsPerRecord;
        var originator = Alpha(format.OriginatorId, 10);
        var fcn = Num(fileCreationNumber, 4);
        var record = new StringBuilder(Cpa005Standard.RecordLength);
        var count = 1;
        // The same in every segment: transliterated once per file, not once per debit (100,000 debits, 200,000 names saved).
        var names = new FileNames(Alpha(BankText.Transliterate(format.ShortName, 15, format.UpperCaseNames), 15),
            Alpha(BankText.Transliterate(format.LongName, 30, format.UpperCaseNames), 30));

        record.Append('A').Append(Num(count, 9)).Append(originator).Append(fcn).Append(Cpa005Standard.JulianDate(creationDate))
            .Append(Num(long.Parse(format.ProcessingCentre, CultureInfo.InvariantCulture), 5)).Append(' ', 20).Append(Alpha(format.Currency ?? "", 3));
        Flush(output, record, separator);

        long totalCents = 0;
        var debitCount = 0;
        var inRecord = 0;
        foreach (var debit in debits)
        {
            if (inRecord == 0)
            {
                count++;
                record.Append('D').Append(Num(count, 9)).Append(originator).Append(fcn);
            }
            AppendSegment(record, format, originator, names, debit);
            totalCents += debit.AmountCents;
            debitCount++;
            if (++inRecord == perRecord)
            {
                Flush(output, record, separator);
                inRecord = 0;
            }
        }
        if (inRecord > 0) Flush(output, record, separator); // unused segments are padded blank

        count++;
        var zeros = format.Fill == ReservedFill.Zeros;
        record.Append('Z').Append(Num(count, 9)).Append(originator).Append(fcn)
            .Append(Num(totalCents, 14)).Append(Num(debitCount, 8)).Append(Num(0, 14)).Append(Num(0, 8))
            .Append(zeros ? '0' : ' ', 44);
        Flush(output, record, separator);
        return new Cpa005Totals(count, debitCount, totalCents);
    }

    /// <summary>The originator's short and long names as every segment writes them.</summary>
    private sealed record FileNames(string Short, string Long);

    private static void AppendSegment(StringBuilder record, Cpa005Format format, string originator, FileNames names, Cpa005Debit d)
    {
        if (d.AmountCents <= 0) throw new ArgumentException("A debit is a positive amount.", nameof(d));
        CheckDigits(d.Institution, 3, 3, nameof(d.Institution));
        CheckDigits(d.Transit, 5, 5, nameof(d.Transit));
        CheckDigits(d.Account, 1, 12, nameof(d.Account));
        if (d.CrossReference.Length is 0 or > 19 || !BankText.IsBankSafe(d.CrossReference)) throw new ArgumentException("The cross-reference identifies the debit in 19 characters.", nameof(d));
        var zeros = format.Fill == ReservedFill.Zeros;
        var start = record.Length;
        record.Append(Num(d.TransactionCode, 3))
            .Append(Num(d.AmountCents, 10))
            .Append(Cpa005Standard.JulianDate(d.DueDate))
            .Append('0').Append(d.Institution).Append(d.Transit)
            .Append(Alpha(d.Account, 12))
            .Append(zeros ? '0' : ' ', 22)
            .Append(zeros ? "000" : "   ")
            .Append(names.Short)
            .Append(Alpha(BankText.Transliterate(d.PayorName, 30, format.UpperCaseNames), 30))
            .Append(names.Long)
            .Append(originator)
            .Append(Alpha(d.CrossReference, 19))
            .Append('0').Append(format.ReturnInstitution).Append(format.ReturnTransit)
            .Append(Alpha(format.ReturnAccount, 12))
            .Append(Alpha(BankText.Transliterate(d.Sundry, 15, format.UpperCaseNames), 15))
            .Append(' ', 22)
            .Append(' ', 2)
            .Append(zeros ? '0' : ' ', 11);
        if (record.Length - start != Cpa005Standard.SegmentLength) throw new InvalidOperationException("A segment is 240 characters.");
    }

    private static void Flush(TextWriter output, StringBuilder record, string separator)
    {
        if (record.Length > Cpa005Standard.RecordLength) throw new InvalidOperationException("A record is 1464 characters.");
        record.Append(' ', Cpa005Standard.RecordLength - record.Length);
        output.Write(record);
        output.Write(separator);
        record.Clear();
    }

    private static void Check(Cpa005Format f, int fileCreationNumber)
    {
        if (fileCreationNumber is < 1 or > 9999) throw new ArgumentOutOfRangeException(nameof(fileCreationNumber));
        if (f.OriginatorId.Length is 0 or > 10 || !f.OriginatorId.All(char.IsAsciiLetterOrDigit)) throw new ArgumentException("The originator id is up to 10 letters or digits.", nameof(f));
        CheckDigits(f.ProcessingCentre, 1, 5, nameof(f.ProcessingCentre));
        CheckDigits(f.ReturnInstitution, 3, 3, nameof(f.ReturnInstitution));
        CheckDigits(f.ReturnTransit, 5, 5, nameof(f.ReturnTransit));
        CheckDigits(f.ReturnAccount, 1, 12, nameof(f.ReturnAccount));
        if (f.Currency is not (null or "" or "CAD" or "USD")) throw new ArgumentException("The currency is CAD or USD.", nameof(f));
        if (f.SegmentsPerRecord is < 1 or > Cpa005Standard.MaxSegments) throw new ArgumentOutOfRangeException(nameof(f));
    }

    private static void CheckDigits(string value, int min, int max, string field)
    {
        if (value.Length < min || value.Length > max || !value.All(char.IsAsciiDigit)) throw new ArgumentException($"{field}: {min} to {max} digits.", field);
    }

    private static string Num(long value, int length)
    {
        var text = value.ToString(CultureInfo.InvariantCulture).PadLeft(length, '0');
        if (value < 0 || text.Length > length) throw new ArgumentOutOfRangeException(nameof(value), "The number does not fit its field.");
        return text;
    }

    private static string Alpha(string value, int length) => value.Length >= length ? value[..length] : value.PadRight(length);
}
