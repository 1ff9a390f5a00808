using CoopSante.Membership.Model;
using CoopSante.Platform.Data;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CoopSante.Membership.Data;

/// <summary>The membership schema. App code uses this abstract context; the provider subclasses own the migrations.</summary>
internal abstract class MembershipDbContext(DbContextOptions options, ICurrentUser? user) : ModuleDbContext(options, user)
{
    public const string Module = "membership";
    protected override string Schema => Module;

    public DbSet<BylawsVersion> Bylaws => Set<BylawsVersion>();
    public DbSet<CategoryTerms> CategoryTerms => Set<CategoryTerms>();
    public DbSet<Member> Members => Set<Member>();
    public DbSet<MemberStatusChange> StatusChanges => Set<MemberStatusChange>();
    public DbSet<MembershipCounter> Counters => Set<MembershipCounter>();
    public DbSet<MemberApplication> Applications => Set<MemberApplication>();
    public DbSet<AdmissionDecision> AdmissionDecisions => Set<AdmissionDecision>();
    public DbSet<MemberConsent> Consents => Set<MemberConsent>();
    public DbSet<ShareTransaction> ShareTransactions => Set<ShareTransaction>();
    public DbSet<HouseholdPerson> HouseholdPersons => Set<HouseholdPerson>();
    public DbSet<MemberCategoryChange> CategoryChanges => Set<MemberCategoryChange>();
    public DbSet<ShareRefundRequest> RefundRequests => Set<ShareRefundRequest>();
    public DbSet<RefundBatch> RefundBatches => Set<RefundBatch>();
    public DbSet<DisciplinaryProceeding> Proceedings => Set<DisciplinaryProceeding>();
    public DbSet<ContributionCharge> ContributionCharges => Set<ContributionCharge>();
    public DbSet<ContributionPayment> ContributionPayments => Set<ContributionPayment>();
    public DbSet<ContributionWaiver> ContributionWaivers => Set<ContributionWaiver>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MembershipDbContext).Assembly);
        ApplyPlatformConventions(modelBuilder);
    }
}

internal sealed class SqliteMembershipDbContext(DbContextOptions<SqliteMembershipDbContext> options) : MembershipDbContext(options, null)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) => ProviderConventions.ApplySqlite(configurationBuilder);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // Likely duplicates are looked up by date of birth or e-mail within the coop (ApplicationsApi.FindDuplicatesAsync). On
        // PostgreSQL the search vector's GIN index serves that lookup instead (ADR 0007).
        modelBuilder.Entity<Member>().HasIndex(x => new { x.CoopId, x.DateOfBirth });
        modelBuilder.Entity<Member>().HasIndex(x => new { x.CoopId, x.Email });
    }
}

internal sealed class PostgresMembershipDbContext(DbContextOptions<PostgresMembershipDbContext> options) : MembershipDbContext(options, null)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // ADR 0008: on PostgreSQL a ledger line's member is checked once per statement by triggers (migration
        // LedgerMemberCheckPerStatement), not by a foreign key that locks the member row for every line of a bulk import.
        var ledger = modelBuilder.Entity<ShareTransaction>().Metadata;
        foreach (var fk in ledger.GetForeignKeys().Where(f => f.PrincipalEntityType.ClrType == typeof(Member)).ToList())
            ledger.RemoveForeignKey(fk);
    }
}

internal sealed class SqliteMembershipDesignFactory : IDesignTimeDbContextFactory<SqliteMembershipDbContext>
{
    public SqliteMembershipDbContext CreateDbContext(string[] args) => new(DesignTime.Options<SqliteMembershipDbContext>(MembershipDbContext.Module, DatabaseProvider.Sqlite));
}

internal sealed class PostgresMembershipDesignFactory : IDesignTimeDbContextFactory<PostgresMembershipDbContext>
{
    public PostgresMembershipDbContext CreateDbContext(string[] args) => new(DesignTime.Options<PostgresMembershipDbContext>(MembershipDbContext.Module, DatabaseProvider.Postgres));
}
