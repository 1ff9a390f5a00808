using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopSante.Membership.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class VaultDropImportJobs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "member_import_jobs",
                schema: "membership");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "member_import_jobs",
                schema: "membership",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    caller_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    completed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    idempotency_key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    imported = table.Column<int>(type: "INTEGER", nullable: false),
                    request_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    started_at = table.Column<long>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_member_import_jobs", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_member_import_jobs_coop_id_caller_id_idempotency_key",
                schema: "membership",
                table: "member_import_jobs",
                columns: new[] { "coop_id", "caller_id", "idempotency_key" },
                unique: true);
        }
    }
}
