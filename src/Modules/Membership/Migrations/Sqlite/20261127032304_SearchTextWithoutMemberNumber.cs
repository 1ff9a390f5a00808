using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopSante.Membership.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SearchTextWithoutMemberNumber : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The member number leaves the prefix-searched words: it is matched exactly from its own index (ADR 0010).
            migrationBuilder.Sql(@"UPDATE members
SET search_text = substr(search_text, 1, length(search_text) - length(CAST(member_number AS TEXT)) - 1)
WHERE member_number IS NOT NULL AND substr(search_text, -(length(CAST(member_number AS TEXT)) + 2)) = ' ' || member_number || ' ';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"UPDATE members SET search_text = search_text || member_number || ' '
WHERE member_number IS NOT NULL AND substr(search_text, -(length(CAST(member_number AS TEXT)) + 2)) <> ' ' || member_number || ' ';");
        }
    }
}
