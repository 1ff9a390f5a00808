using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopSante.Compliance.Migrations.Postgres
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    coop_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    occurred_on = table.Column<DateOnly>(type: "date", nullable: false),
                    discovered_on = table.Column<DateOnly>(type: "date", nullable: false),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    information_concerned = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    people_affected = table.Column<int>(type: "integer", nullable: false),
                    risk_of_serious_harm = table.Column<bool>(type: "boolean", nullable: false),
                    cai_notified_on = table.Column<DateOnly>(type: "date", nullable: true),
                    people_notified_on = table.Column<DateOnly>(type: "date", nullable: true),
                    measures = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    keep_until = table.Column<DateOnly>(type: "date", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    coop_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reviewed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    reviewed_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    coop_id = table.Column<Guid>(type: "uuid", nullable: false),
                    project = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    started_on = table.Column<DateOnly>(type: "date", nullable: false),
                    completed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    conclusion = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    coop_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    designated_on = table.Column<DateOnly>(type: "date", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
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
