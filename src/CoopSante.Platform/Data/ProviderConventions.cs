using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CoopSante.Platform.Data;

/// <summary>
/// Type mappings that differ by provider. SQLite cannot order or compare DateTimeOffset stored as text,
/// so instants are stored in the orderable binary form there; PostgreSQL keeps timestamptz.
/// </summary>
public static class ProviderConventions
{
    private static readonly DateTimeOffsetToBinaryConverter Binary = new();

    public static void ApplySqlite(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }

    public static long ToSqlite(DateTimeOffset value) => (long)Binary.ConvertToProvider(value)!;
}
