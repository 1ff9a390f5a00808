using PdfSharp.Fonts;

namespace CoopSante.Platform.Documents;

/// <summary>
/// PDFsharp needs to be told where fonts are on Linux. Every family maps to DejaVu Sans, which renders French
/// accents and "œ"; italics are simulated by PDFsharp. Call <see cref="PdfFonts.EnsureConfigured"/> before drawing.
/// </summary>
internal sealed class DejaVuFontResolver(string directory) : IFontResolver
{
    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? Bold : Regular, mustSimulateBold: false, mustSimulateItalic: italic);

    public byte[]? GetFont(string faceName)
    {
        var path = Path.Combine(directory, faceName + ".ttf");
        return File.Exists(path) ? File.ReadAllBytes(path) : null;
    }
}

public static class PdfFonts
{
    public const string DefaultDirectory = "/usr/share/fonts/truetype/dejavu";
    /// <summary>The family name to use in <c>XFont</c>; any name resolves to DejaVu Sans.</summary>
    public const string Family = "DejaVu Sans";

    private static readonly Lock Gate = new();

    public static void EnsureConfigured(string directory = DefaultDirectory)
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is null) GlobalFontSettings.FontResolver = new DejaVuFontResolver(directory);
        }
    }
}
