using CoopSante.Platform.Audit;
using CoopSante.Platform.Email;
using CoopSante.Platform.Identity;
using CoopSante.Platform.Jobs;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Platform.Data;

/// <summary>The platform's own tables: people and their grants, API keys, invitations, the audit log, the e-mail outbox.</summary>
public abstract class PlatformDbContext(DbContextOptions options)
    : IdentityUserContext<AppUser, Guid>(options), IDataProtectionKeyContext
{
    public const string Module = "platform";

    public DbSet<UserRoleGrant> RoleGrants => Set<UserRoleGrant>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<AuditChainHead> AuditChainHeads => Set<AuditChainHead>();
    public DbSet<OutboxEmail> OutboxEmails => Set<OutboxEmail>();
    public DbSet<JobRunRecord> JobRuns => Set<JobRunRecord>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Security.AuditorAssignments.AuditorAssignment> AuditorAssignments => Set<Security.AuditorAssignments.AuditorAssignment>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        builder.HasDefaultSchema(Module);
        base.OnModelCreating(builder);

        builder.Entity<AppUser>(e =>
        {
            e.Property(u => u.DisplayName).HasMaxLength(200);
            e.Property(u => u.PreferredCulture).HasMaxLength(10);
        });
        builder.Entity<UserRoleGrant>(e =>
        {
            e.ToTable("role_grants");
            e.HasIndex(g => new { g.UserId, g.Role, g.CoopId }).IsUnique();
            e.HasIndex(g => g.CoopId);
            e.Property(g => g.Role).HasConversion<string>().HasMaxLength(40);
        });
        builder.Entity<Invitation>(e =>
        {
            e.ToTable("invitations");
            e.Property(i => i.Email).HasMaxLength(256);
            e.Property(i => i.DisplayName).HasMaxLength(200);
            e.Property(i => i.TokenHash).HasMaxLength(128);
            e.HasIndex(i => i.TokenHash).IsUnique();
            e.Property(i => i.Role).HasConversion<string>().HasMaxLength(40);
        });
        builder.Entity<ApiKey>(e =>
        {
            e.ToTable("api_keys");
            e.Property(k => k.Name).HasMaxLength(200);
            e.Property(k => k.Prefix).HasMaxLength(16);
            e.Property(k => k.KeyHash).HasMaxLength(128);
            e.HasIndex(k => k.KeyHash).IsUnique();
            e.Property(k => k.Scopes).HasMaxLength(1000);
        });
        builder.Entity<AuditEvent>(e =>
        {
            e.ToTable("audit_events");
            e.HasKey(a => a.Sequence);
            e.Property(a => a.Sequence).ValueGeneratedNever();
            e.HasIndex(a => new { a.CoopId, a.OccurredAt });
            e.HasIndex(a => new { a.PatientId, a.OccurredAt });
            e.HasIndex(a => new { a.Type, a.OccurredAt });
            e.Property(a => a.ActorName).HasMaxLength(200);
            e.Property(a => a.ActorRoles).HasMaxLength(200);
            e.Property(a => a.TargetType).HasMaxLength(100);
            e.Property(a => a.TargetId).HasMaxLength(100);
            e.Property(a => a.Purpose).HasMaxLength(1000);
            e.Property(a => a.IpAddress).HasMaxLength(64);
            e.Property(a => a.PreviousHash).HasMaxLength(64);
            e.Property(a => a.Hash).HasMaxLength(64);
            e.Ignore(a => a.Position);
            e.Property(a => a.Chain).HasMaxLength(40);
            e.HasIndex(a => new { a.Chain, a.ChainSequence, a.Sequence }).IsUnique();
        });
        builder.Entity<AuditChainHead>(e =>
        {
            e.ToTable("audit_chain_heads");
            e.HasKey(h => h.Chain);
            e.Property(h => h.Chain).HasMaxLength(40);
            e.Property(h => h.LastHash).HasMaxLength(64);
        });
        builder.Entity<Security.AuditorAssignments.AuditorAssignment>(e =>
        {
            e.ToTable("auditor_assignments");
            e.HasIndex(a => new { a.AuditorId, a.CoopId }).IsUnique();
            e.HasIndex(a => a.CoopId);
        });
        builder.Entity<OutboxEmail>(e =>
        {
            e.ToTable("outbox_emails");
            e.HasIndex(m => new { m.SentAt, m.CreatedAt });
            e.HasIndex(m => new { m.Status, m.NextAttemptAt }); // the dispatcher's claim: due pending rows in order
            e.Property(m => m.To).HasMaxLength(256);
            e.Property(m => m.Subject).HasMaxLength(300);
            e.Property(m => m.Kind).HasMaxLength(60);
            e.Property(m => m.Culture).HasMaxLength(10);
            e.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(m => m.LockedBy).HasMaxLength(64);
            e.Property(m => m.LastError).HasMaxLength(100);
        });
        builder.Entity<JobRunRecord>(e =>
        {
            e.ToTable("job_runs");
            e.HasKey(r => r.JobKey);
            e.Property(r => r.JobKey).HasMaxLength(100);
            e.Property(r => r.LastResult).HasConversion<string>().HasMaxLength(20);
            e.Property(r => r.LastSummary).HasMaxLength(200);
            e.Property(r => r.LastError).HasMaxLength(200);
        });
        builder.ApplyConfiguration(new Files.StoredFileConfiguration());
        builder.ApplyConfiguration(new Idempotency.IdempotencyRecordConfiguration());
    }
}

public sealed class SqlitePlatformDbContext(DbContextOptions<SqlitePlatformDbContext> options) : PlatformDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) => ProviderConventions.ApplySqlite(configurationBuilder);
}

public sealed class PostgresPlatformDbContext(DbContextOptions<PostgresPlatformDbContext> options) : PlatformDbContext(options);

internal sealed class SqlitePlatformDesignFactory : Microsoft.EntityFrameworkCore.Design.IDesignTimeDbContextFactory<SqlitePlatformDbContext>
{
    public SqlitePlatformDbContext CreateDbContext(string[] args) => new(DesignTime.Options<SqlitePlatformDbContext>(PlatformDbContext.Module, DatabaseProvider.Sqlite));
}

internal sealed class PostgresPlatformDbContextDesignFactory : Microsoft.EntityFrameworkCore.Design.IDesignTimeDbContextFactory<PostgresPlatformDbContext>
{
    public PostgresPlatformDbContext CreateDbContext(string[] args) => new(DesignTime.Options<PostgresPlatformDbContext>(PlatformDbContext.Module, DatabaseProvider.Postgres));
}
