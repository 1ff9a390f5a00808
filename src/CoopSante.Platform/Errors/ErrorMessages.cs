using System.Globalization;
using System.Resources;

namespace CoopSante.Platform.Errors;

/// <summary>A module's resource set that holds messages for its error codes (register one per module).</summary>
public interface IConfigureErrorMessages
{
    Type ResourceMarker { get; }
}

public sealed record ErrorResources(Type ResourceMarker) : IConfigureErrorMessages;

/// <summary>Registered resource sets that hold error messages, keyed by error code.</summary>
public sealed class ErrorMessageSources(IEnumerable<IConfigureErrorMessages> registrations)
{
    internal IReadOnlyList<ResourceManager> Managers { get; } =
        registrations.Select(r => new ResourceManager(r.ResourceMarker)).ToList();
}

/// <summary>Resolves an error code to a message in the current UI culture.</summary>
public sealed class ErrorMessages(ErrorMessageSources sources)
{
    public string For(Failure failure, CultureInfo? culture = null)
    {
        culture ??= CultureInfo.CurrentUICulture;
        foreach (var manager in sources.Managers)
        {
            var template = manager.GetString(failure.Error.Code, culture);
            if (template is not null)
            {
                return failure.Args is { Length: > 0 } args ? string.Format(culture, template, args) : template;
            }
        }
        return failure.Error.Code;
    }
}
