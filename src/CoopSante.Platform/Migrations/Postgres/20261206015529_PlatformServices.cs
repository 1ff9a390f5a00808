using System;
using CoopSante.Platform.Email;
using CoopSante.Platform.Jobs;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopSante.Platform.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PlatformServices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "last_error",
                schema: "platform",
                table: "outbox_emails",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "locked_by",
                schema: "platform",
                table: "outbox_emails",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "locked_until",
                schema: "platform",
                table: "outbox_emails",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "next_attempt_at",
                schema: "platform",
                table: "outbox_emails",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<string>(
                name: "status",
                schema: "platform",
                table: "outbox_emails",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "chain",
                schema: "platform",
                table: "audit_events",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "chain_sequence",
                schema: "platform",
                table: "audit_events",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "audit_chain_heads",
                schema: "platform",
                columns: table => new
                {
                    chain = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    last_sequence = table.Column<long>(type: "bigint", nullable: false),
                    last_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    auditor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    coop_id = table.Column<Guid>(type: "uuid", nullable: false),
                    assigned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    assigned_by = table.Column<Guid>(type: "uuid", nullable: true)
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    coop_id = table.Column<Guid>(type: "uuid", nullable: false),
                    caller_id = table.Column<Guid>(type: "uuid", nullable: false),
                    key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    request_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    holder = table.Column<Guid>(type: "uuid", nullable: false),
                    lease_expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    response_status = table.Column<int>(type: "integer", nullable: true),
                    response_content_type = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    response_body = table.Column<byte[]>(type: "bytea", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
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
                    job_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    last_started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_result = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    last_summary = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    last_error = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    runs = table.Column<long>(type: "bigint", nullable: false),
                    failures = table.Column<long>(type: "bigint", nullable: false)
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    coop_id = table.Column<Guid>(type: "uuid", nullable: false),
                    use = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    content_type = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    length = table.Column<long>(type: "bigint", nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    storage_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    uploaded_by = table.Column<Guid>(type: "uuid", nullable: true),
                    uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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

            // Raw SQL kept in code (ADR 0013, 0018): the outbox backfill, Quartz's clustered store, the audit chains' sequence and head triggers.
            migrationBuilder.Sql(OutboxSql.Backfill(OutboxSql.Table));
            foreach (var statement in QuartzSchema.CreateStatements())
                migrationBuilder.Sql(statement);
            migrationBuilder.Sql(CoopSante.Platform.Audit.AuditChainSql.Postgres);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(CoopSante.Platform.Audit.AuditChainSql.PostgresDown);
            migrationBuilder.Sql(QuartzSchema.Drop);

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

            migrationBuilder.AlterColumn<string>(
                name: "last_error",
                schema: "platform",
                table: "outbox_emails",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100,
                oldNullable: true);
        }
    }
}
