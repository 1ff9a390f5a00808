using System.Security.Cryptography;
using System.Text;

namespace CoopSante.Platform.Encryption;

/// <summary>
/// AES-256-GCM for sensitive columns (health card numbers, bank accounts). A stored value is the envelope
/// <c>keyId:base64(nonce ‖ ciphertext ‖ tag)</c>, so that any key of the ring decrypts the values it wrote and
/// rotation can find the values that are not on the active key with a plain <c>NOT LIKE 'active:%'</c>.
/// </summary>
public sealed class FieldCipher
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private volatile FieldKeyRing _ring;

    public FieldCipher(FieldKeyRing ring) => _ring = ring;

    /// <summary>
    /// The cipher of the running host, used by the EF value converters (a model is built once per context type,
    /// before any scope exists). Set by <c>AddFieldEncryption</c>; reading it before then throws.
    /// </summary>
    public static FieldCipher Default
    {
        get => s_default ?? throw new InvalidOperationException("Field encryption is not configured: the host calls AddPlatform first.");
        set => s_default = value;
    }

    private static FieldCipher? s_default;

    public FieldKeyRing Ring
    {
        get => _ring;
        set => _ring = value;
    }

    public string ActiveKeyId => _ring.ActiveKeyId;

    /// <summary>The prefix every value encrypted with the active key starts with.</summary>
    public string ActivePrefix => _ring.ActiveKeyId + ":";

    public string Encrypt(string plaintext)
    {
        var ring = _ring;
        var plain = Encoding.UTF8.GetBytes(plaintext);
        var sealedBytes = Seal(ring.Keys[ring.ActiveKeyId], plain);
        return ring.ActiveKeyId + ":" + Convert.ToBase64String(sealedBytes);
    }

    /// <summary>Decrypts an envelope; throws <see cref="CryptographicException"/> for an unknown key or a tampered value.</summary>
    public string Decrypt(string envelope)
    {
        var colon = envelope.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0) throw new CryptographicException("Not an encrypted field value.");
        var keyId = envelope[..colon];
        if (!_ring.Keys.TryGetValue(keyId, out var key)) throw new CryptographicException($"Unknown field encryption key '{keyId}'.");
        byte[] data;
        try
        {
            data = Convert.FromBase64String(envelope[(colon + 1)..]);
        }
        catch (FormatException e)
        {
            throw new CryptographicException("Malformed encrypted field value.", e);
        }
        return Encoding.UTF8.GetString(Open(key, data));
    }

    public bool IsOnActiveKey(string envelope) => envelope.StartsWith(ActivePrefix, StringComparison.Ordinal);

    /// <summary>Re-encrypts a value with the active key (decrypting with whichever key wrote it).</summary>
    public string Reencrypt(string envelope) => IsOnActiveKey(envelope) ? envelope : Encrypt(Decrypt(envelope));

    /// <summary>
    /// A keyed HMAC-SHA256 of the normalised value (letters and digits, upper case), hex: the column to search
    /// on exactly, since the ciphertext differs on every write. The same number typed with spaces or in lower
    /// case gives the same hash.
    /// </summary>
    public string LookupHash(string value) => Convert.ToHexStringLower(HMACSHA256.HashData(_ring.LookupKey, Encoding.UTF8.GetBytes(Normalize(value))));

    internal static string Normalize(string value)
    {
        var sb = new StringBuilder(value.Length);
        foreach (var c in value.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToUpperInvariant(c));
        }
        return sb.ToString();
    }

    internal static byte[] Seal(byte[] key, ReadOnlySpan<byte> plain)
    {
        var output = new byte[NonceSize + plain.Length + TagSize];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, plain, output.AsSpan(NonceSize, plain.Length), output.AsSpan(NonceSize + plain.Length, TagSize));
        return output;
    }

    internal static byte[] Open(byte[] key, ReadOnlySpan<byte> data)
    {
        if (data.Length < NonceSize + TagSize) throw new CryptographicException("Encrypted field value too short.");
        var plain = new byte[data.Length - NonceSize - TagSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(data[..NonceSize], data.Slice(NonceSize, plain.Length), data[^TagSize..], plain);
        return plain;
    }
}
