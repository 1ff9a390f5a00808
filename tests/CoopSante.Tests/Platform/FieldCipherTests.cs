using System.Security.Cryptography;
using CoopSante.Platform.Encryption;

namespace CoopSante.Tests.Platform;

public sealed class FieldCipherTests
{
    private static readonly byte[] Lookup = RandomNumberGenerator.GetBytes(32);
    private static FieldCipher Cipher(string active = "k1") =>
        new(new FieldKeyRing(new Dictionary<string, byte[]> { ["k1"] = Enumerable.Repeat((byte)1, 32).ToArray(), ["k2"] = Enumerable.Repeat((byte)2, 32).ToArray() }, active, Lookup));

    [Fact]
    public void A_value_round_trips_with_its_key_id_in_front_and_a_fresh_nonce_each_time()
    {
        var cipher = Cipher();
        var a = cipher.Encrypt("TREM12345625");
        var b = cipher.Encrypt("TREM12345625");
        Assert.StartsWith("k1:", a, StringComparison.Ordinal);
        Assert.NotEqual(a, b);
        Assert.Equal("TREM12345625", cipher.Decrypt(a));
    }

    [Fact]
    public void A_tampered_value_is_refused_by_the_GCM_tag()
    {
        var cipher = Cipher();
        var stored = cipher.Encrypt("815-30001-1234567");
        var bytes = Convert.FromBase64String(stored[3..]);
        foreach (var i in new[] { 0, 12, bytes.Length - 1 }) // nonce, ciphertext, tag
        {
            var copy = (byte[])bytes.Clone();
            copy[i] ^= 0x80;
            Assert.ThrowsAny<CryptographicException>(() => cipher.Decrypt("k1:" + Convert.ToBase64String(copy)));
        }
        Assert.ThrowsAny<CryptographicException>(() => cipher.Decrypt("k2:" + stored[3..])); // another key's id
        Assert.ThrowsAny<CryptographicException>(() => cipher.Decrypt("k9:" + stored[3..])); // a key not in the ring
        Assert.ThrowsAny<CryptographicException>(() => cipher.Decrypt("not encrypted"));
    }

    [Fact]
    public void Reencrypting_moves_a_value_to_the_active_key_and_leaves_one_already_there()
    {
        var old = Cipher("k1").Encrypt("006-00011-0000042");
        var cipher = Cipher("k2");
        var moved = cipher.Reencrypt(old);
        Assert.StartsWith("k2:", moved, StringComparison.Ordinal);
        Assert.Equal("006-00011-0000042", cipher.Decrypt(moved));
        Assert.Same(moved, cipher.Reencrypt(moved));
    }

    [Theory]
    [InlineData("trem 1234 5625")]
    [InlineData(" TREM-1234-5625 ")]
    [InlineData("TREM12345625")]
    [InlineData("ｔｒｅｍ１２３４５６２５")] // full-width, as some keyboards type
    public void The_lookup_hash_matches_regardless_of_case_and_spacing(string typed) =>
        Assert.Equal(Cipher().LookupHash("TREM12345625"), Cipher().LookupHash(typed));

    [Fact]
    public void The_lookup_hash_is_keyed()
    {
        var other = new FieldCipher(new FieldKeyRing(new Dictionary<string, byte[]> { ["k1"] = new byte[32] }, "k1", RandomNumberGenerator.GetBytes(32)));
        Assert.NotEqual(Cipher().LookupHash("TREM12345625"), other.LookupHash("TREM12345625"));
        Assert.NotEqual(Cipher().LookupHash("TREM12345625"), Cipher().LookupHash("TREM12345626"));
    }

    [Theory]
    [InlineData("TREM12345625", "TREM •••• ••25")]
    [InlineData("trem 1234 5625", "TREM •••• ••25")]
    [InlineData("", "••••")]
    public void A_health_card_number_shows_its_letters_and_last_two_digits(string nam, string shown) =>
        Assert.Equal(shown, Mask.HealthCardNumber(nam));

    [Theory]
    [InlineData("815-30001-1234567", "••••••••••••567")]
    [InlineData("42", "••")]
    public void An_account_number_shows_its_last_three_digits(string account, string shown) =>
        Assert.Equal(shown, Mask.LastDigits(account));

    [Fact]
    public void A_key_ring_refuses_short_keys_and_an_active_key_it_does_not_hold()
    {
        Assert.Throws<ArgumentException>(() => new FieldKeyRing(new Dictionary<string, byte[]> { ["k1"] = new byte[16] }, "k1", Lookup));
        Assert.Throws<ArgumentException>(() => new FieldKeyRing(new Dictionary<string, byte[]> { ["k1"] = new byte[32] }, "k2", Lookup));
        Assert.Throws<ArgumentException>(() => new FieldKeyRing(new Dictionary<string, byte[]> { ["k:1"] = new byte[32] }, "k:1", Lookup));
    }
}
