using Microsoft.EntityFrameworkCore;

namespace CoopSante.Platform.Data;

/// <summary>
/// Base of the design-time factories that let `dotnet ef` build a module context without running Program.cs.
/// The connection strings are placeholders: migrations are generated, not applied, at design time.
/// </summary>
public static class DesignTime
{
    public static DbContextOptions<T> Options<T>(string module, DatabaseProvider provider) where T : DbContext
    {
        var builder = new DbContextOptionsBuilder<T>();
        DbRegistration.Configure(builder, module, provider,
            provider == DatabaseProvider.Postgres ? "Host=localhost;Database=coopsante_design" : "Data Source=design.db");
        return builder.Options;
    }
}
