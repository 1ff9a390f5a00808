using CoopSante.Platform.Errors;

namespace CoopSante.Compliance.Frameworks;

/// <summary>To which coops a recommendation applies.</summary>
internal enum ApplicabilityKind
{
    /// <summary>Every coop.</summary>
    Always = 0,
    /// <summary>Coops that offer the telemedicine program.</summary>
    OffersTelemedicine = 1,
    /// <summary>Coops with more than N members (N = the parameter).</summary>
    MoreMembersThan = 2,
    /// <summary>Coops that run a clinic (physicians on site).</summary>
    HasClinic = 3,
}

/// <summary>What applicability needs to know about a coop (read from the other modules' contracts by the caller).</summary>
internal sealed record CoopFacts(bool OffersTelemedicine, int MemberCount, bool HasClinic);

/// <summary>A recommendation's applicability: a kind and, for the member threshold, its parameter.</summary>
internal readonly record struct ApplicabilityRule(ApplicabilityKind Kind, int? Parameter)
{
    public const int MaxMemberThreshold = 1_000_000;

    public static ApplicabilityRule Always { get; } = new(ApplicabilityKind.Always, null);

    /// <summary>Whether the rule applies to a coop with these facts.</summary>
    public bool AppliesTo(CoopFacts coop) => Kind switch
    {
        ApplicabilityKind.Always => true,
        ApplicabilityKind.OffersTelemedicine => coop.OffersTelemedicine,
        ApplicabilityKind.MoreMembersThan => coop.MemberCount > (Parameter ?? 0),
        ApplicabilityKind.HasClinic => coop.HasClinic,
        _ => false,
    };

    /// <summary>The member threshold needs a parameter between 0 and a million; the other kinds take none.</summary>
    public IEnumerable<Failure> Validate(string field)
    {
        if (!Enum.IsDefined(Kind))
        {
            yield return ComplianceErrors.ApplicabilityUnknown.At(field);
        }
        else if (Kind == ApplicabilityKind.MoreMembersThan)
        {
            if (Parameter is not (>= 0 and <= MaxMemberThreshold)) yield return ComplianceErrors.ApplicabilityParameterInvalid.At(field, MaxMemberThreshold);
        }
        else if (Parameter is not null)
        {
            yield return ComplianceErrors.ApplicabilityParameterNotExpected.At(field);
        }
    }
}
