using CoopSante.Platform.Documents;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CoopSante.Membership.Meetings;

/// <summary>
/// A flowing one-column document on Letter paper that wraps long lines and continues on new pages: minutes and
/// notices can run longer than a page, which the platform's one-page <see cref="SimplePdf"/> does not handle.
/// </summary>
internal sealed class MeetingPdf(string title)
{
    private const double Margin = 72;
    private readonly List<(string Text, double Size, bool Bold, double SpaceBefore, double Indent)> _blocks = [];

    public MeetingPdf Heading(string text) { _blocks.Add((text, 18, true, 0, 0)); return this; }
    public MeetingPdf Section(string text) { _blocks.Add((text, 13, true, 14, 0)); return this; }
    public MeetingPdf Line(string text, bool bold = false, double indent = 0) { _blocks.Add((text, 11, bold, 3, indent)); return this; }
    public MeetingPdf Gap(double points = 10) { _blocks.Add(("", 11, false, points, 0)); return this; }

    public byte[] ToBytes()
    {
        PdfFonts.EnsureConfigured();
        using var document = new PdfDocument();
        document.Info.Title = title;
        PdfPage? page = null;
        XGraphics? gfx = null;
        var y = 0.0;
        void NewPage()
        {
            gfx?.Dispose();
            page = document.AddPage();
            page.Width = XUnit.FromInch(8.5);
            page.Height = XUnit.FromInch(11);
            gfx = XGraphics.FromPdfPage(page);
            y = Margin;
        }
        NewPage();
        try
        {
            foreach (var (text, size, bold, before, indent) in _blocks)
            {
                var font = new XFont(PdfFonts.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);
                y += before;
                var width = page!.Width.Point - 2 * Margin - indent;
                foreach (var line in Wrap(gfx!, text, font, width))
                {
                    if (y + size * 1.4 > page.Height.Point - Margin) NewPage();
                    if (line.Length > 0) gfx!.DrawString(line, font, XBrushes.Black, new XPoint(Margin + indent, y + size));
                    y += size * 1.4;
                }
            }
        }
        finally
        {
            gfx?.Dispose();
        }
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private static IEnumerable<string> Wrap(XGraphics gfx, string text, XFont font, double width)
    {
        if (text.Length == 0) { yield return ""; yield break; }
        var line = "";
        foreach (var word in text.Split(' '))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && gfx.MeasureString(candidate, font).Width > width)
            {
                yield return line;
                line = word;
            }
            else line = candidate;
        }
        yield return line;
    }
}
