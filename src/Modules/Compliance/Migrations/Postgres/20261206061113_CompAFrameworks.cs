using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopSante.Compliance.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CompAFrameworks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "compliance");

            migrationBuilder.CreateTable(
                name: "frameworks",
                schema: "compliance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    is_example = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_frameworks", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "framework_versions",
                schema: "compliance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    framework_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    published_on = table.Column<DateOnly>(type: "date", nullable: true),
                    retired_on = table.Column<DateOnly>(type: "date", nullable: true),
                    notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_framework_versions", x => x.id);
                    table.ForeignKey(
                        name: "fk_framework_versions_frameworks_framework_id",
                        column: x => x.framework_id,
                        principalSchema: "compliance",
                        principalTable: "frameworks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "framework_sections",
                schema: "compliance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    version_id = table.Column<Guid>(type: "uuid", nullable: false),
                    order = table.Column<int>(type: "integer", nullable: false),
                    title_fr = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    title_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_framework_sections", x => x.id);
                    table.ForeignKey(
                        name: "fk_framework_sections_framework_versions_version_id",
                        column: x => x.version_id,
                        principalSchema: "compliance",
                        principalTable: "framework_versions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "recommendations",
                schema: "compliance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    version_id = table.Column<Guid>(type: "uuid", nullable: false),
                    section_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    order = table.Column<int>(type: "integer", nullable: false),
                    title_fr = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    title_en = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    statement_fr = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    statement_en = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    guidance_fr = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    guidance_en = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    legal_references = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    expected_evidence_fr = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    expected_evidence_en = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    criticality = table.Column<int>(type: "integer", nullable: false),
                    applicability = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    applicability_parameter = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_recommendations", x => x.id);
                    table.CheckConstraint("ck_recommendations_criticality", "criticality BETWEEN 1 AND 3");
                    table.ForeignKey(
                        name: "fk_recommendations_framework_versions_version_id",
                        column: x => x.version_id,
                        principalSchema: "compliance",
                        principalTable: "framework_versions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_recommendations_sections_section_id",
                        column: x => x.section_id,
                        principalSchema: "compliance",
                        principalTable: "framework_sections",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_framework_sections_version_id_order",
                schema: "compliance",
                table: "framework_sections",
                columns: new[] { "version_id", "order" });

            migrationBuilder.CreateIndex(
                name: "ix_framework_versions_framework_id_number",
                schema: "compliance",
                table: "framework_versions",
                columns: new[] { "framework_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_recommendations_section_id_order",
                schema: "compliance",
                table: "recommendations",
                columns: new[] { "section_id", "order" });

            migrationBuilder.CreateIndex(
                name: "ix_recommendations_version_id_code",
                schema: "compliance",
                table: "recommendations",
                columns: new[] { "version_id", "code" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "recommendations",
                schema: "compliance");

            migrationBuilder.DropTable(
                name: "framework_sections",
                schema: "compliance");

            migrationBuilder.DropTable(
                name: "framework_versions",
                schema: "compliance");

            migrationBuilder.DropTable(
                name: "frameworks",
                schema: "compliance");
        }
    }
}
