using System.IO.Compression;
using System.Text;
using MiniExcelLibs;

namespace CoopSante.Tests.Shared;

/// <summary>Spreadsheets as a careless or hostile person saves them; linked into the unit and integration test projects.</summary>
public static class HostileSheets
{
    /// <summary>A 200-row register saved by MiniExcel, then one cell typed in column XFD of row 2 (the dimension left as it was).</summary>
    public static byte[] OneCellInColumnXfd(int rows = 200, bool inDimensionOnly = false)
    {
        using var file = new MemoryStream();
        file.SaveAs(Enumerable.Range(1, rows).Select(i => new Dictionary<string, object> { ["Nom"] = $"Bélanger{i}", ["Ville"] = "Sorel" }));
        using (var zip = new ZipArchive(file, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.Entries.Single(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal));
            string xml;
            using (var reader = new StreamReader(entry.Open(), Encoding.UTF8)) xml = reader.ReadToEnd();
            var rowEnd = xml.IndexOf("row>", xml.IndexOf("row>", StringComparison.Ordinal) + 4, StringComparison.Ordinal);
            var close = xml.LastIndexOf("</", rowEnd, StringComparison.Ordinal);
            var prefix = xml[(close + 2)..rowEnd]; // "x:" or ""
            // Excel writes the used range before the rows; MiniExcel writes none.
            if (inDimensionOnly) xml = xml.Insert(xml.IndexOf($"<{prefix}sheetViews", StringComparison.Ordinal), $"<{prefix}dimension ref=\"A1:XFD{rows + 1}\"/>");
            else xml = xml.Insert(close, $"<{prefix}c r=\"XFD2\" t=\"inlineStr\"><{prefix}is><{prefix}t>oups</{prefix}t></{prefix}is></{prefix}c>");
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(entry.FullName).Open(), new UTF8Encoding(false));
            writer.Write(xml);
        }
        return file.ToArray();
    }
}
