namespace CoopSante.Platform.Encryption;

/// <summary>How a sensitive number is shown once decrypted: enough to recognise it, not enough to use it.</summary>
public static class Mask
{
    public const char Dot = '•';

    /// <summary>A Québec health card number (NAM, 4 letters and 8 digits): <c>TREM •••• ••25</c>.</summary>
    public static string HealthCardNumber(string? nam)
    {
        var n = FieldCipher.Normalize(nam ?? "");
        if (n.Length < 6) return new string(Dot, 4);
        return $"{n[..4]} {new string(Dot, 4)} {new string(Dot, 2)}{n[^2..]}";
    }

    /// <summary>An account or card number: its last <paramref name="visible"/> characters, the rest dots (<c>•••••678</c>).</summary>
    public static string LastDigits(string? value, int visible = 3)
    {
        var n = FieldCipher.Normalize(value ?? "");
        if (n.Length <= visible) return new string(Dot, Math.Max(n.Length, 1));
        return string.Concat(new string(Dot, n.Length - visible), n.AsSpan(n.Length - visible));
    }
}
