using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopSante.Telemedicine.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TeleARosterReads : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "register_person_id",
                schema: "telemedicine",
                table: "tele_covered_people",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateTable(
                name: "tele_roster_reads",
                schema: "telemedicine",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    coop_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    read_at = table.Column<long>(type: "INTEGER", nullable: false),
                    api_key_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    client_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    since = table.Column<long>(type: "INTEGER", nullable: true),
                    people = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tele_roster_reads", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_tele_covered_people_coop_id_register_person_id",
                schema: "telemedicine",
                table: "tele_covered_people",
                columns: new[] { "coop_id", "register_person_id" });

            migrationBuilder.CreateIndex(
                name: "ix_tele_roster_reads_coop_id_read_at",
                schema: "telemedicine",
                table: "tele_roster_reads",
                columns: new[] { "coop_id", "read_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "tele_roster_reads",
                schema: "telemedicine");

            migrationBuilder.DropIndex(
                name: "ix_tele_covered_people_coop_id_register_person_id",
                schema: "telemedicine",
                table: "tele_covered_people");

            migrationBuilder.DropColumn(
                name: "register_person_id",
                schema: "telemedicine",
                table: "tele_covered_people");
        }
    }
}
