using System;
using CoopSante.Platform.Email;
using CoopSante.Platform.Jobs;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopSante.Platform.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class JobsOutboxAndQuartz : Migration
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

            migrationBuilder.CreateIndex(
                name: "ix_outbox_emails_status_next_attempt_at",
                schema: "platform",
                table: "outbox_emails",
                columns: new[] { "status", "next_attempt_at" });

            // Raw SQL kept in code so that a regenerated migration can carry it: the outbox backfill and Quartz's clustered store.
            migrationBuilder.Sql(OutboxSql.Backfill(OutboxSql.Table));
            foreach (var statement in QuartzSchema.CreateStatements())
                migrationBuilder.Sql(statement);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(QuartzSchema.Drop);

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
