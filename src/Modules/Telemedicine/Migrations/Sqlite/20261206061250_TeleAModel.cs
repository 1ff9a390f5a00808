using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopSante.Telemedicine.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TeleAModel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "telemedicine");

            migrationBuilder.CreateTable(
                name: "tele_enrolments",
                schema: "telemedicine",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    member_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    member_name = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    member_number = table.Column<int>(type: "INTEGER", nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    coverage_start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    coverage_end = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    payment_method = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    language = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    enrolled_at = table.Column<long>(type: "INTEGER", nullable: false),
                    enrolled_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    cancelled_at = table.Column<long>(type: "INTEGER", nullable: true),
                    cancelled_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    cancellation_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    dunning_state = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    grace_ends_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tele_enrolments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "tele_participating_coops",
                schema: "telemedicine",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    starts_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tele_participating_coops", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "tele_prices",
                schema: "telemedicine",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    effective_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    household_monthly_price = table.Column<decimal>(type: "TEXT", precision: 10, scale: 2, nullable: false),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tele_prices", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "tele_programs",
                schema: "telemedicine",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    provider_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    provider_description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    provider_contact_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    provider_contact_email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    provider_contact_phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    spouse_covered = table.Column<bool>(type: "INTEGER", nullable: false),
                    child_age_limit = table.Column<int>(type: "INTEGER", nullable: false),
                    same_address_required = table.Column<bool>(type: "INTEGER", nullable: false),
                    grace_period_days = table.Column<int>(type: "INTEGER", nullable: false),
                    consent_text_version = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tele_programs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "tele_provider_fees",
                schema: "telemedicine",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    effective_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    fee_per_household = table.Column<decimal>(type: "TEXT", precision: 10, scale: 2, nullable: false),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tele_provider_fees", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "tele_taxes",
                schema: "telemedicine",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    registration_number = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    rate = table.Column<decimal>(type: "TEXT", precision: 6, scale: 5, nullable: false),
                    effective_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    effective_to = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tele_taxes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "tele_covered_people",
                schema: "telemedicine",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    enrolment_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    relationship = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    family_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    given_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    birth_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    language = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    coverage_start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    coverage_end = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tele_covered_people", x => x.id);
                    table.ForeignKey(
                        name: "fk_tele_covered_people_enrolments_enrolment_id",
                        column: x => x.enrolment_id,
                        principalSchema: "telemedicine",
                        principalTable: "tele_enrolments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "tele_household_changes",
                schema: "telemedicine",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    enrolment_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    covered_person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    effective_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false),
                    recorded_by = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tele_household_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_tele_household_changes_tele_enrolments_enrolment_id",
                        column: x => x.enrolment_id,
                        principalSchema: "telemedicine",
                        principalTable: "tele_enrolments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "tele_pad_agreements",
                schema: "telemedicine",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    enrolment_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    payor_name = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    institution_number = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    transit_number = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    account_number = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    account_masked = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    accepted_at = table.Column<long>(type: "INTEGER", nullable: false),
                    accepted_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    accepted_by_name = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    language = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    file_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    ended_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tele_pad_agreements", x => x.id);
                    table.ForeignKey(
                        name: "fk_tele_pad_agreements_tele_enrolments_enrolment_id",
                        column: x => x.enrolment_id,
                        principalSchema: "telemedicine",
                        principalTable: "tele_enrolments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "tele_roster_consents",
                schema: "telemedicine",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    enrolment_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    text_version = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    given_at = table.Column<long>(type: "INTEGER", nullable: false),
                    channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    recorded_by = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tele_roster_consents", x => x.id);
                    table.ForeignKey(
                        name: "fk_tele_roster_consents_tele_enrolments_enrolment_id",
                        column: x => x.enrolment_id,
                        principalSchema: "telemedicine",
                        principalTable: "tele_enrolments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_tele_covered_people_coop_id_updated_at",
                schema: "telemedicine",
                table: "tele_covered_people",
                columns: new[] { "coop_id", "updated_at" });

            migrationBuilder.CreateIndex(
                name: "ix_tele_covered_people_enrolment_id",
                schema: "telemedicine",
                table: "tele_covered_people",
                column: "enrolment_id");

            migrationBuilder.CreateIndex(
                name: "ix_tele_covered_people_person_id",
                schema: "telemedicine",
                table: "tele_covered_people",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_tele_covered_people_updated_at",
                schema: "telemedicine",
                table: "tele_covered_people",
                column: "updated_at");

            migrationBuilder.CreateIndex(
                name: "ix_tele_enrolments_coop_id_status_coverage_start",
                schema: "telemedicine",
                table: "tele_enrolments",
                columns: new[] { "coop_id", "status", "coverage_start" });

            migrationBuilder.CreateIndex(
                name: "ux_tele_enrolments_active_household",
                schema: "telemedicine",
                table: "tele_enrolments",
                columns: new[] { "coop_id", "member_id" },
                unique: true,
                filter: "status = 'Active'");

            migrationBuilder.CreateIndex(
                name: "ix_tele_household_changes_coop_id_enrolment_id",
                schema: "telemedicine",
                table: "tele_household_changes",
                columns: new[] { "coop_id", "enrolment_id" });

            migrationBuilder.CreateIndex(
                name: "ix_tele_household_changes_enrolment_id",
                schema: "telemedicine",
                table: "tele_household_changes",
                column: "enrolment_id");

            migrationBuilder.CreateIndex(
                name: "ix_tele_pad_agreements_coop_id_enrolment_id",
                schema: "telemedicine",
                table: "tele_pad_agreements",
                columns: new[] { "coop_id", "enrolment_id" });

            migrationBuilder.CreateIndex(
                name: "ix_tele_pad_agreements_enrolment_id",
                schema: "telemedicine",
                table: "tele_pad_agreements",
                column: "enrolment_id");

            migrationBuilder.CreateIndex(
                name: "ix_tele_participating_coops_coop_id_starts_on",
                schema: "telemedicine",
                table: "tele_participating_coops",
                columns: new[] { "coop_id", "starts_on" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_tele_prices_effective_from",
                schema: "telemedicine",
                table: "tele_prices",
                column: "effective_from",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_tele_provider_fees_effective_from",
                schema: "telemedicine",
                table: "tele_provider_fees",
                column: "effective_from",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_tele_roster_consents_coop_id_enrolment_id",
                schema: "telemedicine",
                table: "tele_roster_consents",
                columns: new[] { "coop_id", "enrolment_id" });

            migrationBuilder.CreateIndex(
                name: "ix_tele_roster_consents_enrolment_id",
                schema: "telemedicine",
                table: "tele_roster_consents",
                column: "enrolment_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "tele_covered_people",
                schema: "telemedicine");

            migrationBuilder.DropTable(
                name: "tele_household_changes",
                schema: "telemedicine");

            migrationBuilder.DropTable(
                name: "tele_pad_agreements",
                schema: "telemedicine");

            migrationBuilder.DropTable(
                name: "tele_participating_coops",
                schema: "telemedicine");

            migrationBuilder.DropTable(
                name: "tele_prices",
                schema: "telemedicine");

            migrationBuilder.DropTable(
                name: "tele_programs",
                schema: "telemedicine");

            migrationBuilder.DropTable(
                name: "tele_provider_fees",
                schema: "telemedicine");

            migrationBuilder.DropTable(
                name: "tele_roster_consents",
                schema: "telemedicine");

            migrationBuilder.DropTable(
                name: "tele_taxes",
                schema: "telemedicine");

            migrationBuilder.DropTable(
                name: "tele_enrolments",
                schema: "telemedicine");
        }
    }
}
