namespace CoopSante.Platform.Email;

/// <summary>The outbox's PostgreSQL statements (table <c>platform.outbox_emails</c>, snake_case columns as EF maps them).</summary>
internal static class OutboxSql
{
    public const string Table = "platform.outbox_emails";

    public const string Copy =
        $"""COPY {Table} (id, coop_id, "to", subject, text_body, html_body, culture, kind, created_at, status, next_attempt_at, attempts) FROM STDIN (FORMAT BINARY)""";

    /// <summary>
    /// Claims up to @batch due rows for @owner until @until. SKIP LOCKED lets concurrent dispatchers take disjoint rows; the lease
    /// (locked_until) keeps a claimed row from a second dispatcher once the claiming transaction has committed, and frees it after a crash.
    /// </summary>
    public const string Claim = $"""
        UPDATE {Table} AS o SET locked_until = @until, locked_by = @owner
        FROM (SELECT id FROM {Table}
              WHERE status = 'Pending' AND next_attempt_at <= @now AND (locked_until IS NULL OR locked_until <= @now)
              ORDER BY next_attempt_at, id LIMIT @batch FOR UPDATE SKIP LOCKED) AS due
        WHERE o.id = due.id
        RETURNING o.id, o."to", o.subject, o.text_body, o.html_body, o.attempts
        """;

    /// <summary>
    /// For the migration that added status and next_attempt_at: rows queued before it become Sent, Failed (out of tries under the old
    /// five-try rule) or Pending, due at their creation time. <paramref name="table"/> is <c>platform.outbox_emails</c> or, on SQLite, <c>outbox_emails</c>.
    /// </summary>
    public static string Backfill(string table) => $"""
        UPDATE {table} SET next_attempt_at = created_at,
            status = CASE WHEN sent_at IS NOT NULL THEN 'Sent' WHEN attempts >= 5 THEN 'Failed' ELSE 'Pending' END
        """;
}
