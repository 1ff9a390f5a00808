using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;
using CoopSante.Platform.Localization;

namespace CoopSante.Platform.Email;

/// <summary>An e-mail's texts in one culture, ready to be addressed and queued.</summary>
public sealed record RenderedEmail(string Subject, string TextBody, string? HtmlBody, string Culture)
{
    public EmailMessage To(string address, string kind, Guid? coopId = null) =>
        new(address, Subject, TextBody, kind, Culture, HtmlBody, coopId);
}

/// <summary>
/// The one way to write an e-mail's text in the recipient's culture, whatever the request's culture. A template is a group of keys in a
/// module's resx (fr-CA default, en-CA): <c>{prefix}Subject</c> and <c>{prefix}Body</c>, and <c>{prefix}Html</c> if the e-mail has an HTML
/// part; their <c>{0}</c>, <c>{1}</c>... placeholders take <c>values</c>, formatted in that culture (dates, numbers). A missing key throws:
/// an e-mail is never sent with a key for its text.
/// </summary>
public static class EmailTemplates
{
    private static readonly ConcurrentDictionary<Type, ResourceManager> Managers = new();

    /// <summary>The culture of a recipient's language or culture ("en", "en-CA", "fr", null...): en-CA or fr-CA (the default).</summary>
    public static CultureInfo CultureOf(string? languageOrCulture) => CultureInfo.GetCultureInfo(Cultures.Normalize(languageOrCulture));

    /// <summary>Renders the template <paramref name="keyPrefix"/> of <paramref name="resourceType"/>'s resx in <paramref name="culture"/>.</summary>
    public static RenderedEmail Render(Type resourceType, string keyPrefix, CultureInfo culture, params object?[] values)
    {
        var manager = Manager(resourceType);
        var html = manager.GetString(keyPrefix + "Html", culture);
        return new RenderedEmail(
            Format(culture, Text(resourceType, keyPrefix + "Subject", culture), values),
            Format(culture, Text(resourceType, keyPrefix + "Body", culture), values),
            html is null ? null : Format(culture, html, values),
            culture.Name);
    }

    /// <inheritdoc cref="Render(Type, string, CultureInfo, object?[])"/>
    public static RenderedEmail Render(Type resourceType, string keyPrefix, string? languageOrCulture, params object?[] values) =>
        Render(resourceType, keyPrefix, CultureOf(languageOrCulture), values);

    /// <summary>One text of an e-mail (a role's name, a heading) in <paramref name="culture"/>; throws if the key is missing.</summary>
    public static string Text(Type resourceType, string key, CultureInfo culture) =>
        Manager(resourceType).GetString(key, culture)
        ?? throw new MissingManifestResourceException($"E-mail text '{key}' is missing from {resourceType.Name} ({culture.Name}).");

    private static ResourceManager Manager(Type resourceType) => Managers.GetOrAdd(resourceType, t => new ResourceManager(t));

    /// <summary>Always formatted, so that a placeholder without its value throws rather than reaching the recipient.</summary>
    private static string Format(CultureInfo culture, string template, object?[] values) => string.Format(culture, template, values);
}
