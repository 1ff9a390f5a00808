using System.Linq.Expressions;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Platform.Data;

/// <summary>
/// Base of every module's DbContext: one schema per module, snake_case names, the coop query filter on every
/// <see cref="ICoopOwned"/> entity and the version check on every <see cref="IVersioned"/> one.
/// Each module has two empty provider subclasses (SQLite, PostgreSQL) that own its migrations.
/// </summary>
public abstract class ModuleDbContext : DbContext
{
    protected ModuleDbContext(DbContextOptions options, ICurrentUser? user) : base(options) => Caller = user;

    /// <summary>
    /// Whom the context acts for. Contexts come from a pool (ADR 0046): the scope's factory sets the caller on every
    /// context it hands out, so that a rented context never keeps the previous request's caller.
    /// </summary>
    public ICurrentUser? Caller { get; set; }

    /// <summary>The database schema of the module (PostgreSQL; SQLite has none, so table names are unique across modules).</summary>
    protected abstract string Schema { get; }

    private bool? _postgres;

    /// <summary>
    /// Whether the context talks to PostgreSQL, worked out once per (pooled) context: EF's <c>IsNpgsql()</c> reads its
    /// provider's assembly name by reflection on every call, and the read path asks on every request.
    /// </summary>
    public bool IsPostgres => _postgres ??= Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL";

    /// <summary>Read by the query filters at query time: the coop the caller acts in.</summary>
    public Guid? CurrentCoopId => Caller?.ActiveCoopId;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        base.OnModelCreating(modelBuilder);
    }

    /// <summary>Call at the end of OnModelCreating: applies the coop filter and the version token.</summary>
    protected void ApplyPlatformConventions(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => e.BaseType is null))
        {
            var clr = entity.ClrType;
            if (typeof(ICoopOwned).IsAssignableFrom(clr))
            {
                var filter = typeof(ModuleDbContext).GetMethod(nameof(CoopFilter), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
                    .MakeGenericMethod(clr).Invoke(this, null);
                modelBuilder.Entity(clr).HasQueryFilter((LambdaExpression)filter!);
                // Tenancy narrows every query by coop: an index must lead with coop_id. A declared one that does already
                // serves; a second, redundant index would only slow every write (and the register's bulk import).
                if (!entity.GetIndexes().Any(i => i.Properties[0].Name == nameof(ICoopOwned.CoopId)))
                    modelBuilder.Entity(clr).HasIndex(nameof(ICoopOwned.CoopId));
            }
            if (typeof(IVersioned).IsAssignableFrom(clr))
            {
                modelBuilder.Entity(clr).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
            }
        }
    }

    private Expression<Func<T, bool>> CoopFilter<T>() where T : ICoopOwned => e => e.CoopId == CurrentCoopId;

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State == EntityState.Modified) entry.Entity.Version++;
        }
    }
}
