using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopSante.Platform.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class HardenAuditChains : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "chain",
                schema: "platform",
                table: "audit_events",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "chain_sequence",
                schema: "platform",
                table: "audit_events",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "audit_chain_heads",
                schema: "platform",
                columns: table => new
                {
                    chain = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    last_sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    last_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_chain_heads", x => x.chain);
                });

            migrationBuilder.CreateIndex(
                name: "ix_audit_events_chain_chain_sequence_sequence",
                schema: "platform",
                table: "audit_events",
                columns: new[] { "chain", "chain_sequence", "sequence" },
                unique: true);

            migrationBuilder.Sql(CoopSante.Platform.Audit.AuditChainSql.Sqlite);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(CoopSante.Platform.Audit.AuditChainSql.SqliteDown);
            migrationBuilder.DropTable(
                name: "audit_chain_heads",
                schema: "platform");

            migrationBuilder.DropIndex(
                name: "ix_audit_events_chain_chain_sequence_sequence",
                schema: "platform",
                table: "audit_events");

            migrationBuilder.DropColumn(
                name: "chain",
                schema: "platform",
                table: "audit_events");

            migrationBuilder.DropColumn(
                name: "chain_sequence",
                schema: "platform",
                table: "audit_events");
        }
    }
}
