using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopSante.Telemedicine.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TeleBBilling : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "tele_bank_profiles",
                schema: "telemedicine",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    coop_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    originator_id = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    processing_centre = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    short_name = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    long_name = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    return_institution = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    return_transit = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    return_account = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    separator = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    fill = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    segments_per_record = table.Column<int>(type: "integer", nullable: false),
                    debit_day = table.Column<int>(type: "integer", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<Guid>(type: "uuid", nullable: true)
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    coop_id = table.Column<Guid>(type: "uuid", nullable: false),
                    period = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    debit_date = table.Column<DateOnly>(type: "date", nullable: false),
                    unit_amount = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: false),
                    invoice_count = table.Column<int>(type: "integer", nullable: false),
                    total = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    retry_count = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tele_billing_runs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "tele_returns_imports",
                schema: "telemedicine",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    coop_id = table.Column<Guid>(type: "uuid", nullable: false),
                    file_id = table.Column<Guid>(type: "uuid", nullable: false),
                    file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    items = table.Column<int>(type: "integer", nullable: false),
                    hard = table.Column<int>(type: "integer", nullable: false),
                    imported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    imported_by = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tele_returns_imports", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "tele_invoices",
                schema: "telemedicine",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    coop_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    run_id = table.Column<Guid>(type: "uuid", nullable: false),
                    enrolment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    period = table.Column<DateOnly>(type: "date", nullable: false),
                    reference = table.Column<string>(type: "character varying(19)", maxLength: 19, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: false),
                    payment_method = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    due_date = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    debit_attempts = table.Column<int>(type: "integer", nullable: false),
                    last_debit_run_id = table.Column<Guid>(type: "uuid", nullable: true),
                    failure_code = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    failure_is_hard = table.Column<bool>(type: "boolean", nullable: false),
                    failed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    paid_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                name: "tele_pad_files",
                schema: "telemedicine",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    coop_id = table.Column<Guid>(type: "uuid", nullable: false),
                    run_id = table.Column<Guid>(type: "uuid", nullable: false),
                    file_creation_number = table.Column<int>(type: "integer", nullable: false),
                    file_id = table.Column<Guid>(type: "uuid", nullable: false),
                    debit_count = table.Column<int>(type: "integer", nullable: false),
                    total_cents = table.Column<long>(type: "bigint", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: true)
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
                name: "tele_payments",
                schema: "telemedicine",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    coop_id = table.Column<Guid>(type: "uuid", nullable: false),
                    invoice_id = table.Column<Guid>(type: "uuid", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: false),
                    paid_on = table.Column<DateOnly>(type: "date", nullable: false),
                    method = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    receipt_number = table.Column<int>(type: "integer", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_by = table.Column<Guid>(type: "uuid", nullable: true)
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
                name: "ix_tele_returns_imports_coop_id",
                schema: "telemedicine",
                table: "tele_returns_imports",
                column: "coop_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "tele_bank_profiles",
                schema: "telemedicine");

            migrationBuilder.DropTable(
                name: "tele_pad_files",
                schema: "telemedicine");

            migrationBuilder.DropTable(
                name: "tele_payments",
                schema: "telemedicine");

            migrationBuilder.DropTable(
                name: "tele_returns_imports",
                schema: "telemedicine");

            migrationBuilder.DropTable(
                name: "tele_invoices",
                schema: "telemedicine");

            migrationBuilder.DropTable(
                name: "tele_billing_runs",
                schema: "telemedicine");
        }
    }
}
