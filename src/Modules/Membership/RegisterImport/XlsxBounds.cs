using System.IO.Compression;
using System.Xml;
using CoopSante.Membership.RegisterIo;
using CoopSante.Platform.Errors;

namespace CoopSante.Membership.RegisterImport;

/// <summary>
/// Measures an XLSX before it is read: its used range (the sheet's dimension) and then every cell reference, in one forward
/// pass over the sheet's XML. MiniExcel fills every row up to the last column it saw, so one cell in column XFD of a
/// 200-row sheet made 3 million cells and five minutes of CPU; such a file is now refused before a cell is read.
/// </summary>
internal static class XlsxBounds
{
    public static void Check(Stream xlsx, CancellationToken ct)
    {
        using var zip = new ZipArchive(xlsx, ZipArchiveMode.Read, leaveOpen: true);
        if (zip.Entries.Sum(e => e.Length) > ImportTable.MaxUnzippedBytes)
            throw new DomainException(RegisterIoErrors.FileTooLarge.At("file", ImportTable.MaxRows));
        long cells = 0;
        foreach (var sheet in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase)
                                                     && e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)))
        {
            using var stream = sheet.Open();
            using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true });
            while (xml.Read())
            {
                if (xml.NodeType != XmlNodeType.Element) continue;
                switch (xml.LocalName)
                {
                    case "dimension":
                        // "A1:XFD200": the used range as Excel saved it, known before any row.
                        var range = xml.GetAttribute("ref") ?? "";
                        var last = range[(range.IndexOf(':', StringComparison.Ordinal) + 1)..];
                        var (columns, rows) = (Column(last), Row(last));
                        if (columns > ImportTable.MaxColumns) throw TooManyColumns();
                        if ((long)columns * rows > ImportTable.MaxCells) throw TooManyCells();
                        break;
                    case "c":
                        // The dimension is optional and may lie: every cell reference is checked as well.
                        if (++cells > ImportTable.MaxCells) throw TooManyCells();
                        if ((cells & 4095) == 0) ct.ThrowIfCancellationRequested();
                        if (Column(xml.GetAttribute("r")) > ImportTable.MaxColumns) throw TooManyColumns();
                        break;
                }
            }
        }
    }

    /// <summary>The column number of a reference such as "XFD200" (0 when there is none).</summary>
    internal static int Column(string? reference)
    {
        var n = 0;
        foreach (var ch in reference ?? "")
        {
            var c = char.ToUpperInvariant(ch);
            if (c is < 'A' or > 'Z') break;
            n = n * 26 + (c - 'A' + 1);
            if (n > 1_000_000) break;
        }
        return n;
    }

    private static int Row(string reference)
    {
        var digits = new string(reference.SkipWhile(char.IsAsciiLetter).TakeWhile(char.IsAsciiDigit).Take(9).ToArray());
        return digits.Length == 0 ? 1 : int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static DomainException TooManyColumns() => new(RegisterIoErrors.TooManyColumns.At("file", ImportTable.MaxColumns));

    private static DomainException TooManyCells() => new(RegisterIoErrors.TooManyCells.At("file", ImportTable.MaxCells));
}
