using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopSante.Telemedicine.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TelemedicineProgramEnrolmentBilling : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "telemedicine");

            migrationBuilder.CreateTable(
                name: "tele_bank_profiles",
                schema: "telemedicine",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    originator_id = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    processing_centre = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    short_name = table.Column<string>(type: "TEXT", maxLength: 15, nullable: false),
                    long_name = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    return_institution = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    return_transit = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    return_account = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    separator = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    fill = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    segments_per_record = table.Column<int>(type: "INTEGER", nullable: false),
                    debit_day = table.Column<int>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_by = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tele_bank_profiles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "tele_billing_runs",
                schema: "telemedicine",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    period = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    debit_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    unit_amount = table.Column<decimal>(type: "TEXT", precision: 10, scale: 2, nullable: false),
                    invoice_count = table.Column<int>(type: "INTEGER", nullable: false),
                    total = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    retry_count = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    created_by = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tele_billing_runs", x => x.id);
                });

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
                name: "tele_returns_imports",
                schema: "telemedicine",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    file_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    items = table.Column<int>(type: "INTEGER", nullable: false),
                    hard = table.Column<int>(type: "INTEGER", nullable: false),
                    imported_at = table.Column<long>(type: "INTEGER", nullable: false),
                    imported_by = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tele_returns_imports", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "tele_roster_reads",
                schema: "telemedicine",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    read_at = table.Column<long>(type: "INTEGER", nullable: false),
                    api_key_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    client_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    since = table.Column<long>(type: "INTEGER", nullable: true),
                    people = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tele_roster_reads", x => x.id);
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
                name: "tele_pad_files",
                schema: "telemedicine",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    run_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    file_creation_number = table.Column<int>(type: "INTEGER", nullable: false),
                    file_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    debit_count = table.Column<int>(type: "INTEGER", nullable: false),
                    total_cents = table.Column<long>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    created_by = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tele_pad_files", x => x.id);
                    table.ForeignKey(
                        name: "fk_tele_pad_files_tele_billing_runs_run_id",
                        column: x => x.run_id,
                        principalSchema: "telemedicine",
                        principalTable: "tele_billing_runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
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
                    register_person_id = table.Column<Guid>(type: "TEXT", nullable: false),
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
                name: "tele_invoices",
                schema: "telemedicine",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    run_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    enrolment_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    member_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    period = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    reference = table.Column<string>(type: "TEXT", maxLength: 19, nullable: false),
                    amount = table.Column<decimal>(type: "TEXT", precision: 10, scale: 2, nullable: false),
                    payment_method = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    due_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    debit_attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    last_debit_run_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    failure_code = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    failure_is_hard = table.Column<bool>(type: "INTEGER", nullable: false),
                    failed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    paid_at = table.Column<long>(type: "INTEGER", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tele_invoices", x => x.id);
                    table.ForeignKey(
                        name: "fk_tele_invoices_enrolments_enrolment_id",
                        column: x => x.enrolment_id,
                        principalSchema: "telemedicine",
                        principalTable: "tele_enrolments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_tele_invoices_tele_billing_runs_run_id",
                        column: x => x.run_id,
                        principalSchema: "telemedicine",
                        principalTable: "tele_billing_runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
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

            migrationBuilder.CreateTable(
                name: "tele_payments",
                schema: "telemedicine",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    invoice_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    amount = table.Column<decimal>(type: "TEXT", precision: 10, scale: 2, nullable: false),
                    paid_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    method = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    receipt_number = table.Column<int>(type: "INTEGER", nullable: false),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false),
                    recorded_by = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tele_payments", x => x.id);
                    table.ForeignKey(
                        name: "fk_tele_payments_tele_invoices_invoice_id",
                        column: x => x.invoice_id,
                        principalSchema: "telemedicine",
                        principalTable: "tele_invoices",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_tele_bank_profiles_coop_id",
                schema: "telemedicine",
                table: "tele_bank_profiles",
                column: "coop_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_tele_billing_runs_coop_id_period",
                schema: "telemedicine",
                table: "tele_billing_runs",
                columns: new[] { "coop_id", "period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_tele_covered_people_coop_id_register_person_id",
                schema: "telemedicine",
                table: "tele_covered_people",
                columns: new[] { "coop_id", "register_person_id" });

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
                name: "ix_tele_invoices_coop_id_member_id",
                schema: "telemedicine",
                table: "tele_invoices",
                columns: new[] { "coop_id", "member_id" });

            migrationBuilder.CreateIndex(
                name: "ix_tele_invoices_coop_id_reference",
                schema: "telemedicine",
                table: "tele_invoices",
                columns: new[] { "coop_id", "reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_tele_invoices_enrolment_id_period",
                schema: "telemedicine",
                table: "tele_invoices",
                columns: new[] { "enrolment_id", "period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_tele_invoices_last_debit_run_id",
                schema: "telemedicine",
                table: "tele_invoices",
                column: "last_debit_run_id");

            migrationBuilder.CreateIndex(
                name: "ix_tele_invoices_run_id",
                schema: "telemedicine",
                table: "tele_invoices",
                column: "run_id");

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
                name: "ix_tele_pad_files_coop_id_created_at",
                schema: "telemedicine",
                table: "tele_pad_files",
                columns: new[] { "coop_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_tele_pad_files_run_id",
                schema: "telemedicine",
                table: "tele_pad_files",
                column: "run_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_tele_participating_coops_coop_id_starts_on",
                schema: "telemedicine",
                table: "tele_participating_coops",
                columns: new[] { "coop_id", "starts_on" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_tele_payments_coop_id_receipt_number",
                schema: "telemedicine",
                table: "tele_payments",
                columns: new[] { "coop_id", "receipt_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_tele_payments_invoice_id",
                schema: "telemedicine",
                table: "tele_payments",
                column: "invoice_id");

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
                name: "ix_tele_returns_imports_coop_id",
                schema: "telemedicine",
                table: "tele_returns_imports",
                column: "coop_id");

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

            migrationBuilder.CreateIndex(
                name: "ix_tele_roster_reads_coop_id_read_at",
                schema: "telemedicine",
                table: "tele_roster_reads",
                columns: new[] { "coop_id", "read_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "tele_bank_profiles",
                schema: "telemedicine");

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
                name: "tele_pad_files",
                schema: "telemedicine");

            migrationBuilder.DropTable(
                name: "tele_participating_coops",
                schema: "telemedicine");

            migrationBuilder.DropTable(
                name: "tele_payments",
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
                name: "tele_returns_imports",
                schema: "telemedicine");

            migrationBuilder.DropTable(
                name: "tele_roster_consents",
                schema: "telemedicine");

            migrationBuilder.DropTable(
                name: "tele_roster_reads",
                schema: "telemedicine");

            migrationBuilder.DropTable(
                name: "tele_taxes",
                schema: "telemedicine");

            migrationBuilder.DropTable(
                name: "tele_invoices",
                schema: "telemedicine");

            migrationBuilder.DropTable(
                name: "tele_enrolments",
                schema: "telemedicine");

            migrationBuilder.DropTable(
                name: "tele_billing_runs",
                schema: "telemedicine");
        }
    }
}
