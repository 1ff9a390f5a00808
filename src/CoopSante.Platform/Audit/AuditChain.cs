using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CoopSante.Platform.Audit;

/// <summary>
/// The chain rule: hash(n) = HMAC-SHA256(key, canonical(n) + hash(n-1)), n the row's position in its chain. Rows of a
/// coop's chain start their canonical form with the chain's name; rows of chain "" (which holds every row written
/// before chains) keep the original canonical form, so that old logs verify unchanged.
/// </summary>
public sealed class AuditChain(byte[] key)
{
    public const string Genesis = "";

    public string Compute(AuditEvent e)
    {
        var canonical = string.Join('\u001f',
            e.Position.ToString(CultureInfo.InvariantCulture),
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
        if (e.Chain.Length > 0) canonical = e.Chain + "\u001e" + canonical;
        var mac = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(canonical));
        return Convert.ToHexStringLower(mac);
    }

    /// <summary>An HMAC of <paramref name="text"/> under the audit key, kept apart from row hashes by a prefix (checkpoints).</summary>
    public string Sign(string text) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes("checkpoint\u001d" + text)));

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

    /// <summary>Checks the rows of one chain one at a time, in position order, so that a long log streams instead of loading whole.</summary>
    public sealed class Verifier(AuditChain chain)
    {
        private long _expected = 1;
        private string _previous = Genesis;
        public long Checked { get; private set; }
        /// <summary>The position of the last row that held, and its hash.</summary>
        public long Last => _expected - 1;
        public string LastHash => _previous;

        public AuditBreak? Next(AuditEvent e)
        {
            Checked++;
            if (e.Position != _expected) return new AuditBreak(_expected, AuditBreakReason.MissingSequence);
            if (!string.Equals(e.PreviousHash, _previous, StringComparison.Ordinal)) return new AuditBreak(e.Position, AuditBreakReason.PreviousHashMismatch);
            if (!string.Equals(chain.Compute(e), e.Hash, StringComparison.Ordinal)) return new AuditBreak(e.Position, AuditBreakReason.HashMismatch);
            _previous = e.Hash;
            _expected++;
            return null;
        }
    }
}

/// <summary>
/// Why a chain does not hold. <see cref="TruncatedTail"/>: the chain ends before its head (in the database) or before
/// the signed checkpoint kept outside it says it reached; <see cref="CheckpointInvalid"/>: that checkpoint's signature
/// does not hold.
/// </summary>
public enum AuditBreakReason { MissingSequence, PreviousHashMismatch, HashMismatch, TruncatedTail, CheckpointInvalid }

public sealed record AuditBreak(long Sequence, AuditBreakReason Reason);
