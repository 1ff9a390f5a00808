using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CoopSante.Platform.Encryption;

/// <summary>Declares an encrypted column in one line: <c>e.Property(p => p.HealthCardNumber).IsEncrypted();</c></summary>
public static class EncryptedProperty
{
    /// <summary>Marks a property whose column holds <see cref="FieldCipher"/> envelopes; the rotation command finds it by this annotation.</summary>
    public const string Annotation = "CoopSante:Encrypted";

    public static PropertyBuilder<string> IsEncrypted(this PropertyBuilder<string> property, FieldCipher? cipher = null)
    {
        property.HasConversion(new EncryptedConverter(cipher));
        property.HasAnnotation(Annotation, true);
        return property;
    }

    /// <summary>
    /// Plain text in the entity, an envelope in the column. Without an explicit cipher it uses
    /// <see cref="FieldCipher.Default"/> at the time of each conversion, so the model can be built first.
    /// </summary>
    private sealed class EncryptedConverter(FieldCipher? cipher) : ValueConverter<string, string>(
        plain => (cipher ?? FieldCipher.Default).Encrypt(plain),
        stored => (cipher ?? FieldCipher.Default).Decrypt(stored));
}
