using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopSante.Compliance.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CompBCampaigns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "campaigns",
                schema: "compliance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    framework_version_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    version_label = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    due_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    opened_at = table.Column<long>(type: "INTEGER", nullable: false),
                    opened_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    closed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_campaigns", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "evidence",
                schema: "compliance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    file_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    content_type = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    length = table.Column<long>(type: "INTEGER", nullable: false),
                    sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    attests_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    expires_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    uploaded_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_evidence", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "reminders_sent",
                schema: "compliance",
                columns: table => new
                {
                    key = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    sent_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reminders_sent", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "assessments",
                schema: "compliance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    campaign_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    carried_from = table.Column<Guid>(type: "TEXT", nullable: true),
                    submitted_at = table.Column<long>(type: "INTEGER", nullable: true),
                    accepted_at = table.Column<long>(type: "INTEGER", nullable: true),
                    closed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assessments", x => x.id);
                    table.ForeignKey(
                        name: "fk_assessments_campaign_campaign_id",
                        column: x => x.campaign_id,
                        principalSchema: "compliance",
                        principalTable: "campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "assessment_items",
                schema: "compliance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    assessment_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    recommendation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    title_fr = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    title_en = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    section_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    section_title_fr = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    section_title_en = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    section_order = table.Column<int>(type: "INTEGER", nullable: false),
                    order = table.Column<int>(type: "INTEGER", nullable: false),
                    weight = table.Column<int>(type: "INTEGER", nullable: false),
                    applicable = table.Column<bool>(type: "INTEGER", nullable: false),
                    applicability_note = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    answer = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    justification = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    comment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    carried_over = table.Column<bool>(type: "INTEGER", nullable: false),
                    review_comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    answered_at = table.Column<long>(type: "INTEGER", nullable: true),
                    reviewed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    reviewed_by = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assessment_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_assessment_items_assessments_assessment_id",
                        column: x => x.assessment_id,
                        principalSchema: "compliance",
                        principalTable: "assessments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "audit_visits",
                schema: "compliance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    assessment_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    visited_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    auditor_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_visits", x => x.id);
                    table.ForeignKey(
                        name: "fk_audit_visits_assessments_assessment_id",
                        column: x => x.assessment_id,
                        principalSchema: "compliance",
                        principalTable: "assessments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "item_evidence",
                schema: "compliance",
                columns: table => new
                {
                    item_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    evidence_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_item_evidence", x => new { x.item_id, x.evidence_id });
                    table.ForeignKey(
                        name: "fk_item_evidence_assessment_items_item_id",
                        column: x => x.item_id,
                        principalSchema: "compliance",
                        principalTable: "assessment_items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_item_evidence_evidence_evidence_id",
                        column: x => x.evidence_id,
                        principalSchema: "compliance",
                        principalTable: "evidence",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "findings",
                schema: "compliance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    assessment_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    visit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    item_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_findings", x => x.id);
                    table.ForeignKey(
                        name: "fk_findings_audit_visits_visit_id",
                        column: x => x.visit_id,
                        principalSchema: "compliance",
                        principalTable: "audit_visits",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "action_items",
                schema: "compliance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    assessment_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    finding_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    owner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    due_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    proof_evidence_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    done_at = table.Column<long>(type: "INTEGER", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_action_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_action_items_evidence_proof_evidence_id",
                        column: x => x.proof_evidence_id,
                        principalSchema: "compliance",
                        principalTable: "evidence",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_action_items_finding_finding_id",
                        column: x => x.finding_id,
                        principalSchema: "compliance",
                        principalTable: "findings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_action_items_coop_id_assessment_id",
                schema: "compliance",
                table: "action_items",
                columns: new[] { "coop_id", "assessment_id" });

            migrationBuilder.CreateIndex(
                name: "ix_action_items_finding_id",
                schema: "compliance",
                table: "action_items",
                column: "finding_id");

            migrationBuilder.CreateIndex(
                name: "ix_action_items_proof_evidence_id",
                schema: "compliance",
                table: "action_items",
                column: "proof_evidence_id");

            migrationBuilder.CreateIndex(
                name: "ix_action_items_status_due_on",
                schema: "compliance",
                table: "action_items",
                columns: new[] { "status", "due_on" });

            migrationBuilder.CreateIndex(
                name: "ix_assessment_items_assessment_id",
                schema: "compliance",
                table: "assessment_items",
                column: "assessment_id");

            migrationBuilder.CreateIndex(
                name: "ix_assessment_items_coop_id_assessment_id_recommendation_id",
                schema: "compliance",
                table: "assessment_items",
                columns: new[] { "coop_id", "assessment_id", "recommendation_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_assessments_campaign_id",
                schema: "compliance",
                table: "assessments",
                column: "campaign_id");

            migrationBuilder.CreateIndex(
                name: "ix_assessments_coop_id_campaign_id",
                schema: "compliance",
                table: "assessments",
                columns: new[] { "coop_id", "campaign_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_audit_visits_assessment_id",
                schema: "compliance",
                table: "audit_visits",
                column: "assessment_id");

            migrationBuilder.CreateIndex(
                name: "ix_audit_visits_coop_id_assessment_id",
                schema: "compliance",
                table: "audit_visits",
                columns: new[] { "coop_id", "assessment_id" });

            migrationBuilder.CreateIndex(
                name: "ix_campaigns_opened_at",
                schema: "compliance",
                table: "campaigns",
                column: "opened_at");

            migrationBuilder.CreateIndex(
                name: "ix_evidence_coop_id_uploaded_at",
                schema: "compliance",
                table: "evidence",
                columns: new[] { "coop_id", "uploaded_at" });

            migrationBuilder.CreateIndex(
                name: "ix_findings_coop_id_assessment_id",
                schema: "compliance",
                table: "findings",
                columns: new[] { "coop_id", "assessment_id" });

            migrationBuilder.CreateIndex(
                name: "ix_findings_visit_id",
                schema: "compliance",
                table: "findings",
                column: "visit_id");

            migrationBuilder.CreateIndex(
                name: "ix_item_evidence_coop_id_evidence_id",
                schema: "compliance",
                table: "item_evidence",
                columns: new[] { "coop_id", "evidence_id" });

            migrationBuilder.CreateIndex(
                name: "ix_item_evidence_evidence_id",
                schema: "compliance",
                table: "item_evidence",
                column: "evidence_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "action_items",
                schema: "compliance");

            migrationBuilder.DropTable(
                name: "item_evidence",
                schema: "compliance");

            migrationBuilder.DropTable(
                name: "reminders_sent",
                schema: "compliance");

            migrationBuilder.DropTable(
                name: "findings",
                schema: "compliance");

            migrationBuilder.DropTable(
                name: "assessment_items",
                schema: "compliance");

            migrationBuilder.DropTable(
                name: "evidence",
                schema: "compliance");

            migrationBuilder.DropTable(
                name: "audit_visits",
                schema: "compliance");

            migrationBuilder.DropTable(
                name: "assessments",
                schema: "compliance");

            migrationBuilder.DropTable(
                name: "campaigns",
                schema: "compliance");
        }
    }
}
