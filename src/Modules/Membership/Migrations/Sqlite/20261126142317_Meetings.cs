using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopSante.Membership.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Meetings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "meetings",
                schema: "membership",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    start_time = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    place = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    fiscal_year = table.Column<int>(type: "INTEGER", nullable: true),
                    convened_at = table.Column<long>(type: "INTEGER", nullable: true),
                    notices_sent = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meetings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "meeting_agenda_items",
                schema: "membership",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    meeting_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meeting_agenda_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_meeting_agenda_items_meeting_meeting_id",
                        column: x => x.meeting_id,
                        principalSchema: "membership",
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "meeting_attendances",
                schema: "membership",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    meeting_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    member_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    checked_in_at = table.Column<long>(type: "INTEGER", nullable: false),
                    checked_in_by = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meeting_attendances", x => x.id);
                    table.ForeignKey(
                        name: "fk_meeting_attendances_meeting_meeting_id",
                        column: x => x.meeting_id,
                        principalSchema: "membership",
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_meeting_attendances_members_member_id",
                        column: x => x.member_id,
                        principalSchema: "membership",
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "meeting_board_elections",
                schema: "membership",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    meeting_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    category = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    seats = table.Column<int>(type: "INTEGER", nullable: false),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meeting_board_elections", x => x.id);
                    table.ForeignKey(
                        name: "fk_meeting_board_elections_meeting_meeting_id",
                        column: x => x.meeting_id,
                        principalSchema: "membership",
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "meeting_resolutions",
                schema: "membership",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    meeting_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    votes_for = table.Column<int>(type: "INTEGER", nullable: false),
                    votes_against = table.Column<int>(type: "INTEGER", nullable: false),
                    abstentions = table.Column<int>(type: "INTEGER", nullable: false),
                    adopted = table.Column<bool>(type: "INTEGER", nullable: false),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meeting_resolutions", x => x.id);
                    table.ForeignKey(
                        name: "fk_meeting_resolutions_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalSchema: "membership",
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "meeting_election_candidates",
                schema: "membership",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    election_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    member_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 401, nullable: false),
                    votes = table.Column<int>(type: "INTEGER", nullable: false),
                    elected = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meeting_election_candidates", x => x.id);
                    table.ForeignKey(
                        name: "fk_meeting_election_candidates_meeting_board_elections_election_id",
                        column: x => x.election_id,
                        principalSchema: "membership",
                        principalTable: "meeting_board_elections",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_meeting_election_candidates_members_member_id",
                        column: x => x.member_id,
                        principalSchema: "membership",
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_meeting_agenda_items_coop_id",
                schema: "membership",
                table: "meeting_agenda_items",
                column: "coop_id");

            migrationBuilder.CreateIndex(
                name: "ix_meeting_agenda_items_meeting_id_position",
                schema: "membership",
                table: "meeting_agenda_items",
                columns: new[] { "meeting_id", "position" });

            migrationBuilder.CreateIndex(
                name: "ix_meeting_attendances_coop_id",
                schema: "membership",
                table: "meeting_attendances",
                column: "coop_id");

            migrationBuilder.CreateIndex(
                name: "ix_meeting_attendances_meeting_id_member_id",
                schema: "membership",
                table: "meeting_attendances",
                columns: new[] { "meeting_id", "member_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_meeting_attendances_member_id",
                schema: "membership",
                table: "meeting_attendances",
                column: "member_id");

            migrationBuilder.CreateIndex(
                name: "ix_meeting_board_elections_coop_id",
                schema: "membership",
                table: "meeting_board_elections",
                column: "coop_id");

            migrationBuilder.CreateIndex(
                name: "ix_meeting_board_elections_meeting_id_category",
                schema: "membership",
                table: "meeting_board_elections",
                columns: new[] { "meeting_id", "category" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_meeting_election_candidates_coop_id",
                schema: "membership",
                table: "meeting_election_candidates",
                column: "coop_id");

            migrationBuilder.CreateIndex(
                name: "ix_meeting_election_candidates_election_id_member_id",
                schema: "membership",
                table: "meeting_election_candidates",
                columns: new[] { "election_id", "member_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_meeting_election_candidates_member_id",
                schema: "membership",
                table: "meeting_election_candidates",
                column: "member_id");

            migrationBuilder.CreateIndex(
                name: "ix_meeting_resolutions_coop_id",
                schema: "membership",
                table: "meeting_resolutions",
                column: "coop_id");

            migrationBuilder.CreateIndex(
                name: "ix_meeting_resolutions_meeting_id_number",
                schema: "membership",
                table: "meeting_resolutions",
                columns: new[] { "meeting_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_meetings_coop_id",
                schema: "membership",
                table: "meetings",
                column: "coop_id");

            migrationBuilder.CreateIndex(
                name: "ix_meetings_coop_id_date",
                schema: "membership",
                table: "meetings",
                columns: new[] { "coop_id", "date" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "meeting_agenda_items",
                schema: "membership");

            migrationBuilder.DropTable(
                name: "meeting_attendances",
                schema: "membership");

            migrationBuilder.DropTable(
                name: "meeting_election_candidates",
                schema: "membership");

            migrationBuilder.DropTable(
                name: "meeting_resolutions",
                schema: "membership");

            migrationBuilder.DropTable(
                name: "meeting_board_elections",
                schema: "membership");

            migrationBuilder.DropTable(
                name: "meetings",
                schema: "membership");
        }
    }
}
