using Microsoft.EntityFrameworkCore;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoopSante.Platform.Data;

public static class DbRegistration
{
    /// <summary>
    /// Registers a module context: the abstract <typeparamref name="TContext"/> (scoped) and
    /// <see cref="IDbContextFactory{TContext}"/> (scoped, so that query filters see the caller), backed by the
    /// provider subclass that matches <see cref="DatabaseOptions"/>. Contexts are pooled (ADR 0046): a request rents one
    /// already built instead of building EF's services for it, and the scope's factory gives it the scope's caller.
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext, TSqlite, TPostgres>(this IServiceCollection services, string module)
        where TContext : DbContext
        where TSqlite : TContext
        where TPostgres : TContext
    {
        // The options are the same for every scope (the caller reaches the context through its Caller, not its options):
        // built once per process (ADR 0035), and the pools they feed live as long.
        services.TryAddSingleton(sp => OptionsOnce<TSqlite>(sp, module, DatabaseProvider.Sqlite));
        services.TryAddSingleton(sp => OptionsOnce<TPostgres>(sp, module, DatabaseProvider.Postgres));
        services.TryAddSingleton(sp => new PooledDbContextFactory<TSqlite>(sp.GetRequiredService<DbContextOptions<TSqlite>>()));
        services.TryAddSingleton(sp => new PooledDbContextFactory<TPostgres>(sp.GetRequiredService<DbContextOptions<TPostgres>>()));
        services.AddScoped<IDbContextFactory<TContext>>(sp =>
        {
            var caller = sp.GetService<ICurrentUser>();
            return sp.GetRequiredService<DatabaseOptions>().Provider == DatabaseProvider.Postgres
                ? new CallerFactory<TContext, TPostgres>(sp.GetRequiredService<PooledDbContextFactory<TPostgres>>(), caller)
                : new CallerFactory<TContext, TSqlite>(sp.GetRequiredService<PooledDbContextFactory<TSqlite>>(), caller);
        });
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IModuleDatabase>(new ModuleDatabase<TContext>(module)));
        return services;
    }

    /// <summary>What EF's own options factory builds (application services, then ours), from the root provider.</summary>
    private static DbContextOptions<TContext> OptionsOnce<TContext>(IServiceProvider root, string module, DatabaseProvider provider) where TContext : DbContext
    {
        var o = new DbContextOptionsBuilder<TContext>(new DbContextOptions<TContext>());
        o.UseApplicationServiceProvider(root);
        Configure(root, o, module, provider);
        return o.Options;
    }

    public static void Configure(IServiceProvider sp, DbContextOptionsBuilder o, string module, DatabaseProvider provider)
    {
        var db = sp.GetRequiredService<DatabaseOptions>();
        Configure(o, module, provider, db.ConnectionString);
        if (sp.GetService<Web.PublicCacheInvalidation>() is { } publicCache) o.AddInterceptors(publicCache);
        if (sp.GetService<Audit.AuditCommitCounter>() is { } audited) o.AddInterceptors(audited); // audit rows counted on commit
    }

    /// <summary>Provider options shared by the app and the design-time factories.</summary>
    public static void Configure(DbContextOptionsBuilder o, string module, DatabaseProvider provider, string connectionString)
    {
        var history = $"__ef_history_{module}";
        if (provider == DatabaseProvider.Postgres)
        {
            o.UseNpgsql(connectionString, x => x.MigrationsHistoryTable(history, module));
        }
        else
        {
            o.UseSqlite(connectionString, x => x.MigrationsHistoryTable(history));
            o.ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.SqliteEventId.SchemaConfiguredWarning));
        }
        o.UseSnakeCaseNamingConvention();
        o.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }

    /// <summary>Rents from the pool and sets the scope's caller on every module context it hands out, null included.</summary>
    private sealed class CallerFactory<TBase, TImpl>(PooledDbContextFactory<TImpl> pool, ICurrentUser? caller) : IDbContextFactory<TBase>
        where TBase : DbContext where TImpl : TBase
    {
        public TBase CreateDbContext()
        {
            var context = pool.CreateDbContext();
            if (context is ModuleDbContext module) module.Caller = caller;
            return context;
        }
    }
}

/// <summary>A module database known to the host: migrated at start-up, reset between tests.</summary>
public interface IModuleDatabase
{
    string Module { get; }
    /// <summary>The module's context type (resolvable from a scope), for work over every module such as key rotation.</summary>
    Type ContextType { get; }
    Task MigrateAsync(IServiceProvider scopedServices, CancellationToken ct);
}

internal sealed class ModuleDatabase<TContext>(string module) : IModuleDatabase where TContext : DbContext
{
    public string Module => module;
    public Type ContextType => typeof(TContext);

    public async Task MigrateAsync(IServiceProvider scopedServices, CancellationToken ct)
    {
        await using var db = await scopedServices.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContextAsync(ct);
        await db.Database.MigrateAsync(ct);
    }
}
