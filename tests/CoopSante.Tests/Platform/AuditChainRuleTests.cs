using CoopSante.Platform.Audit;

namespace CoopSante.Tests.Platform;

public sealed class AuditChainRuleTests
{
    private static readonly AuditChain Chain = new(new byte[32]);

    private static List<AuditEvent> Build(int n)
    {
        var list = new List<AuditEvent>();
        var previous = AuditChain.Genesis;
        for (var i = 1; i <= n; i++)
        {
            var e = new AuditEvent { Sequence = i, OccurredAt = DateTimeOffset.UnixEpoch.AddMinutes(i), Type = AuditEventType.SignedIn, TargetId = $"t{i}", PreviousHash = previous };
            e.Hash = Chain.Compute(e);
            previous = e.Hash;
            list.Add(e);
        }
        return list;
    }

    [Fact]
    public void A_chain_built_by_the_rule_holds()
    {
        Assert.Null(AuditChain.FindBreak(Build(10), Chain, out var count));
        Assert.Equal(10, count);
    }

    [Fact]
    public void Another_key_breaks_the_first_row()
    {
        var broken = AuditChain.FindBreak(Build(3), new AuditChain(Enumerable.Repeat((byte)7, 32).ToArray()), out _);
        Assert.Equal(new AuditBreak(1, AuditBreakReason.HashMismatch), broken);
    }

    [Fact]
    public void A_changed_field_breaks_its_row()
    {
        var rows = Build(5);
        rows[3].Purpose = "changed";
        Assert.Equal(new AuditBreak(4, AuditBreakReason.HashMismatch), AuditChain.FindBreak(rows, Chain, out _));
    }

    [Fact]
    public void A_missing_row_is_a_gap()
    {
        var rows = Build(5);
        rows.RemoveAt(1);
        Assert.Equal(new AuditBreak(2, AuditBreakReason.MissingSequence), AuditChain.FindBreak(rows, Chain, out _));
    }

    [Fact]
    public void A_removed_last_row_with_renumbering_still_breaks_the_link()
    {
        var rows = Build(5);
        rows.RemoveAt(2);
        for (var i = 2; i < rows.Count; i++) rows[i].Sequence--;
        Assert.Equal(new AuditBreak(3, AuditBreakReason.PreviousHashMismatch), AuditChain.FindBreak(rows, Chain, out _));
    }
}
