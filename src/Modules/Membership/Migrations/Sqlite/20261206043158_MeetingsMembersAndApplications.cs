using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopSante.Membership.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MeetingsMembersAndApplications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "guardian_consented_at",
                schema: "membership",
                table: "member_applications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "guardian_name",
                schema: "membership",
                table: "member_applications",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "guardian_relationship",
                schema: "membership",
                table: "member_applications",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "mail_notices",
                schema: "membership",
                table: "meetings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "minutes",
                schema: "membership",
                table: "meetings",
                type: "TEXT",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "minutes_approved_at",
                schema: "membership",
                table: "meetings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "minutes_drafted_at",
                schema: "membership",
                table: "meetings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "request_received_on",
                schema: "membership",
                table: "meetings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "request_signatures",
                schema: "membership",
                table: "meetings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "requires_two_thirds",
                schema: "membership",
                table: "meeting_resolutions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "notice_given_at",
                schema: "membership",
                table: "household_persons",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "board_directors",
                schema: "membership",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    member_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    name = table.Column<string>(type: "TEXT", maxLength: 401, nullable: false),
                    domicile = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    category = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    term_start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    term_end = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    left_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    election_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false)
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
                name: "disciplinary_proceedings",
                schema: "membership",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    member_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    sanction = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    stage = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    grounds = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    notice_sent_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    meeting_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    heard_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    representations = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    decided_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    directors_present = table.Column<int>(type: "INTEGER", nullable: true),
                    votes_for = table.Column<int>(type: "INTEGER", nullable: true),
                    resolution_number = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    letter_sent_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    letter_reasons = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    effective_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    suspended_until = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_disciplinary_proceedings", x => x.id);
                    table.ForeignKey(
                        name: "fk_disciplinary_proceedings_members_member_id",
                        column: x => x.member_id,
                        principalSchema: "membership",
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "meeting_notices",
                schema: "membership",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    meeting_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    member_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    channel = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    address = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    queued_at = table.Column<long>(type: "INTEGER", nullable: false)
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
                name: "member_category_changes",
                schema: "membership",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    member_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    from = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    to = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    decided_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    resolution_number = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false),
                    recorded_by = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_member_category_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_member_category_changes_members_member_id",
                        column: x => x.member_id,
                        principalSchema: "membership",
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "refund_batches",
                schema: "membership",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    resolution_number = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    decided_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    solvent = table.Column<bool>(type: "INTEGER", nullable: false),
                    stability_preserved = table.Column<bool>(type: "INTEGER", nullable: false),
                    funder_commitments_met = table.Column<bool>(type: "INTEGER", nullable: false),
                    assessment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    approved = table.Column<bool>(type: "INTEGER", nullable: false),
                    requests = table.Column<int>(type: "INTEGER", nullable: false),
                    total = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false),
                    recorded_by = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_refund_batches", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "vote_suspensions",
                schema: "membership",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    member_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    decided_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    resolution_number = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    grounds = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    notified_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    contested_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    contest_note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    lifted_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    lift_reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "share_refund_requests",
                schema: "membership",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    member_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ground = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    requested_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    amount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    shares = table.Column<int>(type: "INTEGER", nullable: false),
                    batch_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    paid_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    paid_by = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    transaction_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false),
                    recorded_by = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_share_refund_requests", x => x.id);
                    table.ForeignKey(
                        name: "fk_share_refund_requests_members_member_id",
                        column: x => x.member_id,
                        principalSchema: "membership",
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_share_refund_requests_refund_batches_batch_id",
                        column: x => x.batch_id,
                        principalSchema: "membership",
                        principalTable: "refund_batches",
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
                name: "ix_disciplinary_proceedings_coop_id",
                schema: "membership",
                table: "disciplinary_proceedings",
                column: "coop_id");

            migrationBuilder.CreateIndex(
                name: "ix_disciplinary_proceedings_member_id",
                schema: "membership",
                table: "disciplinary_proceedings",
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
                name: "ix_member_category_changes_coop_id",
                schema: "membership",
                table: "member_category_changes",
                column: "coop_id");

            migrationBuilder.CreateIndex(
                name: "ix_member_category_changes_member_id",
                schema: "membership",
                table: "member_category_changes",
                column: "member_id");

            migrationBuilder.CreateIndex(
                name: "ix_refund_batches_coop_id_decided_on",
                schema: "membership",
                table: "refund_batches",
                columns: new[] { "coop_id", "decided_on" });

            migrationBuilder.CreateIndex(
                name: "ix_share_refund_requests_batch_id",
                schema: "membership",
                table: "share_refund_requests",
                column: "batch_id");

            migrationBuilder.CreateIndex(
                name: "ix_share_refund_requests_coop_id_status_requested_on",
                schema: "membership",
                table: "share_refund_requests",
                columns: new[] { "coop_id", "status", "requested_on" });

            migrationBuilder.CreateIndex(
                name: "ix_share_refund_requests_member_id",
                schema: "membership",
                table: "share_refund_requests",
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
                name: "disciplinary_proceedings",
                schema: "membership");

            migrationBuilder.DropTable(
                name: "meeting_notices",
                schema: "membership");

            migrationBuilder.DropTable(
                name: "member_category_changes",
                schema: "membership");

            migrationBuilder.DropTable(
                name: "share_refund_requests",
                schema: "membership");

            migrationBuilder.DropTable(
                name: "vote_suspensions",
                schema: "membership");

            migrationBuilder.DropTable(
                name: "refund_batches",
                schema: "membership");

            migrationBuilder.DropColumn(
                name: "guardian_consented_at",
                schema: "membership",
                table: "member_applications");

            migrationBuilder.DropColumn(
                name: "guardian_name",
                schema: "membership",
                table: "member_applications");

            migrationBuilder.DropColumn(
                name: "guardian_relationship",
                schema: "membership",
                table: "member_applications");

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

            migrationBuilder.DropColumn(
                name: "notice_given_at",
                schema: "membership",
                table: "household_persons");
        }
    }
}
