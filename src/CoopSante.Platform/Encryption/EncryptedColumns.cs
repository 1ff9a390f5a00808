using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CoopSante.Platform.Encryption;

/// <summary>One encrypted column of a context's model, as the database names it.</summary>
public sealed record EncryptedColumn(string? Schema, string Table, string KeyColumn, string Column)
{
    public override string ToString() => Schema is null ? $"{Table}.{Column}" : $"{Schema}.{Table}.{Column}";
}

/// <summary>What a rotation did to one column.</summary>
public sealed record RotationCount(EncryptedColumn Column, int Rewritten, int Failed);

/// <summary>
/// Re-encrypts every encrypted column of a context to the active key, in batches of rows read by primary key
/// (keyset paging, so a value that cannot be decrypted is counted once and skipped, never retried forever).
/// Each row is updated only if it still holds the value read, so a concurrent write is never overwritten.
/// </summary>
public static class EncryptedColumns
{
    public static IReadOnlyList<EncryptedColumn> Of(DbContext db)
    {
        var sqlite = IsSqlite(db);
        var columns = new List<EncryptedColumn>();
        foreach (var entity in db.Model.GetEntityTypes())
        {
            var table = entity.GetTableName();
            if (table is null) continue;
            var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
            foreach (var property in entity.GetProperties().Where(p => p.FindAnnotation(EncryptedProperty.Annotation)?.Value is true))
            {
                var key = entity.FindPrimaryKey();
                if (key is null || key.Properties.Count != 1)
                    throw new InvalidOperationException($"{entity.DisplayName()} has an encrypted column but no single-column primary key to rotate by.");
                columns.Add(new EncryptedColumn(sqlite ? null : entity.GetSchema(), table, key.Properties[0].GetColumnName(store)!, property.GetColumnName(store)!));
            }
        }
        return columns;
    }

    public static async Task<IReadOnlyList<RotationCount>> RotateAsync(DbContext db, FieldCipher cipher, int batchSize = 1000, CancellationToken ct = default)
    {
        var counts = new List<RotationCount>();
        foreach (var column in Of(db))
            counts.Add(await RotateAsync(db, column, cipher, batchSize, ct));
        return counts;
    }

    private static async Task<RotationCount> RotateAsync(DbContext db, EncryptedColumn column, FieldCipher cipher, int batchSize, CancellationToken ct)
    {
        var table = column.Schema is null ? Quote(column.Table) : $"{Quote(column.Schema)}.{Quote(column.Table)}";
        var (key, value) = (Quote(column.KeyColumn), Quote(column.Column));
        var prefix = cipher.ActivePrefix;
        int rewritten = 0, failed = 0;
        object? after = null;
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = db.Database.GetDbConnection();
            while (true)
            {
                var batch = new List<(object Key, string Value)>(batchSize);
                await using (var select = connection.CreateCommand())
                {
                    select.CommandText = $"SELECT {key}, {value} FROM {table} WHERE {value} IS NOT NULL AND substr({value}, 1, {prefix.Length}) <> @prefix"
                        + (after is null ? "" : $" AND {key} > @after") + $" ORDER BY {key} LIMIT {batchSize}";
                    Add(select, "@prefix", prefix);
                    if (after is not null) Add(select, "@after", after);
                    await using var reader = await select.ExecuteReaderAsync(ct);
                    while (await reader.ReadAsync(ct)) batch.Add((reader.GetValue(0), reader.GetString(1)));
                }
                if (batch.Count == 0) break;
                after = batch[^1].Key;

                await using var tx = await connection.BeginTransactionAsync(ct);
                foreach (var (rowKey, old) in batch)
                {
                    string fresh;
                    try
                    {
                        fresh = cipher.Reencrypt(old);
                    }
                    catch (System.Security.Cryptography.CryptographicException)
                    {
                        failed++;
                        continue;
                    }
                    await using var update = connection.CreateCommand();
                    update.Transaction = tx;
                    update.CommandText = $"UPDATE {table} SET {value} = @fresh WHERE {key} = @key AND {value} = @old";
                    Add(update, "@fresh", fresh);
                    Add(update, "@key", rowKey);
                    Add(update, "@old", old);
                    rewritten += await update.ExecuteNonQueryAsync(ct);
                }
                await tx.CommitAsync(ct);
                if (batch.Count < batchSize) break;
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return new RotationCount(column, rewritten, failed);
    }

    private static bool IsSqlite(DbContext db) => db.Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) == true;

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static void Add(DbCommand command, string name, object value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        command.Parameters.Add(p);
    }
}
