using CoopSante.Platform.Email;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopSante.Platform.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class JobsOutboxAndQuartz : Migration
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

            migrationBuilder.CreateIndex(
                name: "ix_outbox_emails_status_next_attempt_at",
                schema: "platform",
                table: "outbox_emails",
                columns: new[] { "status", "next_attempt_at" });

            migrationBuilder.Sql(OutboxSql.Backfill("outbox_emails"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "job_runs",
                schema: "platform");

            migrationBuilder.DropIndex(
                name: "ix_outbox_emails_status_next_attempt_at",
                schema: "platform",
                table: "outbox_emails");

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
        }
    }
}
