using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopSante.Membership.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DuplicatesBySearchVector : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_members_coop_id_date_of_birth",
                schema: "membership",
                table: "members");

            migrationBuilder.DropIndex(
                name: "ix_members_coop_id_email",
                schema: "membership",
                table: "members");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_members_coop_id_date_of_birth",
                schema: "membership",
                table: "members",
                columns: new[] { "coop_id", "date_of_birth" });

            migrationBuilder.CreateIndex(
                name: "ix_members_coop_id_email",
                schema: "membership",
                table: "members",
                columns: new[] { "coop_id", "email" });
        }
    }
}
