using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopSante.Compliance.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ComplianceFrameworksCampaignsRegisters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "compliance");

            migrationBuilder.CreateTable(
                name: "campaigns",
                schema: "compliance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    framework_version_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version_label = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    opened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    opened_by = table.Column<Guid>(type: "uuid", nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_campaigns", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "committee_meetings",
                schema: "compliance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    held_on = table.Column<DateOnly>(type: "date", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    agenda = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    minutes = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_committee_meetings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "committee_members",
                schema: "compliance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    organization = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    is_external = table.Column<bool>(type: "boolean", nullable: false),
                    joined_on = table.Column<DateOnly>(type: "date", nullable: false),
                    left_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_committee_members", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "confidentiality_incidents",
                schema: "compliance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    coop_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    occurred_on = table.Column<DateOnly>(type: "date", nullable: false),
                    discovered_on = table.Column<DateOnly>(type: "date", nullable: false),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    information_concerned = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    people_affected = table.Column<int>(type: "integer", nullable: false),
                    risk_of_serious_harm = table.Column<bool>(type: "boolean", nullable: false),
                    cai_notified_on = table.Column<DateOnly>(type: "date", nullable: true),
                    people_notified_on = table.Column<DateOnly>(type: "date", nullable: true),
                    measures = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    keep_until = table.Column<DateOnly>(type: "date", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_confidentiality_incidents", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "evidence",
                schema: "compliance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    coop_id = table.Column<Guid>(type: "uuid", nullable: false),
                    file_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    content_type = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    length = table.Column<long>(type: "bigint", nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    attests_on = table.Column<DateOnly>(type: "date", nullable: false),
                    expires_on = table.Column<DateOnly>(type: "date", nullable: true),
                    uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_evidence", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "frameworks",
                schema: "compliance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    is_example = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_frameworks", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "incident_register_reviews",
                schema: "compliance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    coop_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reviewed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    reviewed_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_incident_register_reviews", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "privacy_impact_assessments",
                schema: "compliance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    coop_id = table.Column<Guid>(type: "uuid", nullable: false),
                    project = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    started_on = table.Column<DateOnly>(type: "date", nullable: false),
                    completed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    conclusion = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_privacy_impact_assessments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "privacy_officers",
                schema: "compliance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    coop_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    designated_on = table.Column<DateOnly>(type: "date", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_privacy_officers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "reminders_sent",
                schema: "compliance",
                columns: table => new
                {
                    key = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    coop_id = table.Column<Guid>(type: "uuid", nullable: false),
                    campaign_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    carried_from = table.Column<Guid>(type: "uuid", nullable: true),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    accepted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
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
                name: "committee_decisions",
                schema: "compliance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: false),
                    text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_committee_decisions", x => x.id);
                    table.ForeignKey(
                        name: "fk_committee_decisions_committee_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalSchema: "compliance",
                        principalTable: "committee_meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "framework_versions",
                schema: "compliance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    framework_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    published_on = table.Column<DateOnly>(type: "date", nullable: true),
                    retired_on = table.Column<DateOnly>(type: "date", nullable: true),
                    notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_framework_versions", x => x.id);
                    table.ForeignKey(
                        name: "fk_framework_versions_frameworks_framework_id",
                        column: x => x.framework_id,
                        principalSchema: "compliance",
                        principalTable: "frameworks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "assessment_items",
                schema: "compliance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    coop_id = table.Column<Guid>(type: "uuid", nullable: false),
                    assessment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    recommendation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    title_fr = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    title_en = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    section_id = table.Column<Guid>(type: "uuid", nullable: false),
                    section_title_fr = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    section_title_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    section_order = table.Column<int>(type: "integer", nullable: false),
                    order = table.Column<int>(type: "integer", nullable: false),
                    weight = table.Column<int>(type: "integer", nullable: false),
                    applicable = table.Column<bool>(type: "boolean", nullable: false),
                    applicability_note = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    answer = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    justification = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    carried_over = table.Column<bool>(type: "boolean", nullable: false),
                    review_comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    reviewed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    reviewed_by = table.Column<Guid>(type: "uuid", nullable: true)
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    coop_id = table.Column<Guid>(type: "uuid", nullable: false),
                    assessment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    visited_on = table.Column<DateOnly>(type: "date", nullable: false),
                    auditor_id = table.Column<Guid>(type: "uuid", nullable: true),
                    summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                name: "committee_follow_ups",
                schema: "compliance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    decision_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    owner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    done_on = table.Column<DateOnly>(type: "date", nullable: true),
                    recommendation_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    coop_id = table.Column<Guid>(type: "uuid", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_committee_follow_ups", x => x.id);
                    table.ForeignKey(
                        name: "fk_committee_follow_ups_committee_decisions_decision_id",
                        column: x => x.decision_id,
                        principalSchema: "compliance",
                        principalTable: "committee_decisions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "consultations",
                schema: "compliance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    version_id = table.Column<Guid>(type: "uuid", nullable: false),
                    opened_on = table.Column<DateOnly>(type: "date", nullable: false),
                    closes_on = table.Column<DateOnly>(type: "date", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_consultations", x => x.id);
                    table.ForeignKey(
                        name: "fk_consultations_framework_versions_version_id",
                        column: x => x.version_id,
                        principalSchema: "compliance",
                        principalTable: "framework_versions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "framework_sections",
                schema: "compliance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    version_id = table.Column<Guid>(type: "uuid", nullable: false),
                    order = table.Column<int>(type: "integer", nullable: false),
                    title_fr = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    title_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_framework_sections", x => x.id);
                    table.ForeignKey(
                        name: "fk_framework_sections_framework_versions_version_id",
                        column: x => x.version_id,
                        principalSchema: "compliance",
                        principalTable: "framework_versions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "item_evidence",
                schema: "compliance",
                columns: table => new
                {
                    item_id = table.Column<Guid>(type: "uuid", nullable: false),
                    evidence_id = table.Column<Guid>(type: "uuid", nullable: false),
                    coop_id = table.Column<Guid>(type: "uuid", nullable: false)
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    coop_id = table.Column<Guid>(type: "uuid", nullable: false),
                    assessment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    visit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    item_id = table.Column<Guid>(type: "uuid", nullable: true),
                    kind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
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
                name: "consultation_reviewers",
                schema: "compliance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    consultation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    display_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    organization = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    is_guest = table.Column<bool>(type: "boolean", nullable: false),
                    invited_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_consultation_reviewers", x => x.id);
                    table.ForeignKey(
                        name: "fk_consultation_reviewers_consultations_consultation_id",
                        column: x => x.consultation_id,
                        principalSchema: "compliance",
                        principalTable: "consultations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "recommendations",
                schema: "compliance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    version_id = table.Column<Guid>(type: "uuid", nullable: false),
                    section_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    order = table.Column<int>(type: "integer", nullable: false),
                    title_fr = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    title_en = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    statement_fr = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    statement_en = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    guidance_fr = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    guidance_en = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    legal_references = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    expected_evidence_fr = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    expected_evidence_en = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    criticality = table.Column<int>(type: "integer", nullable: false),
                    applicability = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    applicability_parameter = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_recommendations", x => x.id);
                    table.CheckConstraint("ck_recommendations_criticality", "criticality BETWEEN 1 AND 3");
                    table.ForeignKey(
                        name: "fk_recommendations_framework_versions_version_id",
                        column: x => x.version_id,
                        principalSchema: "compliance",
                        principalTable: "framework_versions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_recommendations_sections_section_id",
                        column: x => x.section_id,
                        principalSchema: "compliance",
                        principalTable: "framework_sections",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "action_items",
                schema: "compliance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    coop_id = table.Column<Guid>(type: "uuid", nullable: false),
                    assessment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    finding_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    owner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    proof_evidence_id = table.Column<Guid>(type: "uuid", nullable: true),
                    done_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "consultation_comments",
                schema: "compliance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    consultation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    recommendation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    parent_id = table.Column<Guid>(type: "uuid", nullable: true),
                    author_id = table.Column<Guid>(type: "uuid", nullable: false),
                    author_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    author_organization = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    body = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    posted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    outcome_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_consultation_comments", x => x.id);
                    table.ForeignKey(
                        name: "fk_consultation_comments_consultation_comments_parent_id",
                        column: x => x.parent_id,
                        principalSchema: "compliance",
                        principalTable: "consultation_comments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_consultation_comments_consultations_consultation_id",
                        column: x => x.consultation_id,
                        principalSchema: "compliance",
                        principalTable: "consultations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_consultation_comments_recommendations_recommendation_id",
                        column: x => x.recommendation_id,
                        principalSchema: "compliance",
                        principalTable: "recommendations",
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
                name: "ix_committee_decisions_meeting_id",
                schema: "compliance",
                table: "committee_decisions",
                column: "meeting_id");

            migrationBuilder.CreateIndex(
                name: "ix_committee_follow_ups_decision_id",
                schema: "compliance",
                table: "committee_follow_ups",
                column: "decision_id");

            migrationBuilder.CreateIndex(
                name: "ix_committee_follow_ups_status_due_on",
                schema: "compliance",
                table: "committee_follow_ups",
                columns: new[] { "status", "due_on" });

            migrationBuilder.CreateIndex(
                name: "ix_committee_meetings_held_on",
                schema: "compliance",
                table: "committee_meetings",
                column: "held_on");

            migrationBuilder.CreateIndex(
                name: "ix_confidentiality_incidents_coop_id_number",
                schema: "compliance",
                table: "confidentiality_incidents",
                columns: new[] { "coop_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_confidentiality_incidents_coop_id_occurred_on",
                schema: "compliance",
                table: "confidentiality_incidents",
                columns: new[] { "coop_id", "occurred_on" });

            migrationBuilder.CreateIndex(
                name: "ix_consultation_comments_consultation_id_recommendation_id_pos",
                schema: "compliance",
                table: "consultation_comments",
                columns: new[] { "consultation_id", "recommendation_id", "posted_at" });

            migrationBuilder.CreateIndex(
                name: "ix_consultation_comments_parent_id",
                schema: "compliance",
                table: "consultation_comments",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "ix_consultation_comments_recommendation_id",
                schema: "compliance",
                table: "consultation_comments",
                column: "recommendation_id");

            migrationBuilder.CreateIndex(
                name: "ix_consultation_reviewers_consultation_id_user_id",
                schema: "compliance",
                table: "consultation_reviewers",
                columns: new[] { "consultation_id", "user_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_consultation_reviewers_user_id",
                schema: "compliance",
                table: "consultation_reviewers",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_consultations_version_id",
                schema: "compliance",
                table: "consultations",
                column: "version_id",
                unique: true);

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
                name: "ix_framework_sections_version_id_order",
                schema: "compliance",
                table: "framework_sections",
                columns: new[] { "version_id", "order" });

            migrationBuilder.CreateIndex(
                name: "ix_framework_versions_framework_id_number",
                schema: "compliance",
                table: "framework_versions",
                columns: new[] { "framework_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_incident_register_reviews_coop_id_reviewed_on",
                schema: "compliance",
                table: "incident_register_reviews",
                columns: new[] { "coop_id", "reviewed_on" });

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

            migrationBuilder.CreateIndex(
                name: "ix_privacy_impact_assessments_coop_id_started_on",
                schema: "compliance",
                table: "privacy_impact_assessments",
                columns: new[] { "coop_id", "started_on" });

            migrationBuilder.CreateIndex(
                name: "ix_privacy_officers_coop_id",
                schema: "compliance",
                table: "privacy_officers",
                column: "coop_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_recommendations_section_id_order",
                schema: "compliance",
                table: "recommendations",
                columns: new[] { "section_id", "order" });

            migrationBuilder.CreateIndex(
                name: "ix_recommendations_version_id_code",
                schema: "compliance",
                table: "recommendations",
                columns: new[] { "version_id", "code" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "action_items",
                schema: "compliance");

            migrationBuilder.DropTable(
                name: "committee_follow_ups",
                schema: "compliance");

            migrationBuilder.DropTable(
                name: "committee_members",
                schema: "compliance");

            migrationBuilder.DropTable(
                name: "confidentiality_incidents",
                schema: "compliance");

            migrationBuilder.DropTable(
                name: "consultation_comments",
                schema: "compliance");

            migrationBuilder.DropTable(
                name: "consultation_reviewers",
                schema: "compliance");

            migrationBuilder.DropTable(
                name: "incident_register_reviews",
                schema: "compliance");

            migrationBuilder.DropTable(
                name: "item_evidence",
                schema: "compliance");

            migrationBuilder.DropTable(
                name: "privacy_impact_assessments",
                schema: "compliance");

            migrationBuilder.DropTable(
                name: "privacy_officers",
                schema: "compliance");

            migrationBuilder.DropTable(
                name: "reminders_sent",
                schema: "compliance");

            migrationBuilder.DropTable(
                name: "findings",
                schema: "compliance");

            migrationBuilder.DropTable(
                name: "committee_decisions",
                schema: "compliance");

            migrationBuilder.DropTable(
                name: "recommendations",
                schema: "compliance");

            migrationBuilder.DropTable(
                name: "consultations",
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
                name: "committee_meetings",
                schema: "compliance");

            migrationBuilder.DropTable(
                name: "framework_sections",
                schema: "compliance");

            migrationBuilder.DropTable(
                name: "assessments",
                schema: "compliance");

            migrationBuilder.DropTable(
                name: "framework_versions",
                schema: "compliance");

            migrationBuilder.DropTable(
                name: "campaigns",
                schema: "compliance");

            migrationBuilder.DropTable(
                name: "frameworks",
                schema: "compliance");
        }
    }
}
