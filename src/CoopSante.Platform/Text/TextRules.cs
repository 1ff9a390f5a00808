using CoopSante.Platform.Errors;

namespace CoopSante.Platform.Text;

/// <summary>
/// Checks on the free text people type: required, bounded, and no control characters other than line breaks and tabs. Each adds
/// a failure with the field's name and returns the text trimmed, with its line endings as "\n".
/// </summary>
public static class TextRules
{
    public static string? Optional(List<Failure> failures, string? value, string field, int max)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var text = value.Trim().ReplaceLineEndings("\n");
        if (text.Length > max) failures.Add(PlatformErrors.TooLong.At(field, max));
        else if (text.Any(c => char.IsControl(c) && c is not '\n' and not '\t')) failures.Add(PlatformErrors.InvalidValue.At(field));
        return text;
    }

    public static string Required(List<Failure> failures, string? value, string field, int max)
    {
        var text = Optional(failures, value, field, max);
        if (text is null) failures.Add(PlatformErrors.Required.At(field));
        return text ?? "";
    }

    /// <summary>A one-line text: line breaks are refused too.</summary>
    public static string RequiredLine(List<Failure> failures, string? value, string field, int max)
    {
        var text = Required(failures, value, field, max);
        if (text.Contains('\n', StringComparison.Ordinal)) failures.Add(PlatformErrors.InvalidValue.At(field));
        return text;
    }
}
