using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopSante.Membership.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LedgerMemberCheckPerStatement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // ADR 0008: a ledger line must name an existing member. Checked once per statement over the inserted or updated
            // lines (one anti-join) instead of a row-by-row foreign key, which locked the member row for every line and took
            // two thirds of a 100,000-member import's ledger time. Deleting members (the application never does; statuses
            // change instead) still takes their lines with them, and a member's id cannot change.
            migrationBuilder.Sql(@"CREATE FUNCTION membership.share_lines_need_members() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM new_lines n WHERE NOT EXISTS (SELECT 1 FROM membership.members m WHERE m.id = n.member_id)) THEN
    RAISE EXCEPTION 'a share ledger line refers to no member' USING ERRCODE = 'foreign_key_violation';
  END IF;
  RETURN NULL;
END $$;");
            migrationBuilder.Sql(@"CREATE TRIGGER share_lines_need_members_on_insert AFTER INSERT ON membership.share_transactions
REFERENCING NEW TABLE AS new_lines FOR EACH STATEMENT EXECUTE FUNCTION membership.share_lines_need_members();");
            migrationBuilder.Sql(@"CREATE TRIGGER share_lines_need_members_on_update AFTER UPDATE ON membership.share_transactions
REFERENCING NEW TABLE AS new_lines FOR EACH STATEMENT EXECUTE FUNCTION membership.share_lines_need_members();");
            migrationBuilder.Sql(@"CREATE FUNCTION membership.members_take_their_share_lines() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM membership.share_transactions s USING gone_members g WHERE s.member_id = g.id;
  RETURN NULL;
END $$;");
            migrationBuilder.Sql(@"CREATE TRIGGER members_take_their_share_lines AFTER DELETE ON membership.members
REFERENCING OLD TABLE AS gone_members FOR EACH STATEMENT EXECUTE FUNCTION membership.members_take_their_share_lines();");
            migrationBuilder.Sql(@"CREATE FUNCTION membership.member_id_is_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'a member''s id cannot change' USING ERRCODE = 'foreign_key_violation';
END $$;");
            migrationBuilder.Sql(@"CREATE TRIGGER member_id_is_fixed BEFORE UPDATE OF id ON membership.members
FOR EACH ROW WHEN (OLD.id IS DISTINCT FROM NEW.id) EXECUTE FUNCTION membership.member_id_is_fixed();");
            migrationBuilder.DropForeignKey(
                name: "fk_share_transactions_members_member_id",
                schema: "membership",
                table: "share_transactions");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS member_id_is_fixed ON membership.members;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS members_take_their_share_lines ON membership.members;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS share_lines_need_members_on_update ON membership.share_transactions;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS share_lines_need_members_on_insert ON membership.share_transactions;");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS membership.member_id_is_fixed();");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS membership.members_take_their_share_lines();");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS membership.share_lines_need_members();");
            migrationBuilder.AddForeignKey(
                name: "fk_share_transactions_members_member_id",
                schema: "membership",
                table: "share_transactions",
                column: "member_id",
                principalSchema: "membership",
                principalTable: "members",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
