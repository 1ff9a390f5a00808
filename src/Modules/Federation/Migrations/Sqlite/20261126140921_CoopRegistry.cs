using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace CoopSante.Federation.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CoopRegistry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "federation");

            migrationBuilder.CreateTable(
                name: "coops",
                schema: "federation",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    legal_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    neq = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    city = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    postal_code = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    region_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    website = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    founded_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    fqcs_member_since = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    declared_members = table.Column<int>(type: "INTEGER", nullable: false),
                    declared_physicians = table.Column<int>(type: "INTEGER", nullable: false),
                    declared_nurses = table.Column<int>(type: "INTEGER", nullable: false),
                    declared_other_professionals = table.Column<int>(type: "INTEGER", nullable: false),
                    counts_declared_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    search_text = table.Column<string>(type: "TEXT", maxLength: 700, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    hours_friday = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    hours_monday = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    hours_saturday = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    hours_sunday = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    hours_thursday = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    hours_tuesday = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    hours_wednesday = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_coops", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "health_services",
                schema: "federation",
                columns: table => new
                {
                    code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    name_fr = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    name_en = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    sort_order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_health_services", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "coop_changes",
                schema: "federation",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    occurred_at = table.Column<long>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    actor_user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    actor_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    changes = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_coop_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_coop_changes_coops_coop_id",
                        column: x => x.coop_id,
                        principalSchema: "federation",
                        principalTable: "coops",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "coop_services",
                schema: "federation",
                columns: table => new
                {
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    service_code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_coop_services", x => new { x.coop_id, x.service_code });
                    table.ForeignKey(
                        name: "fk_coop_services_coops_coop_id",
                        column: x => x.coop_id,
                        principalSchema: "federation",
                        principalTable: "coops",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_coop_services_health_services_service_code",
                        column: x => x.service_code,
                        principalSchema: "federation",
                        principalTable: "health_services",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                schema: "federation",
                table: "health_services",
                columns: new[] { "code", "name_en", "name_fr", "sort_order" },
                values: new object[,]
                {
                    { "blood-tests", "Blood tests and sampling", "Prélèvements", 30 },
                    { "dental", "Dental health", "Santé dentaire", 80 },
                    { "family-medicine", "Family medicine", "Médecine familiale", 10 },
                    { "kinesiology", "Kinesiology", "Kinésiologie", 90 },
                    { "nursing", "Nursing care", "Soins infirmiers", 20 },
                    { "nutrition", "Nutrition", "Nutrition", 60 },
                    { "occupational-therapy", "Occupational therapy", "Ergothérapie", 70 },
                    { "physiotherapy", "Physiotherapy", "Physiothérapie", 40 },
                    { "psychology", "Psychology", "Psychologie", 50 },
                    { "social-work", "Social work", "Travail social", 100 },
                    { "telemedicine", "Telemedicine", "Télémédecine", 110 }
                });

            migrationBuilder.CreateIndex(
                name: "ix_coop_changes_coop_id_occurred_at",
                schema: "federation",
                table: "coop_changes",
                columns: new[] { "coop_id", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_coop_services_service_code",
                schema: "federation",
                table: "coop_services",
                column: "service_code");

            migrationBuilder.CreateIndex(
                name: "ix_coops_neq",
                schema: "federation",
                table: "coops",
                column: "neq",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_coops_region_code",
                schema: "federation",
                table: "coops",
                column: "region_code");

            migrationBuilder.CreateIndex(
                name: "ix_coops_search_text",
                schema: "federation",
                table: "coops",
                column: "search_text");

            migrationBuilder.CreateIndex(
                name: "ix_coops_status",
                schema: "federation",
                table: "coops",
                column: "status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "coop_changes",
                schema: "federation");

            migrationBuilder.DropTable(
                name: "coop_services",
                schema: "federation");

            migrationBuilder.DropTable(
                name: "coops",
                schema: "federation");

            migrationBuilder.DropTable(
                name: "health_services",
                schema: "federation");
        }
    }
}
