using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopSante.Membership.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PublicGuardianConsent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "guardian_consented_at",
                schema: "membership",
                table: "member_applications",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "guardian_name",
                schema: "membership",
                table: "member_applications",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "guardian_relationship",
                schema: "membership",
                table: "member_applications",
                type: "character varying(16)",
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
