using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopSante.Membership.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Act22AnnualReportShareClasses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "class",
                schema: "membership",
                table: "share_transactions",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "Qualifying");

            migrationBuilder.AddColumn<decimal>(
                name: "preferred_share_unit_value",
                schema: "membership",
                table: "bylaws_versions",
                type: "TEXT",
                precision: 12,
                scale: 2,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "annual_report_filings",
                schema: "membership",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    fiscal_year = table.Column<int>(type: "INTEGER", nullable: false),
                    approved_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    resolution_number = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    employees = table.Column<int>(type: "INTEGER", nullable: true),
                    first_director_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    first_attested_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    second_director_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    second_attested_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    sent_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    sent_to = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false),
                    recorded_by = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_annual_report_filings", x => x.id);
                    table.ForeignKey(
                        name: "fk_annual_report_filings_director_first_director_id",
                        column: x => x.first_director_id,
                        principalSchema: "membership",
                        principalTable: "board_directors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_annual_report_filings_director_second_director_id",
                        column: x => x.second_director_id,
                        principalSchema: "membership",
                        principalTable: "board_directors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_annual_report_filings_coop_id_fiscal_year",
                schema: "membership",
                table: "annual_report_filings",
                columns: new[] { "coop_id", "fiscal_year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_annual_report_filings_first_director_id",
                schema: "membership",
                table: "annual_report_filings",
                column: "first_director_id");

            migrationBuilder.CreateIndex(
                name: "ix_annual_report_filings_second_director_id",
                schema: "membership",
                table: "annual_report_filings",
                column: "second_director_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "annual_report_filings",
                schema: "membership");

            migrationBuilder.DropColumn(
                name: "class",
                schema: "membership",
                table: "share_transactions");

            migrationBuilder.DropColumn(
                name: "preferred_share_unit_value",
                schema: "membership",
                table: "bylaws_versions");
        }
    }
}
