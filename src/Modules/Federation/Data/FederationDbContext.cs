using CoopSante.Federation.Coops;
using CoopSante.Federation.Services;
using CoopSante.Platform.Data;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CoopSante.Federation.Data;

/// <summary>The federation schema. App code uses this abstract context; the provider subclasses own the migrations.</summary>
internal abstract class FederationDbContext(DbContextOptions options, ICurrentUser? user) : ModuleDbContext(options, user)
{
    public const string Module = "federation";
    protected override string Schema => Module;

    public DbSet<Coop> Coops => Set<Coop>();
    public DbSet<CoopService> CoopServices => Set<CoopService>();
    public DbSet<HealthService> HealthServices => Set<HealthService>();
    public DbSet<CoopChange> CoopChanges => Set<CoopChange>();
    public DbSet<Bulletins.Bulletin> Bulletins => Set<Bulletins.Bulletin>();
    public DbSet<Bulletins.BulletinRead> BulletinReads => Set<Bulletins.BulletinRead>();
    public DbSet<Bulletins.BulletinDigestEntry> BulletinDigestEntries => Set<Bulletins.BulletinDigestEntry>();
    public DbSet<Support.SupportRequest> SupportRequests => Set<Support.SupportRequest>();
    public DbSet<Support.SupportAttachment> SupportAttachments => Set<Support.SupportAttachment>();
    public DbSet<Support.SupportInvoice> SupportInvoices => Set<Support.SupportInvoice>();
    public DbSet<Support.FairCostRate> FairCostRates => Set<Support.FairCostRate>();
    public DbSet<Support.SupportTarget> SupportTargets => Set<Support.SupportTarget>();
    public DbSet<Support.SupportAlert> SupportAlerts => Set<Support.SupportAlert>();
    public DbSet<Library.LibraryDocument> LibraryDocuments => Set<Library.LibraryDocument>();
    public DbSet<Advantages.Advantage> Advantages => Set<Advantages.Advantage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(FederationDbContext).Assembly);
        ApplyPlatformConventions(modelBuilder);
    }
}

internal sealed class SqliteFederationDbContext(DbContextOptions<SqliteFederationDbContext> options) : FederationDbContext(options, null)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) => ProviderConventions.ApplySqlite(configurationBuilder);
}

internal sealed class PostgresFederationDbContext(DbContextOptions<PostgresFederationDbContext> options) : FederationDbContext(options, null);

internal sealed class SqliteFederationDesignFactory : IDesignTimeDbContextFactory<SqliteFederationDbContext>
{
    public SqliteFederationDbContext CreateDbContext(string[] args) => new(DesignTime.Options<SqliteFederationDbContext>(FederationDbContext.Module, DatabaseProvider.Sqlite));
}

internal sealed class PostgresFederationDesignFactory : IDesignTimeDbContextFactory<PostgresFederationDbContext>
{
    public PostgresFederationDbContext CreateDbContext(string[] args) => new(DesignTime.Options<PostgresFederationDbContext>(FederationDbContext.Module, DatabaseProvider.Postgres));
}
