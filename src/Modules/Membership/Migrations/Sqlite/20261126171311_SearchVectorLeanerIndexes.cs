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
            migrationBuilder.DropIndex(
                name: "ix_share_transactions_coop_id",
                schema: "membership",
                table: "share_transactions");

            migrationBuilder.DropIndex(
                name: "ix_share_transactions_coop_id_receipt_number",
                schema: "membership",
                table: "share_transactions");

            migrationBuilder.DropIndex(
                name: "ix_members_coop_id",
                schema: "membership",
                table: "members");

            migrationBuilder.DropIndex(
                name: "ix_members_coop_id_family_name_given_name",
                schema: "membership",
                table: "members");

            migrationBuilder.DropIndex(
                name: "ix_members_coop_id_status_category",
                schema: "membership",
                table: "members");

            migrationBuilder.DropIndex(
                name: "ix_member_import_jobs_coop_id",
                schema: "membership",
                table: "member_import_jobs");

            migrationBuilder.DropIndex(
                name: "ix_member_applications_coop_id",
                schema: "membership",
                table: "member_applications");

            migrationBuilder.DropIndex(
                name: "ix_meetings_coop_id",
                schema: "membership",
                table: "meetings");

            migrationBuilder.DropIndex(
                name: "ix_bylaws_versions_coop_id",
                schema: "membership",
                table: "bylaws_versions");

            migrationBuilder.CreateIndex(
                name: "ix_share_transactions_coop_id_receipt_number",
                schema: "membership",
                table: "share_transactions",
                columns: new[] { "coop_id", "receipt_number" },
                unique: true,
                filter: "receipt_number IS NOT NULL");

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
                name: "ix_share_transactions_coop_id_receipt_number",
                schema: "membership",
                table: "share_transactions");

            migrationBuilder.DropIndex(
                name: "ix_members_coop_id_date_of_birth",
                schema: "membership",
                table: "members");

            migrationBuilder.CreateIndex(
                name: "ix_share_transactions_coop_id",
                schema: "membership",
                table: "share_transactions",
                column: "coop_id");

            migrationBuilder.CreateIndex(
                name: "ix_share_transactions_coop_id_receipt_number",
                schema: "membership",
                table: "share_transactions",
                columns: new[] { "coop_id", "receipt_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_members_coop_id",
                schema: "membership",
                table: "members",
                column: "coop_id");

            migrationBuilder.CreateIndex(
                name: "ix_members_coop_id_family_name_given_name",
                schema: "membership",
                table: "members",
                columns: new[] { "coop_id", "family_name", "given_name" });

            migrationBuilder.CreateIndex(
                name: "ix_members_coop_id_status_category",
                schema: "membership",
                table: "members",
                columns: new[] { "coop_id", "status", "category" });

            migrationBuilder.CreateIndex(
                name: "ix_member_import_jobs_coop_id",
                schema: "membership",
                table: "member_import_jobs",
                column: "coop_id");

            migrationBuilder.CreateIndex(
                name: "ix_member_applications_coop_id",
                schema: "membership",
                table: "member_applications",
                column: "coop_id");

            migrationBuilder.CreateIndex(
                name: "ix_meetings_coop_id",
                schema: "membership",
                table: "meetings",
                column: "coop_id");

            migrationBuilder.CreateIndex(
                name: "ix_bylaws_versions_coop_id",
                schema: "membership",
                table: "bylaws_versions",
                column: "coop_id");
        }
    }
}
