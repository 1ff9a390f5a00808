using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopSante.Federation.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FedCPartnerships : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "partners",
                schema: "federation",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    region_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    region_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_partnership_agreements", x => x.id);
                    table.CheckConstraint("ck_partnership_agreements_dates", "ends_on IS NULL OR ends_on >= starts_on");
                });

            migrationBuilder.CreateTable(
                name: "partner_contacts",
                schema: "federation",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    partner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    role = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true)
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    agreement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    agreement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    coop_id = table.Column<Guid>(type: "uuid", nullable: false)
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
                        name: "fk_partnership_agreement_coops_partnership_agreements_agreemen",
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
                    agreement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    partner_id = table.Column<Guid>(type: "uuid", nullable: false)
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
                        name: "fk_partnership_agreement_partners_partnership_agreements_agree",
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    agreement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    held_on = table.Column<DateOnly>(type: "date", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    minutes = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_partnership_consultations", x => x.id);
                    table.ForeignKey(
                        name: "fk_partnership_consultations_partnership_agreements_agreement_",
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    agreement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    file_id = table.Column<Guid>(type: "uuid", nullable: false),
                    file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    content_type = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    length = table.Column<long>(type: "bigint", nullable: false),
                    added_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    agreement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                name: "partnership_actions",
                schema: "federation",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    plan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    agreement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    owner_side = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    owner_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    owner_contact_id = table.Column<Guid>(type: "uuid", nullable: true),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    recommendation_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_partnership_consultation_outcomes", x => x.id);
                    table.ForeignKey(
                        name: "fk_partnership_consultation_outcomes_partnership_consultations",
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    partner_id = table.Column<Guid>(type: "uuid", nullable: true),
                    contact_id = table.Column<Guid>(type: "uuid", nullable: true),
                    coop_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_partnership_consultation_participants", x => x.id);
                    table.ForeignKey(
                        name: "fk_partnership_consultation_participants_partnership_consultat",
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    objective_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    unit = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    baseline = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    target = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    current = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    measured_on = table.Column<DateOnly>(type: "date", nullable: true)
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
                name: "partnership_action_notes",
                schema: "federation",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    action_id = table.Column<Guid>(type: "uuid", nullable: false),
                    written_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    author = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
                name: "partnership_actions",
                schema: "federation");

            migrationBuilder.DropTable(
                name: "partnership_consultations",
                schema: "federation");

            migrationBuilder.DropTable(
                name: "partnership_objectives",
                schema: "federation");

            migrationBuilder.DropTable(
                name: "partner_contacts",
                schema: "federation");

            migrationBuilder.DropTable(
                name: "partnership_action_plans",
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
