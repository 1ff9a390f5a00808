namespace CoopSante.Telemedicine.Model;

/// <summary>
/// The federation's telemedicine program: one row, negotiated with one provider. Federation data, not a coop's:
/// it holds no personal information and is read by every coop.
/// </summary>
internal sealed class TelemedicineProgram : CoopSante.Platform.Data.IVersioned
{
    public const int DefaultGracePeriodDays = 30;
    public const int DefaultChildAgeLimit = 26;
    public const decimal DefaultHouseholdPrice = 8.00m;

    public Guid Id { get; set; }
    public int Version { get; set; }
    public string ProviderName { get; set; } = "";
    public string ProviderDescription { get; set; } = "";
    public string ProviderContactName { get; set; } = "";
    public string ProviderContactEmail { get; set; } = "";
    public string ProviderContactPhone { get; set; } = "";
    /// <summary>Family rule: a spouse living at the member's address is covered.</summary>
    public bool SpouseCovered { get; set; } = true;
    /// <summary>Family rule: children are covered until this age (exclusive) on the coverage date.</summary>
    public int ChildAgeLimit { get; set; } = DefaultChildAgeLimit;
    /// <summary>Family rule: family members must live at the member's address.</summary>
    public bool SameAddressRequired { get; set; } = true;
    /// <summary>Days of coverage kept after a failed payment before coverage ends.</summary>
    public int GracePeriodDays { get; set; } = DefaultGracePeriodDays;
    /// <summary>Version of the roster-data consent text members accept (changes when the text changes).</summary>
    public string ConsentTextVersion { get; set; } = "2026-12";
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>Price per household per month, in force from <see cref="EffectiveFrom"/> until the next price.</summary>
internal sealed class ProgramPrice
{
    public Guid Id { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    public decimal HouseholdMonthlyPrice { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}

/// <summary>What the federation pays the provider per covered household per month, from <see cref="EffectiveFrom"/>.</summary>
internal sealed class ProviderFee
{
    public Guid Id { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    public decimal FeePerHousehold { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}

/// <summary>A tax applied to the monthly price (none by default), in force between two dates.</summary>
internal sealed class ProgramTax
{
    public Guid Id { get; set; }
    /// <summary>Short name printed on invoices (TPS, TVQ).</summary>
    public string Name { get; set; } = "";
    /// <summary>Registration number printed on invoices, if any.</summary>
    public string RegistrationNumber { get; set; } = "";
    /// <summary>Rate as a fraction: 0.05 for 5 %.</summary>
    public decimal Rate { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    public DateOnly? EffectiveTo { get; set; }
}

/// <summary>A coop taking part in the program between two dates. Registry data kept by the federation.</summary>
internal sealed class ParticipatingCoop : CoopSante.Platform.Data.IVersioned
{
    public Guid Id { get; set; }
    public int Version { get; set; }
    public Guid CoopId { get; set; }
    public DateOnly StartsOn { get; set; }
    /// <summary>Last day of participation (inclusive), or null when open-ended.</summary>
    public DateOnly? EndsOn { get; set; }

    public bool ParticipatesOn(DateOnly day) => StartsOn <= day && (EndsOn is null || day <= EndsOn);
}
