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
            // The synchronous COPY API: one await per field costs more than the row itself; run off the caller's thread.
            await Blocking.Run(() =>
            {
                CopyMembers(npgsql, members, progress, ct);
                CopyShares(npgsql, lines, ct);
            }, ct);
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

    private static void CopyMembers(NpgsqlConnection connection, IReadOnlyList<Member> members, IProgress<int>? progress, CancellationToken ct)
    {
        using var copy = BeginMembers(connection);
        var n = 0;
        foreach (var m in members)
        {
            ct.ThrowIfCancellationRequested();
            WriteMember(copy, m);
            if (++n % 5000 == 0) progress?.Report(n);
        }
        copy.Complete();
        progress?.Report(n);
    }

    /// <summary>Starts a binary COPY into the members table: write rows with <see cref="WriteMember"/>, then Complete (or dispose to cancel).</summary>
    public static NpgsqlBinaryImporter BeginMembers(NpgsqlConnection connection) => connection.BeginBinaryImport(
        "COPY membership.members (id, coop_id, version, member_number, kind, family_name, given_name, date_of_birth, street, city, province, postal_code, " +
        "phone, email, preferred_language, category, status, status_since, admitted_on, shares_subscribed, shares_paid, shares_held, search_text, user_id, created_at) " +
        "FROM STDIN (FORMAT BINARY)");

    public static void WriteMember(NpgsqlBinaryImporter copy, Member m)
    {
        copy.StartRow();
        copy.Write(m.Id, NpgsqlDbType.Uuid);
        copy.Write(m.CoopId, NpgsqlDbType.Uuid);
        copy.Write(m.Version, NpgsqlDbType.Integer);
        Nullable(copy, m.MemberNumber, NpgsqlDbType.Integer);
        copy.Write(m.Kind.ToString(), NpgsqlDbType.Varchar);
        copy.Write(m.FamilyName, NpgsqlDbType.Varchar);
        copy.Write(m.GivenName, NpgsqlDbType.Varchar);
        Nullable(copy, m.DateOfBirth, NpgsqlDbType.Date);
        copy.Write(m.Street, NpgsqlDbType.Varchar);
        copy.Write(m.City, NpgsqlDbType.Varchar);
        copy.Write(m.Province, NpgsqlDbType.Varchar);
        copy.Write(m.PostalCode, NpgsqlDbType.Varchar);
        NullableText(copy, m.Phone);
        NullableText(copy, m.Email);
        copy.Write(m.PreferredLanguage, NpgsqlDbType.Varchar);
        copy.Write(m.Category.ToString(), NpgsqlDbType.Varchar);
        copy.Write(m.Status.ToString(), NpgsqlDbType.Varchar);
        copy.Write(m.StatusSince, NpgsqlDbType.Date);
        Nullable(copy, m.AdmittedOn, NpgsqlDbType.Date);
        copy.Write(m.SharesSubscribed, NpgsqlDbType.Numeric);
        copy.Write(m.SharesPaid, NpgsqlDbType.Numeric);
        copy.Write(m.SharesHeld, NpgsqlDbType.Integer);
        copy.Write(m.SearchText, NpgsqlDbType.Varchar);
        Nullable(copy, m.UserId, NpgsqlDbType.Uuid);
        copy.Write(m.CreatedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz);
    }

    private static void CopyShares(NpgsqlConnection connection, IReadOnlyList<ShareTransaction> lines, CancellationToken ct)
    {
        using var copy = connection.BeginBinaryImport(
            "COPY membership.share_transactions (id, coop_id, member_id, kind, occurred_on, shares, amount, subscribed_amount, method, receipt_number, resolution_number, " +
            "counterparty_member_id, bylaws_version_id, recorded_at, recorded_by) FROM STDIN (FORMAT BINARY)");
        foreach (var t in lines)
        {
            ct.ThrowIfCancellationRequested();
            copy.StartRow();
            copy.Write(t.Id, NpgsqlDbType.Uuid);
            copy.Write(t.CoopId, NpgsqlDbType.Uuid);
            copy.Write(t.MemberId, NpgsqlDbType.Uuid);
            copy.Write(t.Kind.ToString(), NpgsqlDbType.Varchar);
            copy.Write(t.OccurredOn, NpgsqlDbType.Date);
            copy.Write(t.Shares, NpgsqlDbType.Integer);
            copy.Write(t.Amount, NpgsqlDbType.Numeric);
            Nullable(copy, t.SubscribedAmount, NpgsqlDbType.Numeric);
            NullableText(copy, t.Method?.ToString());
            Nullable(copy, t.ReceiptNumber, NpgsqlDbType.Integer);
            NullableText(copy, t.ResolutionNumber);
            Nullable(copy, t.CounterpartyMemberId, NpgsqlDbType.Uuid);
            Nullable(copy, t.BylawsVersionId, NpgsqlDbType.Uuid);
            copy.Write(t.RecordedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz);
            Nullable(copy, t.RecordedBy, NpgsqlDbType.Uuid);
        }
        copy.Complete();
    }

    private static void Nullable<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type) where T : struct
    {
        if (value is { } v) copy.Write(v, type);
        else copy.WriteNull();
    }

    private static void NullableText(NpgsqlBinaryImporter copy, string? value)
    {
        if (value is null) copy.WriteNull();
        else copy.Write(value, NpgsqlDbType.Varchar);
    }
}
