using System.Text.RegularExpressions;

namespace CoopSante.Platform.Encryption;

/// <summary>
/// The keys of field encryption: every key that may have encrypted a stored value (by id), the one that encrypts
/// new values, and a separate key for lookup hashes. Keys live outside the database (configuration or, in demo
/// and development, a file beside the SQLite file).
/// </summary>
public sealed partial class FieldKeyRing
{
    public const int KeySize = 32;

    public FieldKeyRing(IReadOnlyDictionary<string, byte[]> keys, string activeKeyId, byte[] lookupKey)
    {
        foreach (var (id, key) in keys)
        {
            if (!KeyIdPattern().IsMatch(id)) throw new ArgumentException($"Encryption key id '{id}' must be 1 to 16 letters, digits, '-' or '_'.", nameof(keys));
            if (key.Length != KeySize) throw new ArgumentException($"Encryption key '{id}' must be {KeySize} bytes.", nameof(keys));
        }
        if (!keys.ContainsKey(activeKeyId)) throw new ArgumentException($"The active encryption key '{activeKeyId}' is not in the key ring.", nameof(activeKeyId));
        if (lookupKey.Length < KeySize) throw new ArgumentException($"The lookup key must be at least {KeySize} bytes.", nameof(lookupKey));
        Keys = new Dictionary<string, byte[]>(keys, StringComparer.Ordinal);
        ActiveKeyId = activeKeyId;
        LookupKey = lookupKey;
    }

    public IReadOnlyDictionary<string, byte[]> Keys { get; }
    public string ActiveKeyId { get; }
    public byte[] LookupKey { get; }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,16}$")]
    private static partial Regex KeyIdPattern();
}
