using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopSante.Membership.Migrations.Sqlite
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
                type: "TEXT",
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
