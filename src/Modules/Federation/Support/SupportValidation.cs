using CoopSante.Platform.Errors;

namespace CoopSante.Federation.Support;

/// <summary>Field checks shared by the support commands; each adds failures rather than throwing, so a form shows them all.</summary>
internal static class SupportValidation
{
    public static bool TryCategory(string? value, out SupportCategory category) =>
        Enum.TryParse(value, ignoreCase: true, out category) && Enum.IsDefined(category) && !int.TryParse(value, out _);

    public static SupportCategory? Category(List<Failure> failures, string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            failures.Add(PlatformErrors.Required.At(field));
            return null;
        }
        if (TryCategory(value, out var category)) return category;
        failures.Add(SupportErrors.CategoryUnknown.At(field));
        return null;
    }

    /// <summary>Required text, trimmed, without control characters other than line breaks and tabs, at most <paramref name="max"/> characters.</summary>
    public static string? Text(List<Failure> failures, string? value, string field, int max, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) failures.Add(PlatformErrors.Required.At(field));
            return null;
        }
        var clean = new string(value.Where(c => !char.IsControl(c) || c is '\n' or '\r' or '\t').ToArray()).Trim();
        if (clean.Length == 0)
        {
            if (required) failures.Add(PlatformErrors.Required.At(field));
            return null;
        }
        if (clean.Length > max)
        {
            failures.Add(PlatformErrors.TooLong.At(field, max));
            return null;
        }
        return clean;
    }

    /// <summary>Hours: more than zero, at most <paramref name="max"/>, to the hundredth.</summary>
    public static decimal? Hours(List<Failure> failures, decimal? value, string field, decimal max)
    {
        if (value is null)
        {
            failures.Add(PlatformErrors.Required.At(field));
            return null;
        }
        if (value <= 0 || value > max || decimal.Round(value.Value, 2) != value)
        {
            failures.Add(SupportErrors.HoursOutOfRange.At(field, max));
            return null;
        }
        return value;
    }

    /// <summary>An hourly rate: more than zero (a negative or free rate is refused), at most <see cref="FairCostRate.RateMax"/>, in cents.</summary>
    public static decimal? Rate(List<Failure> failures, decimal? value, string field, bool required)
    {
        if (value is null)
        {
            if (required) failures.Add(PlatformErrors.Required.At(field));
            return null;
        }
        if (value <= 0)
        {
            failures.Add(SupportErrors.RateNotPositive.At(field));
            return null;
        }
        if (value > FairCostRate.RateMax || decimal.Round(value.Value, 2) != value)
        {
            failures.Add(SupportErrors.RateTooHigh.At(field, FairCostRate.RateMax));
            return null;
        }
        return value;
    }

    public static decimal Money(decimal value) => decimal.Round(value, 2, MidpointRounding.AwayFromZero);
}
