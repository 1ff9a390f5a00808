using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopSante.Membership.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "membership");

            migrationBuilder.CreateTable(
                name: "admission_decisions",
                schema: "membership",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    coop_id = table.Column<Guid>(type: "uuid", nullable: false),
                    resolution_number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: false),
                    admitted = table.Column<int>(type: "integer", nullable: false),
                    refused = table.Column<int>(type: "integer", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_admission_decisions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "bylaws_versions",
                schema: "membership",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    coop_id = table.Column<Guid>(type: "uuid", nullable: false),
                    effective_from = table.Column<DateOnly>(type: "date", nullable: false),
                    annual_contribution = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    fiscal_year_end_month = table.Column<int>(type: "integer", nullable: false),
                    fiscal_year_end_day = table.Column<int>(type: "integer", nullable: false),
                    quorum_kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    quorum_value = table.Column<int>(type: "integer", nullable: false),
                    minimum_notice_days = table.Column<int>(type: "integer", nullable: false),
                    board_size = table.Column<int>(type: "integer", nullable: false),
                    minimum_share_capital = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_by = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bylaws_versions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "meetings",
                schema: "membership",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    coop_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    start_time = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    place = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    fiscal_year = table.Column<int>(type: "integer", nullable: true),
                    convened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    notices_sent = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meetings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "member_import_jobs",
                schema: "membership",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    coop_id = table.Column<Guid>(type: "uuid", nullable: false),
                    caller_id = table.Column<Guid>(type: "uuid", nullable: false),
                    idempotency_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    request_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    imported = table.Column<int>(type: "integer", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_member_import_jobs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "members",
                schema: "membership",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    coop_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    member_number = table.Column<int>(type: "integer", nullable: true),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    family_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    given_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    date_of_birth = table.Column<DateOnly>(type: "date", nullable: true),
                    street = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    province = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    postal_code = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    preferred_language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    category = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    status_since = table.Column<DateOnly>(type: "date", nullable: false),
                    admitted_on = table.Column<DateOnly>(type: "date", nullable: true),
                    shares_subscribed = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    shares_paid = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    shares_held = table.Column<int>(type: "integer", nullable: false),
                    search_text = table.Column<string>(type: "character varying(800)", maxLength: 800, nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_members", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "membership_counters",
                schema: "membership",
                columns: table => new
                {
                    coop_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    value = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_membership_counters", x => new { x.coop_id, x.name });
                });

            migrationBuilder.CreateTable(
                name: "bylaws_category_terms",
                schema: "membership",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    coop_id = table.Column<Guid>(type: "uuid", nullable: false),
                    bylaws_version_id = table.Column<Guid>(type: "uuid", nullable: false),
                    category = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    qualifying_shares = table.Column<int>(type: "integer", nullable: false),
                    share_unit_value = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    instalment_months = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bylaws_category_terms", x => x.id);
                    table.ForeignKey(
                        name: "fk_bylaws_category_terms_bylaws_versions_bylaws_version_id",
                        column: x => x.bylaws_version_id,
                        principalSchema: "membership",
                        principalTable: "bylaws_versions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "meeting_agenda_items",
                schema: "membership",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    coop_id = table.Column<Guid>(type: "uuid", nullable: false),
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
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
                name: "meeting_board_elections",
                schema: "membership",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    coop_id = table.Column<Guid>(type: "uuid", nullable: false),
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: false),
                    category = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    seats = table.Column<int>(type: "integer", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    coop_id = table.Column<Guid>(type: "uuid", nullable: false),
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    votes_for = table.Column<int>(type: "integer", nullable: false),
                    votes_against = table.Column<int>(type: "integer", nullable: false),
                    abstentions = table.Column<int>(type: "integer", nullable: false),
                    adopted = table.Column<bool>(type: "boolean", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                name: "household_persons",
                schema: "membership",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    coop_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    relationship = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    family_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    given_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    date_of_birth = table.Column<DateOnly>(type: "date", nullable: false),
                    same_address = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_household_persons", x => x.id);
                    table.ForeignKey(
                        name: "fk_household_persons_members_member_id",
                        column: x => x.member_id,
                        principalSchema: "membership",
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "meeting_attendances",
                schema: "membership",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    coop_id = table.Column<Guid>(type: "uuid", nullable: false),
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    checked_in_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    checked_in_by = table.Column<Guid>(type: "uuid", nullable: true)
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
                name: "member_applications",
                schema: "membership",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    coop_id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    consent_text_version = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    consented_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    decision_id = table.Column<Guid>(type: "uuid", nullable: true),
                    refusal_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_member_applications", x => x.id);
                    table.ForeignKey(
                        name: "fk_member_applications_admission_decisions_decision_id",
                        column: x => x.decision_id,
                        principalSchema: "membership",
                        principalTable: "admission_decisions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_member_applications_members_member_id",
                        column: x => x.member_id,
                        principalSchema: "membership",
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "member_consents",
                schema: "membership",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    coop_id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    purpose = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    text_version = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    given_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    withdrawn_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_member_consents", x => x.id);
                    table.ForeignKey(
                        name: "fk_member_consents_members_member_id",
                        column: x => x.member_id,
                        principalSchema: "membership",
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "member_status_changes",
                schema: "membership",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    coop_id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    from = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    to = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    effective_on = table.Column<DateOnly>(type: "date", nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    resolution_number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_member_status_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_member_status_changes_members_member_id",
                        column: x => x.member_id,
                        principalSchema: "membership",
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "share_transactions",
                schema: "membership",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    coop_id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    occurred_on = table.Column<DateOnly>(type: "date", nullable: false),
                    shares = table.Column<int>(type: "integer", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    method = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    receipt_number = table.Column<int>(type: "integer", nullable: true),
                    resolution_number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    counterparty_member_id = table.Column<Guid>(type: "uuid", nullable: true),
                    bylaws_version_id = table.Column<Guid>(type: "uuid", nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_by = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_share_transactions", x => x.id);
                    table.ForeignKey(
                        name: "fk_share_transactions_members_member_id",
                        column: x => x.member_id,
                        principalSchema: "membership",
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "meeting_election_candidates",
                schema: "membership",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    coop_id = table.Column<Guid>(type: "uuid", nullable: false),
                    election_id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(401)", maxLength: 401, nullable: false),
                    votes = table.Column<int>(type: "integer", nullable: false),
                    elected = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meeting_election_candidates", x => x.id);
                    table.ForeignKey(
                        name: "fk_meeting_election_candidates_meeting_board_elections_electio",
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
                name: "ix_admission_decisions_coop_id",
                schema: "membership",
                table: "admission_decisions",
                column: "coop_id");

            migrationBuilder.CreateIndex(
                name: "ix_bylaws_category_terms_bylaws_version_id_category",
                schema: "membership",
                table: "bylaws_category_terms",
                columns: new[] { "bylaws_version_id", "category" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_bylaws_category_terms_coop_id",
                schema: "membership",
                table: "bylaws_category_terms",
                column: "coop_id");

            migrationBuilder.CreateIndex(
                name: "ix_bylaws_versions_coop_id",
                schema: "membership",
                table: "bylaws_versions",
                column: "coop_id");

            migrationBuilder.CreateIndex(
                name: "ix_bylaws_versions_coop_id_effective_from",
                schema: "membership",
                table: "bylaws_versions",
                columns: new[] { "coop_id", "effective_from" });

            migrationBuilder.CreateIndex(
                name: "ix_household_persons_coop_id",
                schema: "membership",
                table: "household_persons",
                column: "coop_id");

            migrationBuilder.CreateIndex(
                name: "ix_household_persons_member_id",
                schema: "membership",
                table: "household_persons",
                column: "member_id");

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

            migrationBuilder.CreateIndex(
                name: "ix_member_applications_coop_id",
                schema: "membership",
                table: "member_applications",
                column: "coop_id");

            migrationBuilder.CreateIndex(
                name: "ix_member_applications_coop_id_status",
                schema: "membership",
                table: "member_applications",
                columns: new[] { "coop_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_member_applications_decision_id",
                schema: "membership",
                table: "member_applications",
                column: "decision_id");

            migrationBuilder.CreateIndex(
                name: "ix_member_applications_member_id",
                schema: "membership",
                table: "member_applications",
                column: "member_id");

            migrationBuilder.CreateIndex(
                name: "ix_member_consents_coop_id",
                schema: "membership",
                table: "member_consents",
                column: "coop_id");

            migrationBuilder.CreateIndex(
                name: "ix_member_consents_member_id",
                schema: "membership",
                table: "member_consents",
                column: "member_id");

            migrationBuilder.CreateIndex(
                name: "ix_member_import_jobs_coop_id",
                schema: "membership",
                table: "member_import_jobs",
                column: "coop_id");

            migrationBuilder.CreateIndex(
                name: "ix_member_import_jobs_coop_id_caller_id_idempotency_key",
                schema: "membership",
                table: "member_import_jobs",
                columns: new[] { "coop_id", "caller_id", "idempotency_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_member_status_changes_coop_id",
                schema: "membership",
                table: "member_status_changes",
                column: "coop_id");

            migrationBuilder.CreateIndex(
                name: "ix_member_status_changes_member_id",
                schema: "membership",
                table: "member_status_changes",
                column: "member_id");

            migrationBuilder.CreateIndex(
                name: "ix_members_coop_id",
                schema: "membership",
                table: "members",
                column: "coop_id");

            migrationBuilder.CreateIndex(
                name: "ix_members_coop_id_email",
                schema: "membership",
                table: "members",
                columns: new[] { "coop_id", "email" });

            migrationBuilder.CreateIndex(
                name: "ix_members_coop_id_family_name_given_name",
                schema: "membership",
                table: "members",
                columns: new[] { "coop_id", "family_name", "given_name" });

            migrationBuilder.CreateIndex(
                name: "ix_members_coop_id_member_number",
                schema: "membership",
                table: "members",
                columns: new[] { "coop_id", "member_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_members_coop_id_status_category",
                schema: "membership",
                table: "members",
                columns: new[] { "coop_id", "status", "category" });

            migrationBuilder.CreateIndex(
                name: "ix_membership_counters_coop_id",
                schema: "membership",
                table: "membership_counters",
                column: "coop_id");

            migrationBuilder.CreateIndex(
                name: "ix_share_transactions_coop_id",
                schema: "membership",
                table: "share_transactions",
                column: "coop_id");

            migrationBuilder.CreateIndex(
                name: "ix_share_transactions_coop_id_receipt_number",
                schema: "membership",
                table: "share_transactions",
                columns: new[] { "coop_id", "receipt_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_share_transactions_member_id_occurred_on",
                schema: "membership",
                table: "share_transactions",
                columns: new[] { "member_id", "occurred_on" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "bylaws_category_terms",
                schema: "membership");

            migrationBuilder.DropTable(
                name: "household_persons",
                schema: "membership");

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
                name: "member_applications",
                schema: "membership");

            migrationBuilder.DropTable(
                name: "member_consents",
                schema: "membership");

            migrationBuilder.DropTable(
                name: "member_import_jobs",
                schema: "membership");

            migrationBuilder.DropTable(
                name: "member_status_changes",
                schema: "membership");

            migrationBuilder.DropTable(
                name: "membership_counters",
                schema: "membership");

            migrationBuilder.DropTable(
                name: "share_transactions",
                schema: "membership");

            migrationBuilder.DropTable(
                name: "bylaws_versions",
                schema: "membership");

            migrationBuilder.DropTable(
                name: "meeting_board_elections",
                schema: "membership");

            migrationBuilder.DropTable(
                name: "admission_decisions",
                schema: "membership");

            migrationBuilder.DropTable(
                name: "members",
                schema: "membership");

            migrationBuilder.DropTable(
                name: "meetings",
                schema: "membership");
        }
    }
}
