using System.Net.Mail;
using CoopSante.Federation.Regions;
using CoopSante.Platform.Errors;
using static CoopSante.Platform.Text.TextRules;

namespace CoopSante.Federation.Partnerships;

/// <summary>
/// Field checks of the partnership commands beyond the platform's text rules (<see cref="CoopSante.Platform.Text.TextRules"/>): each adds a
/// failure with the field's name and returns the cleaned value.
/// </summary>
internal static class PartnershipValidation
{
    public static string? Email(List<Failure> failures, string? value, string field)
    {
        var text = Optional(failures, value, field, PartnerContact.EmailMax);
        if (text is not null && (!MailAddress.TryCreate(text, out var address) || !string.Equals(address.Address, text, StringComparison.Ordinal) || text.Contains('\n', StringComparison.Ordinal)))
            failures.Add(PlatformErrors.InvalidEmail.At(field));
        return text;
    }

    public static string Region(List<Failure> failures, string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            failures.Add(PlatformErrors.Required.At(field));
            return "";
        }
        if (QuebecRegions.Find(value) is { } region) return region.Code;
        failures.Add(FederationErrors.RegionUnknown.At(field));
        return "";
    }

    /// <summary>An enum by its name only: numbers and undefined names are refused with <paramref name="unknown"/>.</summary>
    public static TEnum Choice<TEnum>(List<Failure> failures, string? value, string field, ErrorCode unknown, TEnum? fallback = null) where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value) && fallback is { } f) return f;
        if (value is not null && !int.TryParse(value, out _) && Enum.TryParse<TEnum>(value.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)) return parsed;
        failures.Add(string.IsNullOrWhiteSpace(value) ? PlatformErrors.Required.At(field) : unknown.At(field));
        return default;
    }

    public static DateOnly Date(List<Failure> failures, DateOnly? value, string field)
    {
        if (value is { } d) return d;
        failures.Add(PlatformErrors.Required.At(field));
        return default;
    }

    public static decimal Value(List<Failure> failures, decimal? value, string field)
    {
        if (value is not { } v)
        {
            failures.Add(PlatformErrors.Required.At(field));
            return 0;
        }
        if (Math.Abs(v) > Indicator.ValueMax) failures.Add(PartnershipErrors.ValueOutOfRange.At(field, Indicator.ValueMax));
        return v;
    }

    public static void Count<T>(List<Failure> failures, IReadOnlyCollection<T>? items, string field, int max)
    {
        if (items is { } list && list.Count > max) failures.Add(PartnershipErrors.TooMany.At(field, max));
    }
}
