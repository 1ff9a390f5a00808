namespace CoopSante.Platform.Files;

/// <summary>
/// What a file is uploaded for, with its own size limit and the content types it accepts (checked on the
/// content, not the name). A module registers its uses: <c>services.AddFileUse(new FileUse("evidence", 20 * FileUse.MiB, FileTypes.Documents))</c>.
/// </summary>
public sealed record FileUse(string Name, long MaxBytes, IReadOnlySet<string> AllowedContentTypes)
{
    public const long MiB = 1024 * 1024;

    /// <summary>The platform's general-purpose use: attachments up to 10 MiB, any document or image type.</summary>
    public static FileUse Attachment { get; } = new("attachment", 10 * MiB, FileTypes.DocumentsAndImages);
}

/// <summary>The content types the sniffer recognises.</summary>
public static class FileTypes
{
    public const string Pdf = "application/pdf";
    public const string Png = "image/png";
    public const string Jpeg = "image/jpeg";
    public const string Gif = "image/gif";
    public const string WebP = "image/webp";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Pptx = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    public const string Odt = "application/vnd.oasis.opendocument.text";
    public const string Ods = "application/vnd.oasis.opendocument.spreadsheet";
    public const string Odp = "application/vnd.oasis.opendocument.presentation";
    public const string Text = "text/plain";
    public const string Csv = "text/csv";

    public static IReadOnlySet<string> Images { get; } = new HashSet<string>(StringComparer.Ordinal) { Png, Jpeg, Gif, WebP };
    public static IReadOnlySet<string> Documents { get; } = new HashSet<string>(StringComparer.Ordinal) { Pdf, Docx, Xlsx, Pptx, Odt, Ods, Odp, Text, Csv };
    public static IReadOnlySet<string> DocumentsAndImages { get; } = new HashSet<string>(Images.Concat(Documents), StringComparer.Ordinal);
}
