using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CoopSante.Platform.Audit;

/// <summary>The chain rule: hash(n) = HMAC-SHA256(key, canonical(n) + hash(n-1)).</summary>
public sealed class AuditChain(byte[] key)
{
    public const string Genesis = "";

    public string Compute(AuditEvent e)
    {
        var canonical = string.Join('\u001f',
            e.Sequence.ToString(CultureInfo.InvariantCulture),
            e.OccurredAt.UtcTicks.ToString(CultureInfo.InvariantCulture),
            ((int)e.Type).ToString(CultureInfo.InvariantCulture),
            e.ActorUserId?.ToString("N") ?? "",
            e.ActorApiKeyId?.ToString("N") ?? "",
            e.ActorName ?? "",
            e.ActorRoles ?? "",
            e.CoopId?.ToString("N") ?? "",
            e.TargetType ?? "",
            e.TargetId ?? "",
            e.PatientId?.ToString("N") ?? "",
            e.Purpose ?? "",
            e.IpAddress ?? "",
            e.Details ?? "",
            e.PreviousHash);
        var mac = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(canonical));
        return Convert.ToHexStringLower(mac);
    }

    /// <summary>Walks rows in sequence order and returns the first broken link, or null when the chain holds.</summary>
    public static AuditBreak? FindBreak(IEnumerable<AuditEvent> ordered, AuditChain chain, out long checkedCount)
    {
        var verifier = new Verifier(chain);
        foreach (var e in ordered)
        {
            if (verifier.Next(e) is { } broken) { checkedCount = verifier.Checked; return broken; }
        }
        checkedCount = verifier.Checked;
        return null;
    }

    /// <summary>Checks rows one at a time, so that a long log streams instead of loading whole.</summary>
    public sealed class Verifier(AuditChain chain)
    {
        private long _expected = 1;
        private string _previous = Genesis;
        public long Checked { get; private set; }

        public AuditBreak? Next(AuditEvent e)
        {
            Checked++;
            if (e.Sequence != _expected) return new AuditBreak(_expected, AuditBreakReason.MissingSequence);
            if (!string.Equals(e.PreviousHash, _previous, StringComparison.Ordinal)) return new AuditBreak(e.Sequence, AuditBreakReason.PreviousHashMismatch);
            if (!string.Equals(chain.Compute(e), e.Hash, StringComparison.Ordinal)) return new AuditBreak(e.Sequence, AuditBreakReason.HashMismatch);
            _previous = e.Hash;
            _expected++;
            return null;
        }
    }
}

public enum AuditBreakReason { MissingSequence, PreviousHashMismatch, HashMismatch }

public sealed record AuditBreak(long Sequence, AuditBreakReason Reason);
