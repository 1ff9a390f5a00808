using CoopSante.Compliance.Committee;
using CoopSante.Compliance.Consultations;
using CoopSante.Compliance.Privacy;
using CoopSante.Compliance.Frameworks;
using CoopSante.Platform.Data;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CoopSante.Compliance.Data;

/// <summary>The compliance schema. App code uses this abstract context; the provider subclasses own the migrations.</summary>
internal abstract class ComplianceDbContext(DbContextOptions options, ICurrentUser? user) : ModuleDbContext(options, user)
{
    public const string Module = "compliance";
    protected override string Schema => Module;

    public DbSet<Framework> Frameworks => Set<Framework>();
    public DbSet<FrameworkVersion> FrameworkVersions => Set<FrameworkVersion>();
    public DbSet<Section> Sections => Set<Section>();
    public DbSet<Recommendation> Recommendations => Set<Recommendation>();
    public DbSet<Consultation> Consultations => Set<Consultation>();
    public DbSet<ConsultationReviewer> ConsultationReviewers => Set<ConsultationReviewer>();
    public DbSet<ConsultationComment> ConsultationComments => Set<ConsultationComment>();
    public DbSet<CommitteeMember> CommitteeMembers => Set<CommitteeMember>();
    public DbSet<CommitteeMeeting> CommitteeMeetings => Set<CommitteeMeeting>();
    public DbSet<CommitteeDecision> CommitteeDecisions => Set<CommitteeDecision>();
    public DbSet<FollowUpItem> FollowUpItems => Set<FollowUpItem>();
    public DbSet<PrivacyOfficer> PrivacyOfficers => Set<PrivacyOfficer>();
    public DbSet<ConfidentialityIncident> ConfidentialityIncidents => Set<ConfidentialityIncident>();
    public DbSet<IncidentRegisterReview> IncidentRegisterReviews => Set<IncidentRegisterReview>();
    public DbSet<PrivacyImpactAssessment> PrivacyImpactAssessments => Set<PrivacyImpactAssessment>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ComplianceDbContext).Assembly);
        ApplyPlatformConventions(modelBuilder);
    }
}

internal sealed class SqliteComplianceDbContext(DbContextOptions<SqliteComplianceDbContext> options) : ComplianceDbContext(options, null)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) => ProviderConventions.ApplySqlite(configurationBuilder);
}

internal sealed class PostgresComplianceDbContext(DbContextOptions<PostgresComplianceDbContext> options) : ComplianceDbContext(options, null);

internal sealed class SqliteComplianceDesignFactory : IDesignTimeDbContextFactory<SqliteComplianceDbContext>
{
    public SqliteComplianceDbContext CreateDbContext(string[] args) => new(DesignTime.Options<SqliteComplianceDbContext>(ComplianceDbContext.Module, DatabaseProvider.Sqlite));
}

internal sealed class PostgresComplianceDesignFactory : IDesignTimeDbContextFactory<PostgresComplianceDbContext>
{
    public PostgresComplianceDbContext CreateDbContext(string[] args) => new(DesignTime.Options<PostgresComplianceDbContext>(ComplianceDbContext.Module, DatabaseProvider.Postgres));
}
