using Microsoft.EntityFrameworkCore;

namespace CoopSante.Platform.Data;

/// <summary>What a failed save means, whichever database refused it.</summary>
public static class DbErrors
{
    /// <summary>
    /// A unique index (or key) refused the save: another request wrote the same row first. PostgreSQL says 23505;
    /// SQLite says SQLITE_CONSTRAINT (19).
    /// </summary>
    public static bool IsUniqueViolation(this DbUpdateException e) =>
        e.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation }
        || e.InnerException is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 19 };
}
