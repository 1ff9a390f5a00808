using CoopSante.Membership.Common;
using CoopSante.Membership.Data;
using CoopSante.Membership.Model;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace CoopSante.Membership.RegisterImport;

/// <summary>
/// Writes validated members and their share ledger lines inside the caller's transaction: binary COPY on PostgreSQL
/// (the volume path), EF inserts on SQLite.
/// </summary>
internal static class RegisterWriter
{
    public static async Task WriteAsync(MembershipDbContext db, IReadOnlyList<Member> members, IReadOnlyList<ShareTransaction> lines, IProgress<int>? progress, CancellationToken ct)
    {
        if (db.Database.GetDbConnection() is NpgsqlConnection npgsql)
        {
            await CopyMembersAsync(npgsql, members, progress, ct);
            await CopySharesAsync(npgsql, lines, ct);
            return;
        }
        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            for (var i = 0; i < members.Count; i += 1000)
            {
                db.Members.AddRange(members.Skip(i).Take(1000));
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
                progress?.Report(Math.Min(i + 1000, members.Count));
            }
            for (var i = 0; i < lines.Count; i += 1000)
            {
                db.ShareTransactions.AddRange(lines.Skip(i).Take(1000));
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    private static async Task CopyMembersAsync(NpgsqlConnection connection, IReadOnlyList<Member> members, IProgress<int>? progress, CancellationToken ct)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY membership.members (id, coop_id, version, member_number, kind, family_name, given_name, date_of_birth, street, city, province, postal_code, " +
            "phone, email, preferred_language, category, status, status_since, admitted_on, shares_subscribed, shares_paid, shares_held, search_text, user_id, created_at) " +
            "FROM STDIN (FORMAT BINARY)", ct);
        var n = 0;
        foreach (var m in members)
        {
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(m.Id, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(m.CoopId, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(m.Version, NpgsqlDbType.Integer, ct);
            await Nullable(copy, m.MemberNumber, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(m.Kind.ToString(), NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(m.FamilyName, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(m.GivenName, NpgsqlDbType.Varchar, ct);
            await Nullable(copy, m.DateOfBirth, NpgsqlDbType.Date, ct);
            await copy.WriteAsync(m.Street, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(m.City, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(m.Province, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(m.PostalCode, NpgsqlDbType.Varchar, ct);
            await NullableText(copy, m.Phone, ct);
            await NullableText(copy, m.Email, ct);
            await copy.WriteAsync(m.PreferredLanguage, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(m.Category.ToString(), NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(m.Status.ToString(), NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(m.StatusSince, NpgsqlDbType.Date, ct);
            await Nullable(copy, m.AdmittedOn, NpgsqlDbType.Date, ct);
            await copy.WriteAsync(m.SharesSubscribed, NpgsqlDbType.Numeric, ct);
            await copy.WriteAsync(m.SharesPaid, NpgsqlDbType.Numeric, ct);
            await copy.WriteAsync(m.SharesHeld, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(m.SearchText, NpgsqlDbType.Varchar, ct);
            await Nullable(copy, m.UserId, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(m.CreatedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz, ct);
            if (++n % 5000 == 0) progress?.Report(n);
        }
        await copy.CompleteAsync(ct);
        progress?.Report(n);
    }

    private static async Task CopySharesAsync(NpgsqlConnection connection, IReadOnlyList<ShareTransaction> lines, CancellationToken ct)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY membership.share_transactions (id, coop_id, member_id, kind, occurred_on, shares, amount, method, receipt_number, resolution_number, " +
            "counterparty_member_id, bylaws_version_id, recorded_at, recorded_by) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var t in lines)
        {
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(t.Id, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(t.CoopId, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(t.MemberId, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(t.Kind.ToString(), NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(t.OccurredOn, NpgsqlDbType.Date, ct);
            await copy.WriteAsync(t.Shares, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(t.Amount, NpgsqlDbType.Numeric, ct);
            await NullableText(copy, t.Method?.ToString(), ct);
            await Nullable(copy, t.ReceiptNumber, NpgsqlDbType.Integer, ct);
            await NullableText(copy, t.ResolutionNumber, ct);
            await Nullable(copy, t.CounterpartyMemberId, NpgsqlDbType.Uuid, ct);
            await Nullable(copy, t.BylawsVersionId, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(t.RecordedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz, ct);
            await Nullable(copy, t.RecordedBy, NpgsqlDbType.Uuid, ct);
        }
        await copy.CompleteAsync(ct);
    }

    private static async Task Nullable<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type, CancellationToken ct) where T : struct
    {
        if (value is { } v) await copy.WriteAsync(v, type, ct);
        else await copy.WriteNullAsync(ct);
    }

    private static async Task NullableText(NpgsqlBinaryImporter copy, string? value, CancellationToken ct)
    {
        if (value is null) await copy.WriteNullAsync(ct);
        else await copy.WriteAsync(value, NpgsqlDbType.Varchar, ct);
    }
}
