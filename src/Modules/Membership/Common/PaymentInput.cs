using CoopSante.Membership.Model;
using CoopSante.Platform.Errors;

namespace CoopSante.Membership.Common;

/// <summary>The checks every payment the coop records shares: shares and annual contributions paid, refunds asked for.</summary>
internal static class PaymentInput
{
    /// <summary>An amount of money: more than zero, in whole cents.</summary>
    public static bool IsAmount(decimal amount) => amount > 0 && decimal.Round(amount, 2) == amount;

    /// <summary>A payment received: a known method, on a day that is neither in the future nor before 1900.</summary>
    public static void CheckMethodAndDate(List<Failure> failures, PaymentMethod method, DateOnly paidOn, DateOnly today, string dateField)
    {
        if (!Enum.IsDefined(method)) failures.Add(PlatformErrors.InvalidValue.At("method"));
        CheckDate(failures, paidOn, today, dateField);
    }

    /// <summary>A day something was paid or decided: neither in the future nor before 1900.</summary>
    public static void CheckDate(List<Failure> failures, DateOnly day, DateOnly today, string dateField)
    {
        if (day > today || day.Year < 1900) failures.Add(PlatformErrors.InvalidValue.At(dateField));
    }
}
