using System.Globalization;
using System.Text;
using CoopSante.Membership.RegisterIo;
using CoopSante.Platform.Errors;
using CsvHelper;
using MiniExcelLibs;

namespace CoopSante.Membership.RegisterImport;

/// <summary>A register file as read: its header row and its data rows as text. Line numbers count the header as line 1.</summary>
internal sealed class ImportTable
{
    public const int MaxRows = 200_000;

    public required IReadOnlyList<string> Headers { get; init; }
    public required IReadOnlyList<string[]> Rows { get; init; }

    public static int LineOf(int rowIndex) => rowIndex + 2;

    /// <summary>Reads CSV (comma or semicolon, UTF-8) or XLSX, told apart by the file's first bytes.</summary>
    public static ImportTable Read(Stream content)
    {
        var seekable = content;
        if (!content.CanSeek)
        {
            seekable = new MemoryStream();
            content.CopyTo(seekable);
        }
        seekable.Position = 0;
        Span<byte> magic = stackalloc byte[2];
        var zip = seekable.Read(magic) == 2 && magic[0] == (byte)'P' && magic[1] == (byte)'K';
        seekable.Position = 0;
        try
        {
            return zip ? ReadXlsx(seekable) : ReadCsv(seekable);
        }
        catch (DomainException) { throw; }
        catch (Exception e) when (e is CsvFormatException or CsvValidationException or InvalidDataException or FormatException or InvalidOperationException or IOException or ArgumentException or NullReferenceException)
        {
            throw new DomainException(RegisterIoErrors.FileUnreadable.At("file"));
        }
    }

    private static ImportTable ReadCsv(Stream stream)
    {
        char delimiter;
        using (var peek = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true))
        {
            var first = peek.ReadLine();
            if (string.IsNullOrWhiteSpace(first)) throw new DomainException(RegisterIoErrors.FileUnreadable.At("file"));
            // French spreadsheets save CSV with semicolons.
            delimiter = first.Count(c => c == ';') > first.Count(c => c == ',') ? ';' : ',';
        }
        stream.Position = 0;
        using var csv = CsvReader.Create(stream, new CsvReaderOptions { HasHeader = true, Separator = delimiter, FormatProvider = CultureInfo.InvariantCulture }, leaveOpen: true);
        csv.ReadHeader();
        var headers = csv.Headers.Select(h => h.Trim()).ToArray();
        var rows = new List<string[]>();
        while (csv.Read())
        {
            var record = new string[csv.FieldCount];
            for (var i = 0; i < record.Length; i++) record[i] = csv.GetString(i);
            if (record.All(string.IsNullOrWhiteSpace)) continue;
            if (rows.Count >= MaxRows) throw new DomainException(RegisterIoErrors.FileTooLarge.At("file", MaxRows));
            rows.Add(record);
        }
        return new ImportTable { Headers = headers, Rows = rows };
    }

    private static ImportTable ReadXlsx(Stream stream)
    {
        string[]? headers = null;
        var rows = new List<string[]>();
        foreach (IDictionary<string, object?> row in stream.Query(useHeaderRow: false))
        {
            var cells = row.Values.Select(Text).ToArray();
            if (headers is null) { headers = cells.Select(h => h.Trim()).ToArray(); continue; }
            if (cells.All(string.IsNullOrWhiteSpace)) continue;
            if (rows.Count >= MaxRows) throw new DomainException(RegisterIoErrors.FileTooLarge.At("file", MaxRows));
            rows.Add(cells);
        }
        if (headers is null) throw new DomainException(RegisterIoErrors.FileUnreadable.At("file"));
        return new ImportTable { Headers = headers, Rows = rows };
    }

    private static string Text(object? cell) => cell switch
    {
        null => "",
        DateTime d => d.TimeOfDay == TimeSpan.Zero ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : d.ToString("s", CultureInfo.InvariantCulture),
        double x => x.ToString(CultureInfo.InvariantCulture),
        decimal x => x.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? "",
    };
}
