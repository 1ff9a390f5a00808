using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace CoopSante.Platform.Encryption;

/// <summary>
/// Reads the key ring: <c>Encryption:Keys:&lt;id&gt;</c> (base64, 32 bytes each), <c>Encryption:ActiveKeyId</c> and
/// <c>Encryption:LookupKey</c>. In demo mode and development, without configured keys, a ring is generated once
/// into <c>data/field-keys.json</c> beside the SQLite file (like the audit key); elsewhere the keys are required.
/// </summary>
internal static class FieldKeys
{
    public static FieldKeyRing Load(IConfiguration config, IHostEnvironment env, bool demo)
    {
        var section = config.GetSection("Encryption");
        var keys = section.GetSection("Keys").GetChildren()
            .Where(c => !string.IsNullOrWhiteSpace(c.Value))
            .ToDictionary(c => c.Key, c => Convert.FromBase64String(c.Value!), StringComparer.Ordinal);
        if (keys.Count > 0)
        {
            var active = section["ActiveKeyId"] ?? throw new InvalidOperationException("Encryption:ActiveKeyId must name one of Encryption:Keys.");
            var lookup = section["LookupKey"] ?? throw new InvalidOperationException("Encryption:LookupKey (base64, 32 bytes) must be configured beside Encryption:Keys.");
            return new FieldKeyRing(keys, active, Convert.FromBase64String(lookup));
        }
        if (!demo && !env.IsDevelopment())
            throw new InvalidOperationException("Encryption:Keys, Encryption:ActiveKeyId and Encryption:LookupKey must be configured outside demo mode; keep them out of the database.");
        return FromFile(Path.Combine(env.ContentRootPath, "data", "field-keys.json"));
    }

    /// <summary>The demo and development ring: generated on first start, then read back.</summary>
    internal static FieldKeyRing FromFile(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (!File.Exists(path))
        {
            var generated = new KeyFile("k1", new Dictionary<string, string> { ["k1"] = NewKey() }, NewKey());
            var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllText(temp, JsonSerializer.Serialize(generated));
            try
            {
                File.Move(temp, path, overwrite: false); // two hosts starting at once keep the first file
            }
            catch (IOException)
            {
                File.Delete(temp);
            }
        }
        var file = JsonSerializer.Deserialize<KeyFile>(File.ReadAllText(path)) ?? throw new InvalidOperationException($"{path} is empty.");
        return new FieldKeyRing(file.Keys.ToDictionary(k => k.Key, k => Convert.FromBase64String(k.Value), StringComparer.Ordinal), file.ActiveKeyId, Convert.FromBase64String(file.LookupKey));
    }

    public static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(FieldKeyRing.KeySize));

    private sealed record KeyFile(string ActiveKeyId, Dictionary<string, string> Keys, string LookupKey);
}
