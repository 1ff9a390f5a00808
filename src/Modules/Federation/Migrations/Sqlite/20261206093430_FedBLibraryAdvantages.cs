using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopSante.Federation.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FedBLibraryAdvantages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "advantages",
                schema: "federation",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    supplier = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    title_fr = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    title_en = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    description_fr = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    description_en = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    conditions_fr = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    conditions_en = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    how_to_claim_fr = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    how_to_claim_en = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    valid_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    valid_until = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    audience = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    beneficiaries = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    telemedicine_offer = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    withdrawn_at = table.Column<long>(type: "INTEGER", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_advantages", x => x.id);
                    table.CheckConstraint("ck_advantages_validity", "valid_until IS NULL OR valid_until >= valid_from");
                });

            migrationBuilder.CreateTable(
                name: "library_documents",
                schema: "federation",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    title_fr = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    title_en = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    description_fr = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    description_en = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    category = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    audience = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    current_version = table.Column<int>(type: "INTEGER", nullable: false),
                    search_text = table.Column<string>(type: "TEXT", maxLength: 9000, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    withdrawn_at = table.Column<long>(type: "INTEGER", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_library_documents", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "advantage_targets",
                schema: "federation",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    advantage_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    region_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_advantage_targets", x => x.id);
                    table.ForeignKey(
                        name: "fk_advantage_targets_advantages_advantage_id",
                        column: x => x.advantage_id,
                        principalSchema: "federation",
                        principalTable: "advantages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "library_document_targets",
                schema: "federation",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    document_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    region_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_library_document_targets", x => x.id);
                    table.ForeignKey(
                        name: "fk_library_document_targets_library_documents_document_id",
                        column: x => x.document_id,
                        principalSchema: "federation",
                        principalTable: "library_documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "library_document_versions",
                schema: "federation",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    document_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<int>(type: "INTEGER", nullable: false),
                    file_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    content_type = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    length = table.Column<long>(type: "INTEGER", nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    uploaded_at = table.Column<long>(type: "INTEGER", nullable: false),
                    uploaded_by_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_library_document_versions", x => x.id);
                    table.ForeignKey(
                        name: "fk_library_document_versions_library_documents_document_id",
                        column: x => x.document_id,
                        principalSchema: "federation",
                        principalTable: "library_documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_advantage_targets_advantage_id",
                schema: "federation",
                table: "advantage_targets",
                column: "advantage_id");

            migrationBuilder.CreateIndex(
                name: "ix_advantage_targets_coop_id",
                schema: "federation",
                table: "advantage_targets",
                column: "coop_id");

            migrationBuilder.CreateIndex(
                name: "ix_advantage_targets_region_code",
                schema: "federation",
                table: "advantage_targets",
                column: "region_code");

            migrationBuilder.CreateIndex(
                name: "ix_advantages_valid_from_valid_until",
                schema: "federation",
                table: "advantages",
                columns: new[] { "valid_from", "valid_until" });

            migrationBuilder.CreateIndex(
                name: "ix_library_document_targets_coop_id",
                schema: "federation",
                table: "library_document_targets",
                column: "coop_id");

            migrationBuilder.CreateIndex(
                name: "ix_library_document_targets_document_id",
                schema: "federation",
                table: "library_document_targets",
                column: "document_id");

            migrationBuilder.CreateIndex(
                name: "ix_library_document_targets_region_code",
                schema: "federation",
                table: "library_document_targets",
                column: "region_code");

            migrationBuilder.CreateIndex(
                name: "ix_library_document_versions_document_id_number",
                schema: "federation",
                table: "library_document_versions",
                columns: new[] { "document_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_library_documents_updated_at",
                schema: "federation",
                table: "library_documents",
                column: "updated_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "advantage_targets",
                schema: "federation");

            migrationBuilder.DropTable(
                name: "library_document_targets",
                schema: "federation");

            migrationBuilder.DropTable(
                name: "library_document_versions",
                schema: "federation");

            migrationBuilder.DropTable(
                name: "advantages",
                schema: "federation");

            migrationBuilder.DropTable(
                name: "library_documents",
                schema: "federation");
        }
    }
}
