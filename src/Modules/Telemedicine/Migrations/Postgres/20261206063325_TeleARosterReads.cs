using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopSante.Telemedicine.Migrations.Postgres
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
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateTable(
                name: "tele_roster_reads",
                schema: "telemedicine",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    coop_id = table.Column<Guid>(type: "uuid", nullable: false),
                    read_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    api_key_id = table.Column<Guid>(type: "uuid", nullable: true),
                    client_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    since = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    people = table.Column<int>(type: "integer", nullable: false)
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
