using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Unicode;
using System.Xml;
using CoopSante.Membership.RegisterIo;
using CoopSante.Platform.Errors;
using CsvHelper;
using MiniExcelLibs;

namespace CoopSante.Membership.RegisterImport;

/// <summary>A register file as read: its header row and its data rows as text. Line numbers count the header as line 1.</summary>
internal sealed class ImportTable
{
    public const int MaxRows = 200_000;

    /// <summary>A register has 23 columns; a sheet that claims more than this is refused before a cell is read.</summary>
    public const int MaxColumns = 64;

    /// <summary>Cells a sheet may hold (rows × columns of a full register with room to spare).</summary>
    public const int MaxCells = MaxRows * 25;

    /// <summary>What the parts of an XLSX may hold once unzipped (a small zip can unpack to gigabytes).</summary>
    public const long MaxUnzippedBytes = 512L * 1024 * 1024;

    /// <summary>Excel on a French Windows saves CSV in this code page when not told to use UTF-8.</summary>
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? throw new InvalidOperationException("Windows-1252 is not available.");

    public required IReadOnlyList<string> Headers { get; init; }
    public required IReadOnlyList<string[]> Rows { get; init; }

    public static int LineOf(int rowIndex) => rowIndex + 2;

    /// <summary>
    /// Reads CSV (comma or semicolon; UTF-8, or Windows-1252 when the bytes are not UTF-8) or XLSX, told apart by the file's
    /// first bytes. An XLSX is measured (columns, cells, unzipped size) before MiniExcel reads a cell of it. Stops when
    /// <paramref name="ct"/> is cancelled (the client left).
    /// </summary>
    public static ImportTable Read(Stream content, CancellationToken ct = default)
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
            if (!zip) return ReadCsv(seekable, ct);
            XlsxBounds.Check(seekable, ct);
            seekable.Position = 0;
            return ReadXlsx(seekable, ct);
        }
        catch (DomainException) { throw; }
        catch (Exception e) when (e is CsvFormatException or XmlException or CsvValidationException or InvalidDataException or FormatException or InvalidOperationException or IOException or ArgumentException or NullReferenceException)
        {
            throw new DomainException(RegisterIoErrors.FileUnreadable.At("file"));
        }
    }

    private static ImportTable ReadCsv(Stream stream, CancellationToken ct)
    {
        var encoding = DetectEncoding(stream);
        char delimiter;
        using (var peek = new StreamReader(stream, encoding ?? Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true))
        {
            var first = peek.ReadLine();
            if (string.IsNullOrWhiteSpace(first)) throw new DomainException(RegisterIoErrors.FileUnreadable.At("file"));
            // French spreadsheets save CSV with semicolons.
            delimiter = first.Count(c => c == ';') > first.Count(c => c == ',') ? ';' : ',';
        }
        stream.Position = 0;
        using var csv = CsvReader.Create(stream, new CsvReaderOptions { HasHeader = true, Separator = delimiter, FormatProvider = CultureInfo.InvariantCulture, Encoding = encoding }, leaveOpen: true);
        csv.ReadHeader();
        var headers = csv.Headers.Select(h => h.Trim()).ToArray();
        if (headers.Length > MaxColumns) throw new DomainException(RegisterIoErrors.TooManyColumns.At("file", MaxColumns));
        var rows = new List<string[]>();
        while (csv.Read())
        {
            if ((rows.Count & 1023) == 0) ct.ThrowIfCancellationRequested();
            if (csv.FieldCount > MaxColumns) throw new DomainException(RegisterIoErrors.TooManyColumns.At("file", MaxColumns));
            var record = new string[csv.FieldCount];
            for (var i = 0; i < record.Length; i++) record[i] = csv.GetString(i);
            if (record.All(string.IsNullOrWhiteSpace)) continue;
            if (rows.Count >= MaxRows) throw new DomainException(RegisterIoErrors.FileTooLarge.At("file", MaxRows));
            rows.Add(record);
        }
        return Checked(headers, rows);
    }

    /// <summary>
    /// UTF-8 when the file has a byte order mark or is valid UTF-8 (null: the reader honours any BOM); otherwise Windows-1252,
    /// which is what Excel writes on a French Windows. Every byte sequence decodes in one or the other, so no "�" is invented.
    /// </summary>
    internal static Encoding? DetectEncoding(Stream stream)
    {
        byte[] bytes;
        if (stream is MemoryStream memory && memory.TryGetBuffer(out var segment)) bytes = segment.Array![segment.Offset..(segment.Offset + segment.Count)];
        else
        {
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            bytes = copy.ToArray();
        }
        stream.Position = 0;
        var hasBom = bytes.AsSpan().StartsWith((byte[])[0xEF, 0xBB, 0xBF]) || bytes.AsSpan().StartsWith((byte[])[0xFF, 0xFE]) || bytes.AsSpan().StartsWith((byte[])[0xFE, 0xFF]);
        return hasBom || Utf8.IsValid(bytes) ? null : Windows1252;
    }

    /// <summary>Refuses a file whose text already holds U+FFFD (a file damaged before it reached us): it would be stored as is.</summary>
    private static ImportTable Checked(string[] headers, List<string[]> rows)
    {
        for (var i = 0; i < rows.Count; i++)
            foreach (var cell in rows[i])
                if (cell.Contains('\uFFFD', StringComparison.Ordinal)) throw new DomainException(RegisterIoErrors.EncodingInvalid.At("file", LineOf(i)));
        if (headers.Any(h => h.Contains('\uFFFD', StringComparison.Ordinal))) throw new DomainException(RegisterIoErrors.EncodingInvalid.At("file", 1));
        return new ImportTable { Headers = headers, Rows = rows };
    }

    private static ImportTable ReadXlsx(Stream stream, CancellationToken ct)
    {
        string[]? headers = null;
        var rows = new List<string[]>();
        foreach (IDictionary<string, object?> row in stream.Query(useHeaderRow: false))
        {
            if ((rows.Count & 1023) == 0) ct.ThrowIfCancellationRequested();
            var cells = row.Values.Select(Text).ToArray();
            if (headers is null) { headers = cells.Select(h => h.Trim()).ToArray(); continue; }
            if (cells.All(string.IsNullOrWhiteSpace)) continue;
            if (rows.Count >= MaxRows) throw new DomainException(RegisterIoErrors.FileTooLarge.At("file", MaxRows));
            rows.Add(cells);
        }
        if (headers is null) throw new DomainException(RegisterIoErrors.FileUnreadable.At("file"));
        return Checked(headers, rows);
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
