using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopSante.Compliance.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CompAPrivacyConsultations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "confidentiality_incidents",
                schema: "compliance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<int>(type: "INTEGER", nullable: false),
                    occurred_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    discovered_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    information_concerned = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    people_affected = table.Column<int>(type: "INTEGER", nullable: false),
                    risk_of_serious_harm = table.Column<bool>(type: "INTEGER", nullable: false),
                    cai_notified_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    people_notified_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    measures = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false),
                    keep_until = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_confidentiality_incidents", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "incident_register_reviews",
                schema: "compliance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    reviewed_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    reviewed_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_incident_register_reviews", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "privacy_impact_assessments",
                schema: "compliance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    project = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    started_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    completed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    conclusion = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_privacy_impact_assessments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "privacy_officers",
                schema: "compliance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    designated_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_privacy_officers", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_confidentiality_incidents_coop_id_number",
                schema: "compliance",
                table: "confidentiality_incidents",
                columns: new[] { "coop_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_confidentiality_incidents_coop_id_occurred_on",
                schema: "compliance",
                table: "confidentiality_incidents",
                columns: new[] { "coop_id", "occurred_on" });

            migrationBuilder.CreateIndex(
                name: "ix_incident_register_reviews_coop_id_reviewed_on",
                schema: "compliance",
                table: "incident_register_reviews",
                columns: new[] { "coop_id", "reviewed_on" });

            migrationBuilder.CreateIndex(
                name: "ix_privacy_impact_assessments_coop_id_started_on",
                schema: "compliance",
                table: "privacy_impact_assessments",
                columns: new[] { "coop_id", "started_on" });

            migrationBuilder.CreateIndex(
                name: "ix_privacy_officers_coop_id",
                schema: "compliance",
                table: "privacy_officers",
                column: "coop_id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "confidentiality_incidents",
                schema: "compliance");

            migrationBuilder.DropTable(
                name: "incident_register_reviews",
                schema: "compliance");

            migrationBuilder.DropTable(
                name: "privacy_impact_assessments",
                schema: "compliance");

            migrationBuilder.DropTable(
                name: "privacy_officers",
                schema: "compliance");
        }
    }
}
