using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopSante.Federation.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FedsvcBulletins : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "bulletins",
                schema: "federation",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    title_fr = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    title_en = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    body_fr = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    body_en = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    audience = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    published_at = table.Column<long>(type: "INTEGER", nullable: false),
                    published_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    published_by_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    withdrawn_at = table.Column<long>(type: "INTEGER", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bulletins", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "bulletin_attachments",
                schema: "federation",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    bulletin_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    file_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    content_type = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    length = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bulletin_attachments", x => x.id);
                    table.ForeignKey(
                        name: "fk_bulletin_attachments_bulletins_bulletin_id",
                        column: x => x.bulletin_id,
                        principalSchema: "federation",
                        principalTable: "bulletins",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "bulletin_digest_entries",
                schema: "federation",
                columns: table => new
                {
                    bulletin_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    sent_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bulletin_digest_entries", x => new { x.bulletin_id, x.user_id });
                    table.ForeignKey(
                        name: "fk_bulletin_digest_entries_bulletins_bulletin_id",
                        column: x => x.bulletin_id,
                        principalSchema: "federation",
                        principalTable: "bulletins",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "bulletin_reads",
                schema: "federation",
                columns: table => new
                {
                    bulletin_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    read_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bulletin_reads", x => new { x.coop_id, x.bulletin_id, x.user_id });
                    table.ForeignKey(
                        name: "fk_bulletin_reads_bulletins_bulletin_id",
                        column: x => x.bulletin_id,
                        principalSchema: "federation",
                        principalTable: "bulletins",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "bulletin_targets",
                schema: "federation",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    bulletin_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    region_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bulletin_targets", x => x.id);
                    table.ForeignKey(
                        name: "fk_bulletin_targets_bulletins_bulletin_id",
                        column: x => x.bulletin_id,
                        principalSchema: "federation",
                        principalTable: "bulletins",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_bulletin_attachments_bulletin_id_file_id",
                schema: "federation",
                table: "bulletin_attachments",
                columns: new[] { "bulletin_id", "file_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_bulletin_digest_entries_coop_id",
                schema: "federation",
                table: "bulletin_digest_entries",
                column: "coop_id");

            migrationBuilder.CreateIndex(
                name: "ix_bulletin_reads_bulletin_id",
                schema: "federation",
                table: "bulletin_reads",
                column: "bulletin_id");

            migrationBuilder.CreateIndex(
                name: "ix_bulletin_reads_coop_id",
                schema: "federation",
                table: "bulletin_reads",
                column: "coop_id");

            migrationBuilder.CreateIndex(
                name: "ix_bulletin_targets_bulletin_id",
                schema: "federation",
                table: "bulletin_targets",
                column: "bulletin_id");

            migrationBuilder.CreateIndex(
                name: "ix_bulletin_targets_coop_id",
                schema: "federation",
                table: "bulletin_targets",
                column: "coop_id");

            migrationBuilder.CreateIndex(
                name: "ix_bulletin_targets_region_code",
                schema: "federation",
                table: "bulletin_targets",
                column: "region_code");

            migrationBuilder.CreateIndex(
                name: "ix_bulletins_published_at",
                schema: "federation",
                table: "bulletins",
                column: "published_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "bulletin_attachments",
                schema: "federation");

            migrationBuilder.DropTable(
                name: "bulletin_digest_entries",
                schema: "federation");

            migrationBuilder.DropTable(
                name: "bulletin_reads",
                schema: "federation");

            migrationBuilder.DropTable(
                name: "bulletin_targets",
                schema: "federation");

            migrationBuilder.DropTable(
                name: "bulletins",
                schema: "federation");
        }
    }
}
