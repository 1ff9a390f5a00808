using CoopSante.Platform.Data;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CoopSante.Telemedicine.Data;

/// <summary>The telemedicine schema. App code uses this abstract context; the provider subclasses own the migrations.</summary>
internal abstract class TelemedicineDbContext(DbContextOptions options, ICurrentUser? user) : ModuleDbContext(options, user)
{
    public const string Module = "telemedicine";
    protected override string Schema => Module;

    public DbSet<Model.TelemedicineProgram> Programs => Set<Model.TelemedicineProgram>();
    public DbSet<Model.ProgramPrice> Prices => Set<Model.ProgramPrice>();
    public DbSet<Model.ProviderFee> ProviderFees => Set<Model.ProviderFee>();
    public DbSet<Model.ProgramTax> Taxes => Set<Model.ProgramTax>();
    public DbSet<Model.ParticipatingCoop> ParticipatingCoops => Set<Model.ParticipatingCoop>();
    public DbSet<Model.Enrolment> Enrolments => Set<Model.Enrolment>();
    public DbSet<Model.CoveredPerson> CoveredPeople => Set<Model.CoveredPerson>();
    public DbSet<Model.HouseholdChange> HouseholdChanges => Set<Model.HouseholdChange>();
    public DbSet<Model.RosterConsent> RosterConsents => Set<Model.RosterConsent>();
    public DbSet<Model.PadAgreement> PadAgreements => Set<Model.PadAgreement>();
    public DbSet<Model.RosterRead> RosterReads => Set<Model.RosterRead>();

    // Billing (tele-b): bank profile, runs, invoices, CPA-005 files, payments, returns.
    public DbSet<Billing.CoopBankProfile> BankProfiles => Set<Billing.CoopBankProfile>();
    public DbSet<Billing.BillingRun> BillingRuns => Set<Billing.BillingRun>();
    public DbSet<Billing.Invoice> Invoices => Set<Billing.Invoice>();
    public DbSet<Billing.PadFile> PadFiles => Set<Billing.PadFile>();
    public DbSet<Billing.InvoicePayment> Payments => Set<Billing.InvoicePayment>();
    public DbSet<Billing.ReturnsImport> ReturnsImports => Set<Billing.ReturnsImport>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TelemedicineDbContext).Assembly);
        ApplyPlatformConventions(modelBuilder);
    }
}

internal sealed class SqliteTelemedicineDbContext(DbContextOptions<SqliteTelemedicineDbContext> options) : TelemedicineDbContext(options, null)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) => ProviderConventions.ApplySqlite(configurationBuilder);
}

internal sealed class PostgresTelemedicineDbContext(DbContextOptions<PostgresTelemedicineDbContext> options) : TelemedicineDbContext(options, null);

internal sealed class SqliteTelemedicineDesignFactory : IDesignTimeDbContextFactory<SqliteTelemedicineDbContext>
{
    public SqliteTelemedicineDbContext CreateDbContext(string[] args) => new(DesignTime.Options<SqliteTelemedicineDbContext>(TelemedicineDbContext.Module, DatabaseProvider.Sqlite));
}

internal sealed class PostgresTelemedicineDesignFactory : IDesignTimeDbContextFactory<PostgresTelemedicineDbContext>
{
    public PostgresTelemedicineDbContext CreateDbContext(string[] args) => new(DesignTime.Options<PostgresTelemedicineDbContext>(TelemedicineDbContext.Module, DatabaseProvider.Postgres));
}
