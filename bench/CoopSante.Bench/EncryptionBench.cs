using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CoopSante.Platform.Encryption;

namespace CoopSante.Bench;

/// <summary>
/// Field encryption of 100,000 account numbers, then their decryption, beside a raw AesGcm loop over the same
/// values in the same run (the baseline: what the envelope, base64 and key lookup cost on top). No database.
/// </summary>
internal static class EncryptionBench
{
    public static void Run(int count = 100_000)
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var cipher = new FieldCipher(new FieldKeyRing(new Dictionary<string, byte[]> { ["k1"] = key }, "k1", RandomNumberGenerator.GetBytes(32)));
        var values = Enumerable.Range(0, count).Select(i => string.Create(CultureInfo.InvariantCulture, $"815-30001-{i:D7}")).ToArray();
        for (var round = 0; round < 2; round++) // the first round warms up the JIT
        {
            var raw = Time(() => RawLoop(key, values));
            string[] stored = [];
            var encrypt = Time(() => stored = values.Select(cipher.Encrypt).ToArray());
            var decrypt = Time(() => _ = stored.Select(cipher.Decrypt).ToArray());
            var lookup = Time(() => _ = values.Select(cipher.LookupHash).ToArray());
            if (round == 0) continue;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"encryption {count:N0} values: raw AesGcm encrypt+decrypt {raw.TotalMilliseconds:F0} ms; FieldCipher encrypt {encrypt.TotalMilliseconds:F0} ms ({encrypt / (raw / 2):F2}x half the raw loop), decrypt {decrypt.TotalMilliseconds:F0} ms ({decrypt / (raw / 2):F2}x), lookup hash {lookup.TotalMilliseconds:F0} ms"));
        }
    }

    private static void RawLoop(byte[] key, string[] values)
    {
        using var aes = new AesGcm(key, 16);
        var nonce = new byte[12];
        var tag = new byte[16];
        foreach (var v in values)
        {
            var plain = Encoding.UTF8.GetBytes(v);
            var sealedBytes = new byte[plain.Length];
            RandomNumberGenerator.Fill(nonce);
            aes.Encrypt(nonce, plain, sealedBytes, tag);
            aes.Decrypt(nonce, sealedBytes, tag, plain);
        }
    }

    private static TimeSpan Time(Action work)
    {
        var watch = Stopwatch.StartNew();
        work();
        return watch.Elapsed;
    }
}
