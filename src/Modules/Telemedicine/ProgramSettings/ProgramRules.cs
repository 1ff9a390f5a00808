using CoopSante.Telemedicine.Model;

namespace CoopSante.Telemedicine.ProgramSettings;

/// <summary>What is in force on a date: the price of a household's month, the provider's fee, the taxes.</summary>
internal static class ProgramRules
{
    /// <summary>The price in force on <paramref name="day"/> (the latest that took effect on or before it); $8.00 when none was ever set.</summary>
    public static decimal PriceOn(IEnumerable<ProgramPrice> prices, DateOnly day) =>
        prices.Where(p => p.EffectiveFrom <= day).OrderByDescending(p => p.EffectiveFrom).Select(p => (decimal?)p.HouseholdMonthlyPrice).FirstOrDefault()
        ?? TelemedicineProgram.DefaultHouseholdPrice;

    /// <summary>The provider's fee per household in force on <paramref name="day"/>; 0 when none was set.</summary>
    public static decimal FeeOn(IEnumerable<ProviderFee> fees, DateOnly day) =>
        fees.Where(p => p.EffectiveFrom <= day).OrderByDescending(p => p.EffectiveFrom).Select(p => p.FeePerHousehold).FirstOrDefault();

    /// <summary>The taxes in force on <paramref name="day"/> (none by default).</summary>
    public static IReadOnlyList<ProgramTax> TaxesOn(IEnumerable<ProgramTax> taxes, DateOnly day) =>
        taxes.Where(t => t.EffectiveFrom <= day && (t.EffectiveTo is null || day <= t.EffectiveTo)).OrderBy(t => t.Name, StringComparer.Ordinal).ToList();

    public static bool IsMoney(decimal? amount) => amount is { } a && a >= 0 && a <= 1000 && decimal.Round(a, 2) == a;
}
