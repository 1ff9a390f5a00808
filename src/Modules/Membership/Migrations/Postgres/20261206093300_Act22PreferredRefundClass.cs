using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopSante.Membership.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Act22PreferredRefundClass : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "class",
                schema: "membership",
                table: "share_refund_requests",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "Qualifying");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "class",
                schema: "membership",
                table: "share_refund_requests");
        }
    }
}
