using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopSante.Federation.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FedASupport : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "fair_cost_rates",
                schema: "federation",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    category = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    hourly_rate = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false),
                    effective_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    created_by_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_fair_cost_rates", x => x.id);
                    table.CheckConstraint("ck_fair_cost_rates_positive", "hourly_rate > 0");
                });

            migrationBuilder.CreateTable(
                name: "support_requests",
                schema: "federation",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    reference = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    category = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    opened_at = table.Column<long>(type: "INTEGER", nullable: false),
                    opened_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    opened_by_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    adviser_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    adviser_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    assigned_at = table.Column<long>(type: "INTEGER", nullable: true),
                    first_response_at = table.Column<long>(type: "INTEGER", nullable: true),
                    first_response_due = table.Column<long>(type: "INTEGER", nullable: false),
                    resolution_due = table.Column<long>(type: "INTEGER", nullable: false),
                    closed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    closed_by_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    resolution = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    rating = table.Column<int>(type: "INTEGER", nullable: true),
                    rating_comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    rated_at = table.Column<long>(type: "INTEGER", nullable: true),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_support_requests", x => x.id);
                    table.CheckConstraint("ck_support_requests_rating", "rating IS NULL OR (rating BETWEEN 1 AND 5)");
                    table.ForeignKey(
                        name: "fk_support_requests_coops_coop_id",
                        column: x => x.coop_id,
                        principalSchema: "federation",
                        principalTable: "coops",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "support_targets",
                schema: "federation",
                columns: table => new
                {
                    category = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    first_response_hours = table.Column<int>(type: "INTEGER", nullable: false),
                    resolution_days = table.Column<int>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_support_targets", x => x.category);
                });

            migrationBuilder.CreateTable(
                name: "support_alerts",
                schema: "federation",
                columns: table => new
                {
                    request_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    threshold = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    sent_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_support_alerts", x => new { x.request_id, x.threshold });
                    table.ForeignKey(
                        name: "fk_support_alerts_support_requests_request_id",
                        column: x => x.request_id,
                        principalSchema: "federation",
                        principalTable: "support_requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "support_attachments",
                schema: "federation",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    request_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    file_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    content_type = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    length = table.Column<long>(type: "INTEGER", nullable: false),
                    from_federation = table.Column<bool>(type: "INTEGER", nullable: false),
                    added_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_support_attachments", x => x.id);
                    table.ForeignKey(
                        name: "fk_support_attachments_support_requests_request_id",
                        column: x => x.request_id,
                        principalSchema: "federation",
                        principalTable: "support_requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "support_invoices",
                schema: "federation",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    request_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    issued_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    hours = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false),
                    hourly_rate = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false),
                    amount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    issued_at = table.Column<long>(type: "INTEGER", nullable: false),
                    issued_by_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_support_invoices", x => x.id);
                    table.ForeignKey(
                        name: "fk_support_invoices_support_requests_request_id",
                        column: x => x.request_id,
                        principalSchema: "federation",
                        principalTable: "support_requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "support_messages",
                schema: "federation",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    request_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    from_federation = table.Column<bool>(type: "INTEGER", nullable: false),
                    author_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    author_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    body = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    posted_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_support_messages", x => x.id);
                    table.ForeignKey(
                        name: "fk_support_messages_support_requests_request_id",
                        column: x => x.request_id,
                        principalSchema: "federation",
                        principalTable: "support_requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "support_quotes",
                schema: "federation",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    request_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    hours = table.Column<decimal>(type: "TEXT", precision: 7, scale: 2, nullable: false),
                    hourly_rate = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false),
                    amount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    state = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    proposed_at = table.Column<long>(type: "INTEGER", nullable: false),
                    proposed_by_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    decided_at = table.Column<long>(type: "INTEGER", nullable: true),
                    decided_by_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_support_quotes", x => x.id);
                    table.CheckConstraint("ck_support_quotes_hours_positive", "hours > 0");
                    table.CheckConstraint("ck_support_quotes_rate_positive", "hourly_rate > 0");
                    table.ForeignKey(
                        name: "fk_support_quotes_support_requests_request_id",
                        column: x => x.request_id,
                        principalSchema: "federation",
                        principalTable: "support_requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "support_time_entries",
                schema: "federation",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    request_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    quote_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    worked_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    hours = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    adviser_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    logged_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_support_time_entries", x => x.id);
                    table.CheckConstraint("ck_support_time_entries_hours_positive", "hours > 0");
                    table.ForeignKey(
                        name: "fk_support_time_entries_support_quotes_quote_id",
                        column: x => x.quote_id,
                        principalSchema: "federation",
                        principalTable: "support_quotes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_support_time_entries_support_requests_request_id",
                        column: x => x.request_id,
                        principalSchema: "federation",
                        principalTable: "support_requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_fair_cost_rates_category_effective_from",
                schema: "federation",
                table: "fair_cost_rates",
                columns: new[] { "category", "effective_from" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_support_alerts_coop_id",
                schema: "federation",
                table: "support_alerts",
                column: "coop_id");

            migrationBuilder.CreateIndex(
                name: "ix_support_attachments_coop_id_request_id",
                schema: "federation",
                table: "support_attachments",
                columns: new[] { "coop_id", "request_id" });

            migrationBuilder.CreateIndex(
                name: "ix_support_attachments_request_id_file_id",
                schema: "federation",
                table: "support_attachments",
                columns: new[] { "request_id", "file_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_support_invoices_coop_id",
                schema: "federation",
                table: "support_invoices",
                column: "coop_id");

            migrationBuilder.CreateIndex(
                name: "ix_support_invoices_number",
                schema: "federation",
                table: "support_invoices",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_support_invoices_request_id",
                schema: "federation",
                table: "support_invoices",
                column: "request_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_support_messages_coop_id_request_id",
                schema: "federation",
                table: "support_messages",
                columns: new[] { "coop_id", "request_id" });

            migrationBuilder.CreateIndex(
                name: "ix_support_messages_request_id",
                schema: "federation",
                table: "support_messages",
                column: "request_id");

            migrationBuilder.CreateIndex(
                name: "ix_support_quotes_coop_id_request_id",
                schema: "federation",
                table: "support_quotes",
                columns: new[] { "coop_id", "request_id" });

            migrationBuilder.CreateIndex(
                name: "ix_support_quotes_request_id",
                schema: "federation",
                table: "support_quotes",
                column: "request_id");

            migrationBuilder.CreateIndex(
                name: "ix_support_requests_adviser_id",
                schema: "federation",
                table: "support_requests",
                column: "adviser_id");

            migrationBuilder.CreateIndex(
                name: "ix_support_requests_coop_id_opened_at",
                schema: "federation",
                table: "support_requests",
                columns: new[] { "coop_id", "opened_at" });

            migrationBuilder.CreateIndex(
                name: "ix_support_requests_reference",
                schema: "federation",
                table: "support_requests",
                column: "reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_support_requests_status_opened_at",
                schema: "federation",
                table: "support_requests",
                columns: new[] { "status", "opened_at" });

            migrationBuilder.CreateIndex(
                name: "ix_support_time_entries_coop_id_request_id",
                schema: "federation",
                table: "support_time_entries",
                columns: new[] { "coop_id", "request_id" });

            migrationBuilder.CreateIndex(
                name: "ix_support_time_entries_quote_id",
                schema: "federation",
                table: "support_time_entries",
                column: "quote_id");

            migrationBuilder.CreateIndex(
                name: "ix_support_time_entries_request_id",
                schema: "federation",
                table: "support_time_entries",
                column: "request_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "fair_cost_rates",
                schema: "federation");

            migrationBuilder.DropTable(
                name: "support_alerts",
                schema: "federation");

            migrationBuilder.DropTable(
                name: "support_attachments",
                schema: "federation");

            migrationBuilder.DropTable(
                name: "support_invoices",
                schema: "federation");

            migrationBuilder.DropTable(
                name: "support_messages",
                schema: "federation");

            migrationBuilder.DropTable(
                name: "support_targets",
                schema: "federation");

            migrationBuilder.DropTable(
                name: "support_time_entries",
                schema: "federation");

            migrationBuilder.DropTable(
                name: "support_quotes",
                schema: "federation");

            migrationBuilder.DropTable(
                name: "support_requests",
                schema: "federation");
        }
    }
}
