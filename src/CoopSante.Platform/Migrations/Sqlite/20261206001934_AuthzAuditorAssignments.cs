using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopSante.Platform.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AuthzAuditorAssignments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "auditor_assignments",
                schema: "platform");
        }
    }
}
