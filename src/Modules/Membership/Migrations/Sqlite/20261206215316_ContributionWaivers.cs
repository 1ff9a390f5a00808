using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopSante.Membership.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ContributionWaivers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_contribution_charges_paid",
                schema: "membership",
                table: "contribution_charges");

            migrationBuilder.AddColumn<decimal>(
                name: "waived",
                schema: "membership",
                table: "contribution_charges",
                type: "TEXT",
                precision: 12,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.CreateTable(
                name: "contribution_waivers",
                schema: "membership",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    member_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    charge_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    fiscal_year = table.Column<int>(type: "INTEGER", nullable: false),
                    amount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    decided_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false),
                    recorded_by = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contribution_waivers", x => x.id);
                    table.CheckConstraint("ck_contribution_waivers_amount", "amount > 0");
                    table.ForeignKey(
                        name: "fk_contribution_waivers_contribution_charges_charge_id",
                        column: x => x.charge_id,
                        principalSchema: "membership",
                        principalTable: "contribution_charges",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.AddCheckConstraint(
                name: "ck_contribution_charges_paid",
                schema: "membership",
                table: "contribution_charges",
                sql: "paid >= 0 AND waived >= 0 AND paid + waived <= amount");

            migrationBuilder.CreateIndex(
                name: "ix_contribution_waivers_charge_id",
                schema: "membership",
                table: "contribution_waivers",
                column: "charge_id");

            migrationBuilder.CreateIndex(
                name: "ix_contribution_waivers_coop_id",
                schema: "membership",
                table: "contribution_waivers",
                column: "coop_id");

            migrationBuilder.CreateIndex(
                name: "ix_contribution_waivers_member_id_fiscal_year",
                schema: "membership",
                table: "contribution_waivers",
                columns: new[] { "member_id", "fiscal_year" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "contribution_waivers",
                schema: "membership");

            migrationBuilder.DropCheckConstraint(
                name: "ck_contribution_charges_paid",
                schema: "membership",
                table: "contribution_charges");

            migrationBuilder.DropColumn(
                name: "waived",
                schema: "membership",
                table: "contribution_charges");

            migrationBuilder.AddCheckConstraint(
                name: "ck_contribution_charges_paid",
                schema: "membership",
                table: "contribution_charges",
                sql: "paid >= 0 AND paid <= amount");
        }
    }
}
