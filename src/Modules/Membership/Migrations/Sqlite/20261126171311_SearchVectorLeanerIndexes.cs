using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopSante.Membership.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SearchVectorLeanerIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Only what changed since LeanerIndexes (which already dropped the coop_id and status/category indexes and
            // filtered the receipt-number index): the duplicate lookup by date of birth instead of by names.
            migrationBuilder.DropIndex(
                name: "ix_members_coop_id_family_name_given_name",
                schema: "membership",
                table: "members");

            migrationBuilder.CreateIndex(
                name: "ix_members_coop_id_date_of_birth",
                schema: "membership",
                table: "members",
                columns: new[] { "coop_id", "date_of_birth" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_members_coop_id_date_of_birth",
                schema: "membership",
                table: "members");

            migrationBuilder.CreateIndex(
                name: "ix_members_coop_id_family_name_given_name",
                schema: "membership",
                table: "members",
                columns: new[] { "coop_id", "family_name", "given_name" });
        }
    }
}
