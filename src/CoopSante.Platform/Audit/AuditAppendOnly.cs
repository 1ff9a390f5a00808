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
