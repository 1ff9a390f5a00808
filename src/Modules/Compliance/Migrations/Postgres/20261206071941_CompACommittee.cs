using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopSante.Compliance.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CompACommittee : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "committee_meetings",
                schema: "compliance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    held_on = table.Column<DateOnly>(type: "date", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    agenda = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    minutes = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_committee_meetings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "committee_members",
                schema: "compliance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    organization = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    is_external = table.Column<bool>(type: "boolean", nullable: false),
                    joined_on = table.Column<DateOnly>(type: "date", nullable: false),
                    left_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_committee_members", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "committee_decisions",
                schema: "compliance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: false),
                    text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_committee_decisions", x => x.id);
                    table.ForeignKey(
                        name: "fk_committee_decisions_committee_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalSchema: "compliance",
                        principalTable: "committee_meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "committee_follow_ups",
                schema: "compliance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    decision_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    owner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    done_on = table.Column<DateOnly>(type: "date", nullable: true),
                    recommendation_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    coop_id = table.Column<Guid>(type: "uuid", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_committee_follow_ups", x => x.id);
                    table.ForeignKey(
                        name: "fk_committee_follow_ups_committee_decisions_decision_id",
                        column: x => x.decision_id,
                        principalSchema: "compliance",
                        principalTable: "committee_decisions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_committee_decisions_meeting_id",
                schema: "compliance",
                table: "committee_decisions",
                column: "meeting_id");

            migrationBuilder.CreateIndex(
                name: "ix_committee_follow_ups_decision_id",
                schema: "compliance",
                table: "committee_follow_ups",
                column: "decision_id");

            migrationBuilder.CreateIndex(
                name: "ix_committee_follow_ups_status_due_on",
                schema: "compliance",
                table: "committee_follow_ups",
                columns: new[] { "status", "due_on" });

            migrationBuilder.CreateIndex(
                name: "ix_committee_meetings_held_on",
                schema: "compliance",
                table: "committee_meetings",
                column: "held_on");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "committee_follow_ups",
                schema: "compliance");

            migrationBuilder.DropTable(
                name: "committee_members",
                schema: "compliance");

            migrationBuilder.DropTable(
                name: "committee_decisions",
                schema: "compliance");

            migrationBuilder.DropTable(
                name: "committee_meetings",
                schema: "compliance");
        }
    }
}
