using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CoopSante.Platform.Encryption;

public static class FieldEncryptionSetup
{
    /// <summary>Loads the key ring, registers the <see cref="FieldCipher"/> and makes it the converters' default.</summary>
    public static IServiceCollection AddFieldEncryption(this IServiceCollection services, IConfiguration config, IHostEnvironment env, bool demo)
    {
        var cipher = new FieldCipher(FieldKeys.Load(config, env, demo));
        FieldCipher.Default = cipher;
        services.AddSingleton(cipher);
        return services;
    }

    /// <summary>Protect the Data Protection keys outside demo mode, unless <c>Encryption:ProtectDataProtectionKeys</c> says otherwise.</summary>
    public static bool ProtectsDataProtectionKeys(IConfiguration config, bool demo) =>
        config.GetValue<bool?>("Encryption:ProtectDataProtectionKeys") ?? !demo;
}
