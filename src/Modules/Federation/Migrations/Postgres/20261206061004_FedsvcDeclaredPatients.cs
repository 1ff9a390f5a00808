using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopSante.Federation.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FedsvcDeclaredPatients : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "declared_patients",
                schema: "federation",
                table: "coops",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "declared_patients",
                schema: "federation",
                table: "coops");
        }
    }
}
