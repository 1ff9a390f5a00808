using System;
using CoopSante.Platform.Email;
using CoopSante.Platform.Jobs;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopSante.Platform.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PlatformServices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "locked_by",
                schema: "platform",
                table: "outbox_emails",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "locked_until",
                schema: "platform",
                table: "outbox_emails",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "next_attempt_at",
                schema: "platform",
                table: "outbox_emails",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "status",
                schema: "platform",
                table: "outbox_emails",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "chain",
                schema: "platform",
                table: "audit_events",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "chain_sequence",
                schema: "platform",
                table: "audit_events",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "audit_chain_heads",
                schema: "platform",
                columns: table => new
                {
                    chain = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    last_sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    last_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_chain_heads", x => x.chain);
                });

            migrationBuilder.CreateTable(
                name: "auditor_assignments",
                schema: "platform",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    auditor_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    assigned_at = table.Column<long>(type: "INTEGER", nullable: false),
                    assigned_by = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_auditor_assignments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "idempotency_keys",
                schema: "platform",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    caller_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    request_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    holder = table.Column<Guid>(type: "TEXT", nullable: false),
                    lease_expires_at = table.Column<long>(type: "INTEGER", nullable: false),
                    response_status = table.Column<int>(type: "INTEGER", nullable: true),
                    response_content_type = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    response_body = table.Column<byte[]>(type: "BLOB", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    completed_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_idempotency_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "job_runs",
                schema: "platform",
                columns: table => new
                {
                    job_key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    last_started_at = table.Column<long>(type: "INTEGER", nullable: false),
                    last_finished_at = table.Column<long>(type: "INTEGER", nullable: true),
                    last_result = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    last_summary = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    last_error = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    runs = table.Column<long>(type: "INTEGER", nullable: false),
                    failures = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_job_runs", x => x.job_key);
                });

            migrationBuilder.CreateTable(
                name: "stored_files",
                schema: "platform",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    use = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    content_type = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    length = table.Column<long>(type: "INTEGER", nullable: false),
                    sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    storage_key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    uploaded_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    uploaded_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stored_files", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_outbox_emails_status_next_attempt_at",
                schema: "platform",
                table: "outbox_emails",
                columns: new[] { "status", "next_attempt_at" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_events_chain_chain_sequence_sequence",
                schema: "platform",
                table: "audit_events",
                columns: new[] { "chain", "chain_sequence", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_auditor_assignments_auditor_id_coop_id",
                schema: "platform",
                table: "auditor_assignments",
                columns: new[] { "auditor_id", "coop_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_auditor_assignments_coop_id",
                schema: "platform",
                table: "auditor_assignments",
                column: "coop_id");

            migrationBuilder.CreateIndex(
                name: "ix_idempotency_keys_coop_id_caller_id_key",
                schema: "platform",
                table: "idempotency_keys",
                columns: new[] { "coop_id", "caller_id", "key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_idempotency_keys_created_at",
                schema: "platform",
                table: "idempotency_keys",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_stored_files_coop_id_use_uploaded_at",
                schema: "platform",
                table: "stored_files",
                columns: new[] { "coop_id", "use", "uploaded_at" });

            // Raw SQL kept in code (ADR 0013, 0018): the outbox backfill and the audit chains' head triggers.
            migrationBuilder.Sql(OutboxSql.Backfill("outbox_emails"));
            migrationBuilder.Sql(CoopSante.Platform.Audit.AuditChainSql.Sqlite);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(CoopSante.Platform.Audit.AuditChainSql.SqliteDown);

            migrationBuilder.DropTable(
                name: "audit_chain_heads",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "auditor_assignments",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "idempotency_keys",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "job_runs",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "stored_files",
                schema: "platform");

            migrationBuilder.DropIndex(
                name: "ix_outbox_emails_status_next_attempt_at",
                schema: "platform",
                table: "outbox_emails");

            migrationBuilder.DropIndex(
                name: "ix_audit_events_chain_chain_sequence_sequence",
                schema: "platform",
                table: "audit_events");

            migrationBuilder.DropColumn(
                name: "locked_by",
                schema: "platform",
                table: "outbox_emails");

            migrationBuilder.DropColumn(
                name: "locked_until",
                schema: "platform",
                table: "outbox_emails");

            migrationBuilder.DropColumn(
                name: "next_attempt_at",
                schema: "platform",
                table: "outbox_emails");

            migrationBuilder.DropColumn(
                name: "status",
                schema: "platform",
                table: "outbox_emails");

            migrationBuilder.DropColumn(
                name: "chain",
                schema: "platform",
                table: "audit_events");

            migrationBuilder.DropColumn(
                name: "chain_sequence",
                schema: "platform",
                table: "audit_events");
        }
    }
}
