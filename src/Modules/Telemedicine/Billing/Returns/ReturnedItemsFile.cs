using System.Globalization;
using System.Text;
using System.Text.Unicode;
using CoopSante.Telemedicine.Billing.Cpa005;
using CsvHelper;

namespace CoopSante.Telemedicine.Billing.Returns;

/// <summary>One returned debit as the bank reports it: our cross-reference, the amount and the return reason code.</summary>
internal sealed record ReturnedItem(int Line, string Reference, long AmountCents, string ReasonCode);

/// <summary>Why a returns file cannot be read; <see cref="Line"/> is the line (CSV) or logical record (CPA-005), 0 for the file.</summary>
internal sealed class ReturnsFileException(string problem, int line) : Exception(problem)
{
    public string Problem { get; } = problem;
    public int Line { get; } = line;
}

/// <summary>
/// Reads the bank's returned items: a CPA-005 returns file (J records, told apart by its 'A' header record) or a CSV
/// (comma or semicolon, UTF-8 or Windows-1252) with the columns reference, amount and reason (French headers accepted:
/// référence, montant, motif). Everything is checked before anything is used: one bad line refuses the whole file.
/// </summary>
internal static class ReturnedItemsFile
{
    public const int MaxBytes = 32 * 1024 * 1024;
    public const int MaxItems = 100_000;

    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? throw new InvalidOperationException("Windows-1252 is not available.");

    public static IReadOnlyList<ReturnedItem> Read(byte[] bytes)
    {
        if (bytes.Length == 0) throw new ReturnsFileException("Empty", 0);
        if (bytes.Length > MaxBytes) throw new ReturnsFileException("TooLarge", 0);
        var text = Utf8.IsValid(bytes) ? Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF') : Windows1252.GetString(bytes);
        if (text.Contains('\0', StringComparison.Ordinal)) throw new ReturnsFileException("NotText", 0);
        var items = text.StartsWith('A') && text.IndexOfAny(['\r', '\n']) is -1 or Cpa005Standard.RecordLength ? FromCpa005(text) : FromCsv(text);
        if (items.Count == 0) throw new ReturnsFileException("Empty", 0);
        if (items.Count > MaxItems) throw new ReturnsFileException("TooLarge", 0);
        var duplicate = items.GroupBy(i => i.Reference, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new ReturnsFileException("DuplicateReference", duplicate.Skip(1).First().Line);
        return items;
    }

    private static List<ReturnedItem> FromCpa005(string text)
    {
        Cpa005File file;
        try { file = Cpa005Reader.Read(text); }
        catch (Cpa005FormatException e) { throw new ReturnsFileException("Cpa005." + e.Problem, e.Record); }
        var items = new List<ReturnedItem>();
        foreach (var x in file.Items)
        {
            if (x.RecordType != 'J') throw new ReturnsFileException("NotAReturn", x.Record);
            var code = ReturnReasons.Normalize(x.StoredTransactionType);
            if (code is null || !ReturnReasons.IsKnown(code)) throw new ReturnsFileException("ReasonUnknown", x.Record);
            items.Add(new ReturnedItem(x.Record, x.CrossReference, x.AmountCents, code));
        }
        return items;
    }

    private static List<ReturnedItem> FromCsv(string text)
    {
        var firstEnd = text.IndexOfAny(['\r', '\n']);
        var firstLine = firstEnd >= 0 ? text[..firstEnd] : text;
        // French spreadsheets save CSV with semicolons.
        var delimiter = firstLine.Count(c => c == ';') > firstLine.Count(c => c == ',') ? ';' : ',';
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        using var csv = CsvReader.Create(stream, new CsvReaderOptions { HasHeader = true, Separator = delimiter, FormatProvider = CultureInfo.InvariantCulture, Encoding = Encoding.UTF8 });
        csv.ReadHeader();
        var headers = csv.Headers.Select(h => BankText.Transliterate(h, 40).Trim()).ToList();
        int Column(params string[] names) => headers.FindIndex(h => names.Contains(h, StringComparer.Ordinal)) is var i and >= 0 ? i : throw new ReturnsFileException("ColumnMissing", 1);
        var reference = Column("REFERENCE", "REF");
        var amount = Column("AMOUNT", "MONTANT");
        var reason = Column("REASON", "MOTIF", "CODE");
        var items = new List<ReturnedItem>();
        var line = 1;
        while (csv.Read())
        {
            line++;
            if (items.Count >= MaxItems) throw new ReturnsFileException("TooLarge", line);
            var cells = new string[csv.FieldCount];
            for (var i = 0; i < cells.Length; i++) cells[i] = csv.GetString(i);
            if (cells.All(string.IsNullOrWhiteSpace)) continue;
            string Cell(int i) => i < cells.Length ? cells[i].Trim() : "";
            var refText = Cell(reference);
            if (refText.Length is 0 or > 19 || !BankText.IsBankSafe(refText)) throw new ReturnsFileException("ReferenceInvalid", line);
            var cents = ParseAmount(Cell(amount)) ?? throw new ReturnsFileException("AmountInvalid", line);
            var code = ReturnReasons.Normalize(Cell(reason));
            if (code is null || !ReturnReasons.IsKnown(code)) throw new ReturnsFileException("ReasonUnknown", line);
            items.Add(new ReturnedItem(line, refText, cents, code));
        }
        return items;
    }

    /// <summary>"8.00", "8,00", "8" → 800 cents; a positive amount of at most two decimals below $100,000.</summary>
    private static long? ParseAmount(string text)
    {
        var t = text.Replace(" ", "", StringComparison.Ordinal).Replace('\u00a0'.ToString(), "", StringComparison.Ordinal).TrimEnd('$').Replace(',', '.');
        if (t.Length is 0 or > 12 || !decimal.TryParse(t, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d)) return null;
        if (d <= 0 || d >= 100_000m || decimal.Round(d, 2) != d) return null;
        return (long)(d * 100);
    }
}
