using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Platform.Files;

/// <summary>The uses registered by the platform and the modules, by name.</summary>
public sealed class FileUses(IEnumerable<FileUse> uses)
{
    private readonly Dictionary<string, FileUse> _byName = uses.ToDictionary(u => u.Name, StringComparer.Ordinal);

    public FileUse? Find(string? name) => name is not null && _byName.TryGetValue(name, out var use) ? use : null;

    public IEnumerable<FileUse> All => _byName.Values;
}

public static class FileUseRegistration
{
    /// <summary>Declares a use of the file store (its name, size limit and allowed types).</summary>
    public static IServiceCollection AddFileUse(this IServiceCollection services, FileUse use) => services.AddSingleton(use);
}
