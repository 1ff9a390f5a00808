namespace CoopSante.Platform.Audit;

/// <summary>
/// Triggers that refuse UPDATE and DELETE on the audit log, applied by the Initial migrations. In production the
/// application's database role is also granted only INSERT and SELECT on it (docs/operations.md).
/// </summary>
internal static class AuditAppendOnly
{
    public const string Postgres = """
        CREATE FUNCTION platform.audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'audit_events is append-only'; END $$;
        CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON platform.audit_events
        FOR EACH ROW EXECUTE FUNCTION platform.audit_events_append_only();
        """;

    public const string Sqlite = """
        CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END;
        CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END;
        """;
}

/// <summary>
/// Raw SQL of the per-chain audit log (ADR 0018), applied by the migration that adds chains (and by any regenerated
/// one, after the tables exist): on PostgreSQL, the sequence that numbers rows (owned by the column, so never reused,
/// and started after the existing rows); on both, triggers that keep a chain's head from being deleted or moved back.
/// </summary>
internal static class AuditChainSql
{
    public const string PostgresSequenceName = "platform.audit_events_sequence";

    public const string Postgres = """
        CREATE SEQUENCE platform.audit_events_sequence OWNED BY platform.audit_events.sequence;
        SELECT setval('platform.audit_events_sequence', COALESCE((SELECT max(sequence) FROM platform.audit_events), 0) + 1, false);
        CREATE FUNCTION platform.audit_chain_heads_forward_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'DELETE' OR NEW.chain <> OLD.chain OR NEW.last_sequence <= OLD.last_sequence THEN
            RAISE EXCEPTION 'audit_chain_heads only moves forward';
          END IF;
          RETURN NEW;
        END $$;
        CREATE TRIGGER audit_chain_heads_forward_only BEFORE UPDATE OR DELETE ON platform.audit_chain_heads
        FOR EACH ROW EXECUTE FUNCTION platform.audit_chain_heads_forward_only();
        """;

    public const string Sqlite = """
        CREATE TRIGGER audit_chain_heads_no_delete BEFORE DELETE ON audit_chain_heads BEGIN SELECT RAISE(ABORT, 'audit_chain_heads only moves forward'); END;
        CREATE TRIGGER audit_chain_heads_forward_only BEFORE UPDATE ON audit_chain_heads
        WHEN NEW.chain <> OLD.chain OR NEW.last_sequence <= OLD.last_sequence
        BEGIN SELECT RAISE(ABORT, 'audit_chain_heads only moves forward'); END;
        """;

    /// <summary>Undoes <see cref="Postgres"/> (the migration's Down).</summary>
    public const string PostgresDown = """
        DROP TRIGGER IF EXISTS audit_chain_heads_forward_only ON platform.audit_chain_heads;
        DROP FUNCTION IF EXISTS platform.audit_chain_heads_forward_only();
        DROP SEQUENCE IF EXISTS platform.audit_events_sequence;
        """;

    public const string SqliteDown = """
        DROP TRIGGER IF EXISTS audit_chain_heads_no_delete;
        DROP TRIGGER IF EXISTS audit_chain_heads_forward_only;
        """;
}
