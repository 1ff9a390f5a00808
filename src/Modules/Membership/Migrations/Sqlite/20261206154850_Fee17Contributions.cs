using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopSante.Membership.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Fee17Contributions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "contribution_charges",
                schema: "membership",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    member_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    fiscal_year = table.Column<int>(type: "INTEGER", nullable: false),
                    year_starts_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    year_ends_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    amount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    paid = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    bylaws_version_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    created_by = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contribution_charges", x => x.id);
                    table.CheckConstraint("ck_contribution_charges_amount", "amount > 0");
                    table.CheckConstraint("ck_contribution_charges_paid", "paid >= 0 AND paid <= amount");
                    table.ForeignKey(
                        name: "fk_contribution_charges_members_member_id",
                        column: x => x.member_id,
                        principalSchema: "membership",
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "contribution_payments",
                schema: "membership",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    member_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    charge_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    fiscal_year = table.Column<int>(type: "INTEGER", nullable: false),
                    amount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    paid_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    method = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    receipt_number = table.Column<int>(type: "INTEGER", nullable: false),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false),
                    recorded_by = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contribution_payments", x => x.id);
                    table.CheckConstraint("ck_contribution_payments_amount", "amount > 0");
                    table.ForeignKey(
                        name: "fk_contribution_payments_contribution_charges_charge_id",
                        column: x => x.charge_id,
                        principalSchema: "membership",
                        principalTable: "contribution_charges",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_contribution_charges_coop_id_fiscal_year",
                schema: "membership",
                table: "contribution_charges",
                columns: new[] { "coop_id", "fiscal_year" });

            migrationBuilder.CreateIndex(
                name: "ix_contribution_charges_member_id_fiscal_year",
                schema: "membership",
                table: "contribution_charges",
                columns: new[] { "member_id", "fiscal_year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_contribution_payments_charge_id",
                schema: "membership",
                table: "contribution_payments",
                column: "charge_id");

            migrationBuilder.CreateIndex(
                name: "ix_contribution_payments_coop_id_receipt_number",
                schema: "membership",
                table: "contribution_payments",
                columns: new[] { "coop_id", "receipt_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_contribution_payments_member_id_fiscal_year",
                schema: "membership",
                table: "contribution_payments",
                columns: new[] { "member_id", "fiscal_year" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "contribution_payments",
                schema: "membership");

            migrationBuilder.DropTable(
                name: "contribution_charges",
                schema: "membership");
        }
    }
}
