using CoopSante.Platform.Errors;

namespace CoopSante.Membership.Shares;

/// <summary>Failures that concern preferred shares only; messages in PreferredShareText under the same keys.</summary>
internal static class PreferredShareErrors
{
    public static readonly ErrorCode Outstanding = new("PreferredShares.Outstanding", ErrorKind.Conflict);
}
