using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopSante.Membership.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SearchTrigramIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The register search (a word of search_text starting with each term, as LIKE '% term%') narrows by coop and
            // trigrams in one GIN index; btree_gin lets the uuid coop_id sit in it.
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS btree_gin;");
            migrationBuilder.Sql("CREATE INDEX ix_members_coop_id_search_text_trgm ON membership.members USING gin (coop_id, search_text gin_trgm_ops);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS membership.ix_members_coop_id_search_text_trgm;");
        }
    }
}
