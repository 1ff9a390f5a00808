using CoopSante.Federation.Bulletins;
using CoopSante.Platform.Errors;

namespace CoopSante.Federation.Library;

/// <summary>The checks of what the federation files in its library and its advantages catalogue.</summary>
internal static class LibraryValidation
{
    public static List<Failure> Validate(LibraryDocumentInput input, IReadOnlySet<Guid> knownCoops, out LibraryCategory category, out BulletinAudience audience)
    {
        var failures = new List<Failure>();
        Line(failures, input.TitleFr, "titleFr", LibraryDocument.TitleMax);
        Line(failures, input.TitleEn, "titleEn", LibraryDocument.TitleMax);
        BulletinValidation.Text(failures, input.DescriptionFr, "descriptionFr", LibraryDocument.DescriptionMax);
        BulletinValidation.Text(failures, input.DescriptionEn, "descriptionEn", LibraryDocument.DescriptionMax);
        if (!TryParseName(input.Category, out category)) failures.Add(LibraryErrors.CategoryUnknown.At("category"));
        AudienceValidation.Validate(failures, input.Audience, input.Regions, input.CoopIds, knownCoops, LibraryErrors.AudienceUnknown, LibraryErrors.AudienceEmpty, out audience);
        return failures;
    }

    /// <summary>A required one-line text: present, not too long, without control characters (a tab or a line break has no place in a title).</summary>
    public static void Line(List<Failure> failures, string? value, string field, int max)
    {
        var before = failures.Count;
        BulletinValidation.Text(failures, value, field, max);
        if (failures.Count == before && value!.Any(char.IsControl)) failures.Add(LibraryErrors.ControlCharacters.At(field));
    }

    /// <summary>An enum by its name only (a number is not a name), case-insensitive.</summary>
    public static bool TryParseName<T>(string? text, out T value) where T : struct, Enum =>
        Enum.TryParse(text, ignoreCase: true, out value) && Enum.IsDefined(value) && !int.TryParse(text, out _);
}
