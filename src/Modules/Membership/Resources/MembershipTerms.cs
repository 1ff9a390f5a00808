using System.Globalization;
using System.Resources;
using CoopSante.Membership.Model;

namespace CoopSante.Membership.Resources;

/// <summary>The module's glossary: the one French (and English) word for a member category, status or share operation, owned by MembershipText.</summary>
internal static class MembershipTerms
{
    private static readonly ResourceManager Text = new(typeof(MembershipText));

    public static string Category(MemberCategory category, CultureInfo culture) => Get($"Category.{category}", culture);

    public static string Status(MemberStatus status, CultureInfo culture) => Get($"Status.{status}", culture);

    /// <summary>A glossary term by its key (Category.*, Status.*, ShareKind.*, Ui.Date, Ui.Status), or null when the glossary has none.</summary>
    public static string? Find(string key, CultureInfo culture) => Text.GetString(key, culture);

    private static string Get(string key, CultureInfo culture) => Text.GetString(key, culture) ?? key;
}
