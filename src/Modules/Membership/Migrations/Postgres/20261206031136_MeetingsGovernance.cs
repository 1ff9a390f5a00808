using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopSante.Membership.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MeetingsGovernance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "mail_notices",
                schema: "membership",
                table: "meetings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "minutes",
                schema: "membership",
                table: "meetings",
                type: "character varying(20000)",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "minutes_approved_at",
                schema: "membership",
                table: "meetings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "minutes_drafted_at",
                schema: "membership",
                table: "meetings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "request_received_on",
                schema: "membership",
                table: "meetings",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "request_signatures",
                schema: "membership",
                table: "meetings",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "requires_two_thirds",
                schema: "membership",
                table: "meeting_resolutions",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "board_directors",
                schema: "membership",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    coop_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: true),
                    name = table.Column<string>(type: "character varying(401)", maxLength: 401, nullable: false),
                    domicile = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    category = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    term_start = table.Column<DateOnly>(type: "date", nullable: false),
                    term_end = table.Column<DateOnly>(type: "date", nullable: false),
                    left_on = table.Column<DateOnly>(type: "date", nullable: true),
                    election_id = table.Column<Guid>(type: "uuid", nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_board_directors", x => x.id);
                    table.ForeignKey(
                        name: "fk_board_directors_meeting_board_elections_election_id",
                        column: x => x.election_id,
                        principalSchema: "membership",
                        principalTable: "meeting_board_elections",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_board_directors_members_member_id",
                        column: x => x.member_id,
                        principalSchema: "membership",
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "meeting_notices",
                schema: "membership",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    coop_id = table.Column<Guid>(type: "uuid", nullable: false),
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    channel = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    address = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    queued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meeting_notices", x => x.id);
                    table.ForeignKey(
                        name: "fk_meeting_notices_meeting_meeting_id",
                        column: x => x.meeting_id,
                        principalSchema: "membership",
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_meeting_notices_members_member_id",
                        column: x => x.member_id,
                        principalSchema: "membership",
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "vote_suspensions",
                schema: "membership",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    coop_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: false),
                    resolution_number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    grounds = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    notified_on = table.Column<DateOnly>(type: "date", nullable: false),
                    contested_on = table.Column<DateOnly>(type: "date", nullable: true),
                    contest_note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    lifted_on = table.Column<DateOnly>(type: "date", nullable: true),
                    lift_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_vote_suspensions", x => x.id);
                    table.ForeignKey(
                        name: "fk_vote_suspensions_members_member_id",
                        column: x => x.member_id,
                        principalSchema: "membership",
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_board_directors_coop_id_term_end",
                schema: "membership",
                table: "board_directors",
                columns: new[] { "coop_id", "term_end" });

            migrationBuilder.CreateIndex(
                name: "ix_board_directors_election_id",
                schema: "membership",
                table: "board_directors",
                column: "election_id");

            migrationBuilder.CreateIndex(
                name: "ix_board_directors_member_id",
                schema: "membership",
                table: "board_directors",
                column: "member_id");

            migrationBuilder.CreateIndex(
                name: "ix_meeting_notices_coop_id",
                schema: "membership",
                table: "meeting_notices",
                column: "coop_id");

            migrationBuilder.CreateIndex(
                name: "ix_meeting_notices_meeting_id_member_id",
                schema: "membership",
                table: "meeting_notices",
                columns: new[] { "meeting_id", "member_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_meeting_notices_member_id",
                schema: "membership",
                table: "meeting_notices",
                column: "member_id");

            migrationBuilder.CreateIndex(
                name: "ix_vote_suspensions_coop_id_member_id",
                schema: "membership",
                table: "vote_suspensions",
                columns: new[] { "coop_id", "member_id" });

            migrationBuilder.CreateIndex(
                name: "ix_vote_suspensions_member_id",
                schema: "membership",
                table: "vote_suspensions",
                column: "member_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "board_directors",
                schema: "membership");

            migrationBuilder.DropTable(
                name: "meeting_notices",
                schema: "membership");

            migrationBuilder.DropTable(
                name: "vote_suspensions",
                schema: "membership");

            migrationBuilder.DropColumn(
                name: "mail_notices",
                schema: "membership",
                table: "meetings");

            migrationBuilder.DropColumn(
                name: "minutes",
                schema: "membership",
                table: "meetings");

            migrationBuilder.DropColumn(
                name: "minutes_approved_at",
                schema: "membership",
                table: "meetings");

            migrationBuilder.DropColumn(
                name: "minutes_drafted_at",
                schema: "membership",
                table: "meetings");

            migrationBuilder.DropColumn(
                name: "request_received_on",
                schema: "membership",
                table: "meetings");

            migrationBuilder.DropColumn(
                name: "request_signatures",
                schema: "membership",
                table: "meetings");

            migrationBuilder.DropColumn(
                name: "requires_two_thirds",
                schema: "membership",
                table: "meeting_resolutions");
        }
    }
}
