using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Platform.Encryption;

/// <summary>
/// Protects the Data Protection key ring (stored in the platform database) with the field key ring, which is
/// held outside the database: a copy of the database alone no longer yields the keys that sign cookies and tokens.
/// </summary>
public static class DataProtectionKeyProtection
{
    public static IDataProtectionBuilder ProtectKeysWithFieldKeys(this IDataProtectionBuilder builder)
    {
        builder.Services.AddOptions<KeyManagementOptions>().Configure<FieldCipher>((o, cipher) => o.XmlEncryptor = new FieldKeyXmlEncryptor(cipher));
        return builder;
    }
}

internal sealed class FieldKeyXmlEncryptor(FieldCipher cipher) : IXmlEncryptor
{
    internal static readonly XNamespace Ns = "https://coopsante.ca/data-protection";

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var envelope = cipher.Encrypt(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var element = new XElement(Ns + "encryptedKey",
            new XComment(" Encrypted with the field key ring (Encryption:Keys); see docs/operations.md. "),
            new XElement(Ns + "value", envelope));
        return new EncryptedXmlInfo(element, typeof(FieldKeyXmlDecryptor));
    }
}

/// <summary>Created by Data Protection's activator, with the application's services.</summary>
internal sealed class FieldKeyXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        var envelope = encryptedElement.Element(FieldKeyXmlEncryptor.Ns + "value")?.Value
            ?? throw new InvalidOperationException("Protected Data Protection key without a value.");
        return XElement.Parse(services.GetRequiredService<FieldCipher>().Decrypt(envelope));
    }
}
