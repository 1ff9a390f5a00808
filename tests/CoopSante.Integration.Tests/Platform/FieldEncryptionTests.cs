using System.Security.Cryptography;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Platform.Encryption;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CoopSante.Integration.Tests.Platform;

public sealed class FieldEncryptionTests(AppFixture app) : IAsyncLifetime
{
    private static readonly byte[] Key1 = RandomNumberGenerator.GetBytes(32);
    private static readonly byte[] Key2 = RandomNumberGenerator.GetBytes(32);
    private static readonly byte[] LookupKey = RandomNumberGenerator.GetBytes(32);
    /// <summary>The test table's cipher: its model is built once, so rotation swaps the ring underneath.</summary>
    private static readonly FieldCipher Cipher = new(Ring("k1", ("k1", Key1)));

    private static FieldKeyRing Ring(string active, params (string Id, byte[] Key)[] keys) =>
        new(keys.ToDictionary(k => k.Id, k => k.Key), active, LookupKey);

    public async ValueTask InitializeAsync()
    {
        await app.ResetAsync();
        await using var db = Context();
        await db.Database.ExecuteSqlRawAsync("CREATE SCHEMA IF NOT EXISTS vault_test; DROP TABLE IF EXISTS vault_test.bank_accounts;");
        await db.GetService<IRelationalDatabaseCreator>().CreateTablesAsync();
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private SecretsContext Context() => new(new DbContextOptionsBuilder<SecretsContext>().UseNpgsql(app.ConnectionString).UseSnakeCaseNamingConvention().Options);

    private async Task<List<string>> StoredAsync()
    {
        await using var conn = new NpgsqlConnection(app.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT account_number FROM vault_test.bank_accounts ORDER BY id", conn);
        var values = new List<string>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync()) values.Add(reader.GetString(0));
        return values;
    }

    [Fact]
    public async Task A_rotated_key_still_decrypts_old_values_and_rotation_rewrites_them_to_the_new_key()
    {
        Cipher.Ring = Ring("k1", ("k1", Key1));
        string[] accounts = ["815-30001-1234567", "815-30001-7654321", "006-00011-0000042"];
        await using (var db = Context())
        {
            db.Accounts.AddRange(accounts.Select(a => new BankAccount { Id = Guid.CreateVersion7(), AccountNumber = a, AccountHash = Cipher.LookupHash(a) }));
            await db.SaveChangesAsync();
        }
        var stored = await StoredAsync();
        Assert.All(stored, v => Assert.StartsWith("k1:", v, StringComparison.Ordinal));
        Assert.All(stored, v => Assert.DoesNotContain("1234567", v, StringComparison.Ordinal));

        // k2 becomes active; k1 stays in the ring until the rotation is done.
        Cipher.Ring = Ring("k2", ("k1", Key1), ("k2", Key2));
        await using (var db = Context())
        {
            Assert.Equal(accounts.Order(StringComparer.Ordinal), (await db.Accounts.AsNoTracking().ToListAsync()).Select(a => a.AccountNumber).Order(StringComparer.Ordinal));
            db.Accounts.Add(new BankAccount { Id = Guid.CreateVersion7(), AccountNumber = "001-00002-9999999", AccountHash = Cipher.LookupHash("001-00002-9999999") });
            await db.SaveChangesAsync();
        }
        Assert.Equal(3, (await StoredAsync()).Count(v => v.StartsWith("k1:", StringComparison.Ordinal)));

        IReadOnlyList<RotationCount> counts;
        await using (var db = Context())
            counts = await EncryptedColumns.RotateAsync(db, Cipher, batchSize: 2);
        var column = Assert.Single(counts);
        Assert.Equal("vault_test.bank_accounts.account_number", column.Column.ToString());
        Assert.Equal((3, 0), (column.Rewritten, column.Failed));
        Assert.All(await StoredAsync(), v => Assert.StartsWith("k2:", v, StringComparison.Ordinal));

        // k1 can now leave the ring: every value still reads, and the lookup column still finds a number typed loosely.
        Cipher.Ring = Ring("k2", ("k2", Key2));
        await using (var db = Context())
        {
            Assert.Equal(4, (await db.Accounts.AsNoTracking().ToListAsync()).Count);
            var hash = Cipher.LookupHash(" 815 30001 1234567 ");
            Assert.Equal("815-30001-1234567", (await db.Accounts.AsNoTracking().SingleAsync(a => a.AccountHash == hash)).AccountNumber);
        }
    }

    [Fact]
    public async Task A_tampered_value_is_refused_on_read_and_counted_as_failed_by_rotation()
    {
        Cipher.Ring = Ring("k1", ("k1", Key1));
        var id = Guid.CreateVersion7();
        await using (var db = Context())
        {
            db.Accounts.Add(new BankAccount { Id = id, AccountNumber = "815-30001-1234567", AccountHash = "" });
            await db.SaveChangesAsync();
        }
        var stored = (await StoredAsync()).Single();
        var bytes = Convert.FromBase64String(stored[3..]);
        bytes[^20] ^= 0x01; // one bit of the ciphertext
        await using (var conn = new NpgsqlConnection(app.ConnectionString))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand("UPDATE vault_test.bank_accounts SET account_number = @v", conn);
            cmd.Parameters.AddWithValue("v", "k1:" + Convert.ToBase64String(bytes));
            await cmd.ExecuteNonQueryAsync();
        }
        await using (var db = Context())
            await Assert.ThrowsAnyAsync<CryptographicException>(() => db.Accounts.AsNoTracking().ToListAsync());

        Cipher.Ring = Ring("k2", ("k1", Key1), ("k2", Key2));
        await using (var db = Context())
        {
            var count = Assert.Single(await EncryptedColumns.RotateAsync(db, Cipher));
            Assert.Equal((0, 1), (count.Rewritten, count.Failed));
        }
    }

    [Fact]
    public async Task The_data_protection_key_ring_is_stored_encrypted_with_no_raw_key_material()
    {
        var protector = app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("vault-test");
        Assert.Equal("secret", protector.Unprotect(protector.Protect("secret")));
        await using var conn = new NpgsqlConnection(app.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT xml FROM platform.data_protection_keys", conn);
        var xmls = new List<string>();
        await using (var reader = await cmd.ExecuteReaderAsync())
            while (await reader.ReadAsync()) xmls.Add(reader.GetString(0));
        Assert.NotEmpty(xmls);
        Assert.All(xmls, xml =>
        {
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
            Assert.Contains("encryptedSecret", xml, StringComparison.Ordinal);
            Assert.Contains("https://coopsante.ca/data-protection", xml, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task The_rotation_command_visits_every_module_database()
    {
        // Telemedicine's PAD account numbers are the first module column; on an empty table the command visits it and rewrites nothing.
        var counts = await EncryptionCommand.RotateAllAsync(app.Services);
        var column = Assert.Single(counts);
        Assert.Equal("telemedicine.tele_pad_agreements.account_number", column.Column.ToString());
        Assert.Equal(0, column.Failed);
        Assert.False(await EncryptionCommand.TryRunAsync(app.Services, ["--urls", "http://localhost"]));
    }

    private sealed class BankAccount
    {
        public Guid Id { get; set; }
        public string AccountNumber { get; set; } = "";
        public string AccountHash { get; set; } = "";
    }

    private sealed class SecretsContext(DbContextOptions<SecretsContext> options) : DbContext(options)
    {
        public DbSet<BankAccount> Accounts => Set<BankAccount>();

        protected override void OnModelCreating(ModelBuilder b)
        {
            b.HasDefaultSchema("vault_test");
            b.Entity<BankAccount>(e =>
            {
                e.ToTable("bank_accounts");
                e.Property(a => a.AccountNumber).IsEncrypted(Cipher);
                e.Property(a => a.AccountHash).HasMaxLength(64);
                e.HasIndex(a => a.AccountHash);
            });
        }
    }
}
