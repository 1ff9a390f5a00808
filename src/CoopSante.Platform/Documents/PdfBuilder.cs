using System.Globalization;
using System.Resources;
using CoopSante.Platform.Localization;
using CoopSante.Platform.Resources;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CoopSante.Platform.Documents;

/// <summary>
/// The one PDF layout of the product: Letter paper, one column that wraps long text and continues on new pages,
/// tables whose cells wrap (the header repeats on each page), a letterhead, signature lines and "Page 1 de 3".
/// Text comes already localized; the builder's culture only names its own words (page numbers, NEQ, dates).
/// </summary>
public sealed class PdfBuilder(string title, CultureInfo culture)
{
    public const double PageWidth = 612;  // 8.5 in
    public const double PageHeight = 792; // 11 in
    public const double Margin = 72;
    private const double LineFactor = 1.4;
    private const double CellPadding = 4;
    private static readonly ResourceManager Text = new(typeof(DocumentsText));
    private readonly List<Action<Layout>> _blocks = [];

    public string Title { get; } = title;

    /// <summary>The width text can use between the margins.</summary>
    public static double BodyWidth => PageWidth - 2 * Margin;

    public PdfBuilder Letterhead(Letterhead coop)
    {
        _blocks.Add(l =>
        {
            l.Text(coop.Name, 14, bold: true, indent: 0, spaceBefore: 0);
            foreach (var line in coop.Address.Where(a => !string.IsNullOrWhiteSpace(a))) l.Text(line, 10, bold: false, indent: 0, spaceBefore: 0);
            if (!string.IsNullOrWhiteSpace(coop.Neq)) l.Text(string.Format(culture, Word("Pdf.Neq"), coop.Neq), 10, bold: false, indent: 0, spaceBefore: 0);
            l.Rule(spaceBefore: 6, spaceAfter: 12);
        });
        return this;
    }

    /// <summary>The document's date, on the right, as the culture writes it ("5 décembre 2026", "December 5, 2026").</summary>
    public PdfBuilder Date(DateOnly date)
    {
        _blocks.Add(l => l.RightAligned(Formats.Date(date, culture), 11, spaceBefore: 0));
        return this;
    }

    /// <summary>The document's title.</summary>
    public PdfBuilder Heading(string text) => Add(text, 18, bold: true, indent: 0, spaceBefore: 0);

    /// <summary>A section heading.</summary>
    public PdfBuilder Section(string text) => Add(text, 13, bold: true, indent: 0, spaceBefore: 14);

    /// <summary>Text that wraps at the right margin; a line break in <paramref name="text"/> starts a new line.</summary>
    public PdfBuilder Paragraph(string text, bool bold = false, double indent = 0) => Add(text, 11, bold, indent, spaceBefore: 3);

    /// <summary>A label and its value side by side; the value wraps in its own column.</summary>
    public PdfBuilder KeyValue(string key, string value)
    {
        _blocks.Add(l => l.Row([key, value], [0.35, 0.65], 11, boldColumn: 0, borders: false, spaceBefore: 3));
        return this;
    }

    /// <summary>
    /// A table: <paramref name="widths"/> are the columns' shares of the body width (equal when null). Cells wrap;
    /// a row never splits across pages and the header row repeats at the top of each page.
    /// </summary>
    public PdfBuilder Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, IReadOnlyList<double>? widths = null)
    {
        var shares = widths ?? [.. headers.Select(_ => 1.0 / headers.Count)];
        if (shares.Count != headers.Count) throw new ArgumentException("One width per column.", nameof(widths));
        var body = rows.ToList();
        if (body.Any(r => r.Count != headers.Count)) throw new ArgumentException("Every row has one cell per column.", nameof(rows));
        _blocks.Add(l =>
        {
            l.Space(6);
            l.Row(headers, shares, 10, boldColumn: -1, borders: true, spaceBefore: 0, allBold: true);
            foreach (var row in body)
            {
                if (l.Row(row, shares, 10, boldColumn: -2, borders: true, spaceBefore: 0, fitOnly: true) is false)
                {
                    l.NewPage();
                    l.Row(headers, shares, 10, boldColumn: -1, borders: true, spaceBefore: 0, allBold: true);
                }
                l.Row(row, shares, 10, boldColumn: -2, borders: true, spaceBefore: 0);
            }
        });
        return this;
    }

    /// <summary>Lines to sign on, two abreast, each with its label underneath (e.g. "Président(e)", "Secrétaire").</summary>
    public PdfBuilder Signatures(params string[] labels)
    {
        _blocks.Add(l => l.Signatures(labels));
        return this;
    }

    /// <summary>Starts a new page (one letter per page when printing notices in a batch).</summary>
    public PdfBuilder PageBreak()
    {
        _blocks.Add(l => l.NewPage());
        return this;
    }

    public PdfBuilder Gap(double points = 10)
    {
        _blocks.Add(l => l.Space(points));
        return this;
    }

    public byte[] ToBytes()
    {
        PdfFonts.EnsureConfigured();
        using var document = new PdfDocument();
        document.Info.Title = Title;
        using (var layout = new Layout(document))
        {
            foreach (var block in _blocks) block(layout);
        }
        Number(document);
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private PdfBuilder Add(string text, double size, bool bold, double indent, double spaceBefore)
    {
        _blocks.Add(l => l.Text(text, size, bold, indent, spaceBefore));
        return this;
    }

    private void Number(PdfDocument document)
    {
        var font = new XFont(PdfFonts.Family, 9, XFontStyleEx.Regular);
        var pattern = Word("Pdf.PageOf");
        for (var i = 0; i < document.PageCount; i++)
        {
            using var gfx = XGraphics.FromPdfPage(document.Pages[i], XGraphicsPdfPageOptions.Append);
            var label = string.Format(culture, pattern, i + 1, document.PageCount);
            var width = gfx.MeasureString(label, font).Width;
            gfx.DrawString(label, font, XBrushes.Black, new XPoint((PageWidth - width) / 2, PageHeight - Margin / 2));
        }
    }

    private string Word(string key) => Text.GetString(key, culture) ?? key;

    /// <summary>Where the pen is: the current page and the height used on it.</summary>
    private sealed class Layout(PdfDocument document) : IDisposable
    {
        private readonly Dictionary<(double, bool), XFont> _fonts = [];
        private XGraphics? _gfx;
        private double _y;

        private XGraphics Gfx => _gfx ?? NewPage();
        private static double Bottom => PageHeight - Margin;

        public XGraphics NewPage()
        {
            _gfx?.Dispose();
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(PageWidth);
            page.Height = XUnit.FromPoint(PageHeight);
            _gfx = XGraphics.FromPdfPage(page);
            _y = Margin;
            return _gfx;
        }

        public void Dispose() => _gfx?.Dispose();

        public void Space(double points)
        {
            _ = Gfx;
            _y = Math.Min(_y + points, Bottom);
        }

        public void Text(string text, double size, bool bold, double indent, double spaceBefore)
        {
            var gfx = Gfx;
            var font = Font(size, bold);
            Space(spaceBefore);
            foreach (var line in Wrap(gfx, text, font, BodyWidth - indent))
            {
                if (_y + size * LineFactor > Bottom) gfx = NewPage();
                if (line.Length > 0) gfx.DrawString(line, font, XBrushes.Black, new XPoint(Margin + indent, _y + size));
                _y += size * LineFactor;
            }
        }

        public void RightAligned(string text, double size, double spaceBefore)
        {
            var gfx = Gfx;
            var font = Font(size, false);
            Space(spaceBefore);
            if (_y + size * LineFactor > Bottom) gfx = NewPage();
            gfx.DrawString(text, font, XBrushes.Black, new XPoint(PageWidth - Margin - gfx.MeasureString(text, font).Width, _y + size));
            _y += size * LineFactor;
        }

        public void Rule(double spaceBefore, double spaceAfter)
        {
            var gfx = Gfx;
            Space(spaceBefore);
            gfx.DrawLine(XPens.Gray, Margin, _y, PageWidth - Margin, _y);
            Space(spaceAfter);
        }

        /// <summary>Draws a row of wrapped cells (or, with <paramref name="fitOnly"/>, only says whether it fits on this page).</summary>
        public bool Row(IReadOnlyList<string> cells, IReadOnlyList<double> shares, double size, int boldColumn, bool borders, double spaceBefore,
            bool fitOnly = false, bool allBold = false)
        {
            var gfx = Gfx;
            if (!fitOnly) Space(spaceBefore);
            var padding = borders ? CellPadding : 0;
            var wrapped = new List<string>[cells.Count];
            var widths = new double[cells.Count];
            for (var i = 0; i < cells.Count; i++)
            {
                widths[i] = BodyWidth * shares[i] / shares.Sum();
                var font = Font(size, allBold || i == boldColumn);
                wrapped[i] = [.. Wrap(gfx, cells[i], font, widths[i] - 2 * padding - (borders ? 0 : 6))];
            }
            var height = wrapped.Max(w => w.Count) * size * LineFactor + 2 * padding;
            if (fitOnly) return _y + height <= Bottom;
            if (_y + height > Bottom && height <= Bottom - Margin) gfx = NewPage();
            var x = Margin;
            for (var i = 0; i < cells.Count; i++)
            {
                var font = Font(size, allBold || i == boldColumn);
                var y = _y + padding;
                foreach (var line in wrapped[i])
                {
                    if (line.Length > 0) gfx.DrawString(line, font, XBrushes.Black, new XPoint(x + padding, y + size));
                    y += size * LineFactor;
                }
                if (borders) gfx.DrawRectangle(XPens.Gray, x, _y, widths[i], height);
                x += widths[i];
            }
            _y += height;
            return true;
        }

        public void Signatures(IReadOnlyList<string> labels)
        {
            const double lineWidth = 200, size = 10;
            var gfx = Gfx;
            var font = Font(size, false);
            for (var i = 0; i < labels.Count; i += 2)
            {
                var height = 36 + size * LineFactor * 2;
                if (_y + height > Bottom) gfx = NewPage();
                var baseline = _y + 36;
                for (var j = i; j < Math.Min(i + 2, labels.Count); j++)
                {
                    var x = Margin + (j - i) * (BodyWidth - lineWidth);
                    gfx.DrawLine(XPens.Black, x, baseline, x + lineWidth, baseline);
                    var y = baseline + 4;
                    foreach (var line in Wrap(gfx, labels[j], font, lineWidth))
                    {
                        gfx.DrawString(line, font, XBrushes.Black, new XPoint(x, y + size));
                        y += size * LineFactor;
                    }
                }
                _y += height;
            }
        }

        private XFont Font(double size, bool bold)
        {
            if (!_fonts.TryGetValue((size, bold), out var font))
                _fonts[(size, bold)] = font = new XFont(PdfFonts.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);
            return font;
        }
    }

    /// <summary>The lines <paramref name="text"/> takes in <paramref name="width"/>: breaks between words, and inside a word longer than a line.</summary>
    internal static IEnumerable<string> Wrap(XGraphics gfx, string text, XFont font, double width)
    {
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (gfx.MeasureString(candidate, font).Width <= width) { line = candidate; continue; }
                if (line.Length > 0) yield return line;
                line = word;
                while (line.Length > 1 && gfx.MeasureString(line, font).Width > width)
                {
                    var fits = 1;
                    while (fits < line.Length && gfx.MeasureString(line[..(fits + 1)], font).Width <= width) fits++;
                    yield return line[..fits];
                    line = line[fits..];
                }
            }
            yield return line;
        }
    }
}
