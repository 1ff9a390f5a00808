using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CoopSante.Platform.Documents;

/// <summary>
/// A one-column PDF on Letter paper: a title and lines of text, for certificates, receipts and notices.
/// Text comes already localized; this class knows nothing of languages.
/// </summary>
public sealed class SimplePdf
{
    private readonly List<(string Text, double Size, bool Bold, double SpaceBefore)> _lines = [];

    public string Title { get; }

    public SimplePdf(string title) => Title = title;

    public SimplePdf Heading(string text) { _lines.Add((text, 20, true, 0)); return this; }
    public SimplePdf Line(string text, bool bold = false) { _lines.Add((text, 11, bold, 4)); return this; }
    public SimplePdf Gap(double points = 12) { _lines.Add(("", 11, false, points)); return this; }

    public byte[] ToBytes()
    {
        PdfFonts.EnsureConfigured();
        using var document = new PdfDocument();
        document.Info.Title = Title;
        var page = document.AddPage();
        page.Width = XUnit.FromInch(8.5);
        page.Height = XUnit.FromInch(11);
        using (var gfx = XGraphics.FromPdfPage(page))
        {
            var y = 72.0;
            foreach (var (text, size, bold, before) in _lines)
            {
                var font = new XFont(PdfFonts.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);
                y += before;
                if (text.Length > 0) gfx.DrawString(text, font, XBrushes.Black, new XPoint(72, y + size));
                y += size * 1.4;
            }
        }
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }
}
