using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopSante.Federation.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FedServicesSupportLibraryPartnerships : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "advantages",
                schema: "federation",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    supplier = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    title_fr = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    title_en = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    description_fr = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    description_en = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    conditions_fr = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    conditions_en = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    how_to_claim_fr = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    how_to_claim_en = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    valid_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    valid_until = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    audience = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    beneficiaries = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    telemedicine_offer = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    withdrawn_at = table.Column<long>(type: "INTEGER", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_advantages", x => x.id);
                    table.CheckConstraint("ck_advantages_validity", "valid_until IS NULL OR valid_until >= valid_from");
                });

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
                name: "library_documents",
                schema: "federation",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    title_fr = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    title_en = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    description_fr = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    description_en = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    category = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    audience = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    current_version = table.Column<int>(type: "INTEGER", nullable: false),
                    search_text = table.Column<string>(type: "TEXT", maxLength: 9000, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    withdrawn_at = table.Column<long>(type: "INTEGER", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_library_documents", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "partners",
                schema: "federation",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    region_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_partners", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "partnership_agreements",
                schema: "federation",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    region_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_partnership_agreements", x => x.id);
                    table.CheckConstraint("ck_partnership_agreements_dates", "ends_on IS NULL OR ends_on >= starts_on");
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
                name: "advantage_targets",
                schema: "federation",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    advantage_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    region_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_advantage_targets", x => x.id);
                    table.ForeignKey(
                        name: "fk_advantage_targets_advantages_advantage_id",
                        column: x => x.advantage_id,
                        principalSchema: "federation",
                        principalTable: "advantages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "library_document_targets",
                schema: "federation",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    document_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    region_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_library_document_targets", x => x.id);
                    table.ForeignKey(
                        name: "fk_library_document_targets_library_documents_document_id",
                        column: x => x.document_id,
                        principalSchema: "federation",
                        principalTable: "library_documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "library_document_versions",
                schema: "federation",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    document_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<int>(type: "INTEGER", nullable: false),
                    file_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    content_type = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    length = table.Column<long>(type: "INTEGER", nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    uploaded_at = table.Column<long>(type: "INTEGER", nullable: false),
                    uploaded_by_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_library_document_versions", x => x.id);
                    table.ForeignKey(
                        name: "fk_library_document_versions_library_documents_document_id",
                        column: x => x.document_id,
                        principalSchema: "federation",
                        principalTable: "library_documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "partner_contacts",
                schema: "federation",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    partner_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    role = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_partner_contacts", x => x.id);
                    table.ForeignKey(
                        name: "fk_partner_contacts_partners_partner_id",
                        column: x => x.partner_id,
                        principalSchema: "federation",
                        principalTable: "partners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "partnership_action_plans",
                schema: "federation",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    agreement_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_partnership_action_plans", x => x.id);
                    table.ForeignKey(
                        name: "fk_partnership_action_plans_agreement_agreement_id",
                        column: x => x.agreement_id,
                        principalSchema: "federation",
                        principalTable: "partnership_agreements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "partnership_agreement_coops",
                schema: "federation",
                columns: table => new
                {
                    agreement_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_partnership_agreement_coops", x => new { x.agreement_id, x.coop_id });
                    table.ForeignKey(
                        name: "fk_partnership_agreement_coops_coops_coop_id",
                        column: x => x.coop_id,
                        principalSchema: "federation",
                        principalTable: "coops",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_partnership_agreement_coops_partnership_agreements_agreement_id",
                        column: x => x.agreement_id,
                        principalSchema: "federation",
                        principalTable: "partnership_agreements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "partnership_agreement_partners",
                schema: "federation",
                columns: table => new
                {
                    agreement_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    partner_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_partnership_agreement_partners", x => new { x.agreement_id, x.partner_id });
                    table.ForeignKey(
                        name: "fk_partnership_agreement_partners_partner_partner_id",
                        column: x => x.partner_id,
                        principalSchema: "federation",
                        principalTable: "partners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_partnership_agreement_partners_partnership_agreements_agreement_id",
                        column: x => x.agreement_id,
                        principalSchema: "federation",
                        principalTable: "partnership_agreements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "partnership_consultations",
                schema: "federation",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    agreement_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    held_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    minutes = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_partnership_consultations", x => x.id);
                    table.ForeignKey(
                        name: "fk_partnership_consultations_partnership_agreements_agreement_id",
                        column: x => x.agreement_id,
                        principalSchema: "federation",
                        principalTable: "partnership_agreements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "partnership_documents",
                schema: "federation",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    agreement_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    file_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    content_type = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    length = table.Column<long>(type: "INTEGER", nullable: false),
                    added_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_partnership_documents", x => x.id);
                    table.ForeignKey(
                        name: "fk_partnership_documents_partnership_agreements_agreement_id",
                        column: x => x.agreement_id,
                        principalSchema: "federation",
                        principalTable: "partnership_agreements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "partnership_objectives",
                schema: "federation",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    agreement_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_partnership_objectives", x => x.id);
                    table.ForeignKey(
                        name: "fk_partnership_objectives_partnership_agreements_agreement_id",
                        column: x => x.agreement_id,
                        principalSchema: "federation",
                        principalTable: "partnership_agreements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
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
                name: "partnership_actions",
                schema: "federation",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    plan_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    agreement_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    owner_side = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    owner_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    owner_contact_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    due_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_partnership_actions", x => x.id);
                    table.ForeignKey(
                        name: "fk_partnership_actions_partner_contacts_owner_contact_id",
                        column: x => x.owner_contact_id,
                        principalSchema: "federation",
                        principalTable: "partner_contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_partnership_actions_partnership_action_plans_plan_id",
                        column: x => x.plan_id,
                        principalSchema: "federation",
                        principalTable: "partnership_action_plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "partnership_consultation_outcomes",
                schema: "federation",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    event_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    recommendation_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_partnership_consultation_outcomes", x => x.id);
                    table.ForeignKey(
                        name: "fk_partnership_consultation_outcomes_partnership_consultations_event_id",
                        column: x => x.event_id,
                        principalSchema: "federation",
                        principalTable: "partnership_consultations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "partnership_consultation_participants",
                schema: "federation",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    event_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    partner_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    contact_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_partnership_consultation_participants", x => x.id);
                    table.ForeignKey(
                        name: "fk_partnership_consultation_participants_partnership_consultations_event_id",
                        column: x => x.event_id,
                        principalSchema: "federation",
                        principalTable: "partnership_consultations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "partnership_indicators",
                schema: "federation",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    objective_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    unit = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    baseline = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    target = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    current = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    measured_on = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_partnership_indicators", x => x.id);
                    table.ForeignKey(
                        name: "fk_partnership_indicators_objective_objective_id",
                        column: x => x.objective_id,
                        principalSchema: "federation",
                        principalTable: "partnership_objectives",
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

            migrationBuilder.CreateTable(
                name: "partnership_action_notes",
                schema: "federation",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    action_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    written_at = table.Column<long>(type: "INTEGER", nullable: false),
                    author = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_partnership_action_notes", x => x.id);
                    table.ForeignKey(
                        name: "fk_partnership_action_notes_partnership_actions_action_id",
                        column: x => x.action_id,
                        principalSchema: "federation",
                        principalTable: "partnership_actions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_advantage_targets_advantage_id",
                schema: "federation",
                table: "advantage_targets",
                column: "advantage_id");

            migrationBuilder.CreateIndex(
                name: "ix_advantage_targets_coop_id",
                schema: "federation",
                table: "advantage_targets",
                column: "coop_id");

            migrationBuilder.CreateIndex(
                name: "ix_advantage_targets_region_code",
                schema: "federation",
                table: "advantage_targets",
                column: "region_code");

            migrationBuilder.CreateIndex(
                name: "ix_advantages_valid_from_valid_until",
                schema: "federation",
                table: "advantages",
                columns: new[] { "valid_from", "valid_until" });

            migrationBuilder.CreateIndex(
                name: "ix_fair_cost_rates_category_effective_from",
                schema: "federation",
                table: "fair_cost_rates",
                columns: new[] { "category", "effective_from" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_library_document_targets_coop_id",
                schema: "federation",
                table: "library_document_targets",
                column: "coop_id");

            migrationBuilder.CreateIndex(
                name: "ix_library_document_targets_document_id",
                schema: "federation",
                table: "library_document_targets",
                column: "document_id");

            migrationBuilder.CreateIndex(
                name: "ix_library_document_targets_region_code",
                schema: "federation",
                table: "library_document_targets",
                column: "region_code");

            migrationBuilder.CreateIndex(
                name: "ix_library_document_versions_document_id_number",
                schema: "federation",
                table: "library_document_versions",
                columns: new[] { "document_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_library_documents_updated_at",
                schema: "federation",
                table: "library_documents",
                column: "updated_at");

            migrationBuilder.CreateIndex(
                name: "ix_partner_contacts_partner_id",
                schema: "federation",
                table: "partner_contacts",
                column: "partner_id");

            migrationBuilder.CreateIndex(
                name: "ix_partners_region_code",
                schema: "federation",
                table: "partners",
                column: "region_code");

            migrationBuilder.CreateIndex(
                name: "ix_partnership_action_notes_action_id",
                schema: "federation",
                table: "partnership_action_notes",
                column: "action_id");

            migrationBuilder.CreateIndex(
                name: "ix_partnership_action_plans_agreement_id",
                schema: "federation",
                table: "partnership_action_plans",
                column: "agreement_id");

            migrationBuilder.CreateIndex(
                name: "ix_partnership_actions_agreement_id_status_due_on",
                schema: "federation",
                table: "partnership_actions",
                columns: new[] { "agreement_id", "status", "due_on" });

            migrationBuilder.CreateIndex(
                name: "ix_partnership_actions_owner_contact_id",
                schema: "federation",
                table: "partnership_actions",
                column: "owner_contact_id");

            migrationBuilder.CreateIndex(
                name: "ix_partnership_actions_plan_id",
                schema: "federation",
                table: "partnership_actions",
                column: "plan_id");

            migrationBuilder.CreateIndex(
                name: "ix_partnership_agreement_coops_coop_id",
                schema: "federation",
                table: "partnership_agreement_coops",
                column: "coop_id");

            migrationBuilder.CreateIndex(
                name: "ix_partnership_agreement_partners_partner_id",
                schema: "federation",
                table: "partnership_agreement_partners",
                column: "partner_id");

            migrationBuilder.CreateIndex(
                name: "ix_partnership_agreements_region_code",
                schema: "federation",
                table: "partnership_agreements",
                column: "region_code");

            migrationBuilder.CreateIndex(
                name: "ix_partnership_consultation_outcomes_event_id",
                schema: "federation",
                table: "partnership_consultation_outcomes",
                column: "event_id");

            migrationBuilder.CreateIndex(
                name: "ix_partnership_consultation_participants_event_id",
                schema: "federation",
                table: "partnership_consultation_participants",
                column: "event_id");

            migrationBuilder.CreateIndex(
                name: "ix_partnership_consultations_agreement_id_held_on",
                schema: "federation",
                table: "partnership_consultations",
                columns: new[] { "agreement_id", "held_on" });

            migrationBuilder.CreateIndex(
                name: "ix_partnership_documents_agreement_id_file_id",
                schema: "federation",
                table: "partnership_documents",
                columns: new[] { "agreement_id", "file_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_partnership_indicators_objective_id",
                schema: "federation",
                table: "partnership_indicators",
                column: "objective_id");

            migrationBuilder.CreateIndex(
                name: "ix_partnership_objectives_agreement_id",
                schema: "federation",
                table: "partnership_objectives",
                column: "agreement_id");

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
                name: "advantage_targets",
                schema: "federation");

            migrationBuilder.DropTable(
                name: "fair_cost_rates",
                schema: "federation");

            migrationBuilder.DropTable(
                name: "library_document_targets",
                schema: "federation");

            migrationBuilder.DropTable(
                name: "library_document_versions",
                schema: "federation");

            migrationBuilder.DropTable(
                name: "partnership_action_notes",
                schema: "federation");

            migrationBuilder.DropTable(
                name: "partnership_agreement_coops",
                schema: "federation");

            migrationBuilder.DropTable(
                name: "partnership_agreement_partners",
                schema: "federation");

            migrationBuilder.DropTable(
                name: "partnership_consultation_outcomes",
                schema: "federation");

            migrationBuilder.DropTable(
                name: "partnership_consultation_participants",
                schema: "federation");

            migrationBuilder.DropTable(
                name: "partnership_documents",
                schema: "federation");

            migrationBuilder.DropTable(
                name: "partnership_indicators",
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
                name: "advantages",
                schema: "federation");

            migrationBuilder.DropTable(
                name: "library_documents",
                schema: "federation");

            migrationBuilder.DropTable(
                name: "partnership_actions",
                schema: "federation");

            migrationBuilder.DropTable(
                name: "partnership_consultations",
                schema: "federation");

            migrationBuilder.DropTable(
                name: "partnership_objectives",
                schema: "federation");

            migrationBuilder.DropTable(
                name: "support_quotes",
                schema: "federation");

            migrationBuilder.DropTable(
                name: "partner_contacts",
                schema: "federation");

            migrationBuilder.DropTable(
                name: "partnership_action_plans",
                schema: "federation");

            migrationBuilder.DropTable(
                name: "support_requests",
                schema: "federation");

            migrationBuilder.DropTable(
                name: "partners",
                schema: "federation");

            migrationBuilder.DropTable(
                name: "partnership_agreements",
                schema: "federation");
        }
    }
}
