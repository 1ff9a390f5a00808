using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopSante.Membership.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PublicGuardianConsent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "guardian_consented_at",
                schema: "membership",
                table: "member_applications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "guardian_name",
                schema: "membership",
                table: "member_applications",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "guardian_relationship",
                schema: "membership",
                table: "member_applications",
                type: "TEXT",
                maxLength: 16,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "guardian_consented_at",
                schema: "membership",
                table: "member_applications");

            migrationBuilder.DropColumn(
                name: "guardian_name",
                schema: "membership",
                table: "member_applications");

            migrationBuilder.DropColumn(
                name: "guardian_relationship",
                schema: "membership",
                table: "member_applications");
        }
    }
}
