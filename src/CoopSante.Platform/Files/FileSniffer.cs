using System.Buffers;
using System.IO.Compression;
using System.Text;

namespace CoopSante.Platform.Files;

/// <summary>What the content of a file is, whatever its name says.</summary>
public enum SniffVerdict { Recognised, Executable, Unknown }

/// <summary>
/// Types a file by its first bytes (and, for a zip, by its entries): PDF, PNG, JPEG, GIF, WebP, Office Open XML,
/// OpenDocument, plain text and CSV. Executables (PE "MZ", ELF, Mach-O, shebang scripts) are named as such so
/// that a renamed program is refused whatever its extension.
/// </summary>
public static class FileSniffer
{
    /// <summary>How many leading bytes <see cref="Sniff"/> needs.</summary>
    public const int HeadLength = 512;

    private static readonly SearchValues<byte> BinaryBytes = SearchValues.Create([.. Enumerable.Range(0, 9).Select(b => (byte)b), .. Enumerable.Range(0x0E, 0x1B - 0x0E).Select(b => (byte)b), 0x1C, 0x1D, 0x1E, 0x1F, 0x7F]);

    /// <summary>True when a chunk has bytes that no text file holds (NUL and most control characters).</summary>
    public static bool HasBinaryBytes(ReadOnlySpan<byte> chunk) => chunk.ContainsAny(BinaryBytes);

    /// <param name="head">The first bytes of the content (up to <see cref="HeadLength"/>).</param>
    /// <param name="isText">False when any byte of the whole content was binary (see <see cref="HasBinaryBytes"/>).</param>
    /// <param name="path">The content on disk, to read a zip's entries.</param>
    /// <param name="fileName">The declared name: only tells CSV from plain text, never a binary type.</param>
    public static (SniffVerdict Verdict, string? ContentType) Sniff(ReadOnlySpan<byte> head, bool isText, string path, string fileName)
    {
        if (IsExecutable(head)) return (SniffVerdict.Executable, null);
        if (head.StartsWith("%PDF-"u8)) return Recognised(FileTypes.Pdf);
        if (head.StartsWith((byte[])[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return Recognised(FileTypes.Png);
        if (head.StartsWith((byte[])[0xFF, 0xD8, 0xFF])) return Recognised(FileTypes.Jpeg);
        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8)) return Recognised(FileTypes.Gif);
        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8)) return Recognised(FileTypes.WebP);
        if (head.StartsWith("PK\x03\x04"u8)) return Zip(path);
        if (isText && IsUtf8OrLatin(head))
            return Recognised(fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? FileTypes.Csv : FileTypes.Text);
        return (SniffVerdict.Unknown, null);
    }

    internal static bool IsExecutable(ReadOnlySpan<byte> head) =>
        head.StartsWith("MZ"u8)                                  // Windows PE (.exe, .dll, .scr)
        || head.StartsWith((byte[])[0x7F, 0x45, 0x4C, 0x46])     // ELF
        || head.StartsWith((byte[])[0xFE, 0xED, 0xFA, 0xCE]) || head.StartsWith((byte[])[0xFE, 0xED, 0xFA, 0xCF]) // Mach-O
        || head.StartsWith((byte[])[0xCE, 0xFA, 0xED, 0xFE]) || head.StartsWith((byte[])[0xCF, 0xFA, 0xED, 0xFE])
        || head.StartsWith((byte[])[0xCA, 0xFE, 0xBA, 0xBE])     // Mach-O universal (and Java classes)
        || head.StartsWith("#!"u8)                               // shell, Python, Perl... scripts
        || head.StartsWith((byte[])[0xEF, 0xBB, 0xBF, 0x23, 0x21]); // a script behind a UTF-8 BOM

    private static (SniffVerdict, string?) Recognised(string type) => (SniffVerdict.Recognised, type);

    private static (SniffVerdict, string?) Zip(string path)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            // OpenDocument: a first, stored entry "mimetype" holding the type.
            var mimetype = zip.GetEntry("mimetype");
            if (mimetype is not null && mimetype.Length < 100)
            {
                using var reader = new StreamReader(mimetype.Open(), Encoding.ASCII);
                var type = reader.ReadToEnd().Trim();
                if (type is FileTypes.Odt or FileTypes.Ods or FileTypes.Odp) return Recognised(type);
                return (SniffVerdict.Unknown, null);
            }
            if (zip.GetEntry("[Content_Types].xml") is not null)
            {
                var names = zip.Entries.Select(e => e.FullName).ToList();
                if (names.Any(n => n.StartsWith("word/", StringComparison.Ordinal))) return Recognised(FileTypes.Docx);
                if (names.Any(n => n.StartsWith("xl/", StringComparison.Ordinal))) return Recognised(FileTypes.Xlsx);
                if (names.Any(n => n.StartsWith("ppt/", StringComparison.Ordinal))) return Recognised(FileTypes.Pptx);
            }
        }
        catch (InvalidDataException)
        {
            // Not a readable zip: not an office document either.
        }
        return (SniffVerdict.Unknown, null);
    }

    /// <summary>Text in UTF-8 or (as Excel on a French Windows writes) Windows-1252: reject only what no text holds.</summary>
    private static bool IsUtf8OrLatin(ReadOnlySpan<byte> head) => head.Length > 0 && !HasBinaryBytes(head);
}
