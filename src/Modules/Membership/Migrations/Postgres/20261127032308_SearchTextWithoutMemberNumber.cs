using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopSante.Membership.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SearchTextWithoutMemberNumber : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The member number leaves the prefix-searched words: it is matched exactly from its own index (ADR 0010).
            // It was the last word; the generated search vector follows the text.
            migrationBuilder.Sql(@"UPDATE membership.members
SET search_text = left(search_text, length(search_text) - length(member_number::text) - 1)
WHERE member_number IS NOT NULL AND right(search_text, length(member_number::text) + 2) = ' ' || member_number::text || ' ';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"UPDATE membership.members SET search_text = search_text || member_number::text || ' '
WHERE member_number IS NOT NULL AND right(search_text, length(member_number::text) + 2) <> ' ' || member_number::text || ' ';");
        }
    }
}
