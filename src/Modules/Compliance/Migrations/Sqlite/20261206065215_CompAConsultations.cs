using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopSante.Compliance.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CompAConsultations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "consultations",
                schema: "compliance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    version_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    opened_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    closes_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_consultations", x => x.id);
                    table.ForeignKey(
                        name: "fk_consultations_framework_versions_version_id",
                        column: x => x.version_id,
                        principalSchema: "compliance",
                        principalTable: "framework_versions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "consultation_comments",
                schema: "compliance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    consultation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    recommendation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    parent_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    author_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    author_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    author_organization = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    body = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    posted_at = table.Column<long>(type: "INTEGER", nullable: false),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    outcome_reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    decided_at = table.Column<long>(type: "INTEGER", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_consultation_comments", x => x.id);
                    table.ForeignKey(
                        name: "fk_consultation_comments_consultation_comments_parent_id",
                        column: x => x.parent_id,
                        principalSchema: "compliance",
                        principalTable: "consultation_comments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_consultation_comments_consultations_consultation_id",
                        column: x => x.consultation_id,
                        principalSchema: "compliance",
                        principalTable: "consultations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_consultation_comments_recommendations_recommendation_id",
                        column: x => x.recommendation_id,
                        principalSchema: "compliance",
                        principalTable: "recommendations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "consultation_reviewers",
                schema: "compliance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    consultation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    display_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    organization = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    is_guest = table.Column<bool>(type: "INTEGER", nullable: false),
                    invited_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_consultation_reviewers", x => x.id);
                    table.ForeignKey(
                        name: "fk_consultation_reviewers_consultations_consultation_id",
                        column: x => x.consultation_id,
                        principalSchema: "compliance",
                        principalTable: "consultations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_consultation_comments_consultation_id_recommendation_id_posted_at",
                schema: "compliance",
                table: "consultation_comments",
                columns: new[] { "consultation_id", "recommendation_id", "posted_at" });

            migrationBuilder.CreateIndex(
                name: "ix_consultation_comments_parent_id",
                schema: "compliance",
                table: "consultation_comments",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "ix_consultation_comments_recommendation_id",
                schema: "compliance",
                table: "consultation_comments",
                column: "recommendation_id");

            migrationBuilder.CreateIndex(
                name: "ix_consultation_reviewers_consultation_id_user_id",
                schema: "compliance",
                table: "consultation_reviewers",
                columns: new[] { "consultation_id", "user_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_consultation_reviewers_user_id",
                schema: "compliance",
                table: "consultation_reviewers",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_consultations_version_id",
                schema: "compliance",
                table: "consultations",
                column: "version_id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "consultation_comments",
                schema: "compliance");

            migrationBuilder.DropTable(
                name: "consultation_reviewers",
                schema: "compliance");

            migrationBuilder.DropTable(
                name: "consultations",
                schema: "compliance");
        }
    }
}
