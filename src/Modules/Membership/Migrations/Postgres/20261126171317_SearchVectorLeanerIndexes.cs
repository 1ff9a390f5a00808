using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopSante.Membership.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SearchVectorLeanerIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Register search (ADR 0007): each word of search_text becomes a lexeme prefixed with a short tag of the coop (the
            // last six hex digits of its id, as letters), so a prefix query (tag || term):* reads only that coop's entries of
            // one GIN index instead of intersecting the posting lists of every coop. The vector is a stored generated column
            // of built-in functions only (an md5-based tag cost more than every index together on a bulk import): inserts by
            // EF or COPY fill it, and the bitmap recheck reads it instead of recomputing it. The query keeps its coop_id
            // filter, so a tag shared by two coops costs a few extra rows read, never a wrong result.
            migrationBuilder.Sql("DROP INDEX IF EXISTS membership.ix_members_coop_id_search_text_trgm;");
            migrationBuilder.Sql(@"CREATE FUNCTION membership.member_search_tag(coop uuid) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN translate(right(coop::text, 6), '0123456789', 'ghijklmnop');");
            migrationBuilder.Sql(@"CREATE FUNCTION membership.member_search_query(coop uuid, terms text[]) RETURNS tsquery
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN (SELECT string_agg('''' || membership.member_search_tag(coop) || t || ''':*', ' & ') FROM unnest(terms) AS t)::tsquery;");
            // The same tag as member_search_tag, written out: the generated column runs on every inserted row.
            migrationBuilder.Sql(@"ALTER TABLE membership.members ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (array_to_tsvector(string_to_array(
translate(right(coop_id::text, 6), '0123456789', 'ghijklmnop') || replace(btrim(search_text), ' ', ' ' || translate(right(coop_id::text, 6), '0123456789', 'ghijklmnop')),
' '))) STORED;");
            migrationBuilder.Sql("CREATE INDEX ix_members_search_vector ON membership.members USING gin (search_vector);");

            migrationBuilder.DropIndex(
                name: "ix_share_transactions_coop_id",
                schema: "membership",
                table: "share_transactions");

            migrationBuilder.DropIndex(
                name: "ix_share_transactions_coop_id_receipt_number",
                schema: "membership",
                table: "share_transactions");

            migrationBuilder.DropIndex(
                name: "ix_members_coop_id",
                schema: "membership",
                table: "members");

            migrationBuilder.DropIndex(
                name: "ix_members_coop_id_family_name_given_name",
                schema: "membership",
                table: "members");

            migrationBuilder.DropIndex(
                name: "ix_members_coop_id_status_category",
                schema: "membership",
                table: "members");

            migrationBuilder.DropIndex(
                name: "ix_member_import_jobs_coop_id",
                schema: "membership",
                table: "member_import_jobs");

            migrationBuilder.DropIndex(
                name: "ix_member_applications_coop_id",
                schema: "membership",
                table: "member_applications");

            migrationBuilder.DropIndex(
                name: "ix_meetings_coop_id",
                schema: "membership",
                table: "meetings");

            migrationBuilder.DropIndex(
                name: "ix_bylaws_versions_coop_id",
                schema: "membership",
                table: "bylaws_versions");

            migrationBuilder.CreateIndex(
                name: "ix_share_transactions_coop_id_receipt_number",
                schema: "membership",
                table: "share_transactions",
                columns: new[] { "coop_id", "receipt_number" },
                unique: true,
                filter: "receipt_number IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_members_coop_id_date_of_birth",
                schema: "membership",
                table: "members",
                columns: new[] { "coop_id", "date_of_birth" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS membership.ix_members_search_vector;");
            migrationBuilder.Sql("ALTER TABLE membership.members DROP COLUMN IF EXISTS search_vector;");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS membership.member_search_query(uuid, text[]);");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS membership.member_search_tag(uuid);");
            migrationBuilder.Sql("CREATE INDEX ix_members_coop_id_search_text_trgm ON membership.members USING gin (coop_id, search_text gin_trgm_ops);");

            migrationBuilder.DropIndex(
                name: "ix_share_transactions_coop_id_receipt_number",
                schema: "membership",
                table: "share_transactions");

            migrationBuilder.DropIndex(
                name: "ix_members_coop_id_date_of_birth",
                schema: "membership",
                table: "members");

            migrationBuilder.CreateIndex(
                name: "ix_share_transactions_coop_id",
                schema: "membership",
                table: "share_transactions",
                column: "coop_id");

            migrationBuilder.CreateIndex(
                name: "ix_share_transactions_coop_id_receipt_number",
                schema: "membership",
                table: "share_transactions",
                columns: new[] { "coop_id", "receipt_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_members_coop_id",
                schema: "membership",
                table: "members",
                column: "coop_id");

            migrationBuilder.CreateIndex(
                name: "ix_members_coop_id_family_name_given_name",
                schema: "membership",
                table: "members",
                columns: new[] { "coop_id", "family_name", "given_name" });

            migrationBuilder.CreateIndex(
                name: "ix_members_coop_id_status_category",
                schema: "membership",
                table: "members",
                columns: new[] { "coop_id", "status", "category" });

            migrationBuilder.CreateIndex(
                name: "ix_member_import_jobs_coop_id",
                schema: "membership",
                table: "member_import_jobs",
                column: "coop_id");

            migrationBuilder.CreateIndex(
                name: "ix_member_applications_coop_id",
                schema: "membership",
                table: "member_applications",
                column: "coop_id");

            migrationBuilder.CreateIndex(
                name: "ix_meetings_coop_id",
                schema: "membership",
                table: "meetings",
                column: "coop_id");

            migrationBuilder.CreateIndex(
                name: "ix_bylaws_versions_coop_id",
                schema: "membership",
                table: "bylaws_versions",
                column: "coop_id");
        }
    }
}
