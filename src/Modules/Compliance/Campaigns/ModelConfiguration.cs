using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopSante.Compliance.Campaigns;

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> b)
    {
        b.ToTable("campaigns");
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.VersionLabel).HasMaxLength(300);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(x => x.OpenedAt);
    }
}

internal sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> b)
    {
        b.ToTable("assessments");
        // One assessment per coop and campaign, in the database.
        b.HasIndex(x => new { x.CoopId, x.CampaignId }).IsUnique();
        b.HasIndex(x => x.CampaignId);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.HasOne<Campaign>().WithMany().HasForeignKey(x => x.CampaignId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Items).WithOne().HasForeignKey(x => x.AssessmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AssessmentItemConfiguration : IEntityTypeConfiguration<AssessmentItem>
{
    public void Configure(EntityTypeBuilder<AssessmentItem> b)
    {
        b.ToTable("assessment_items");
        b.HasIndex(x => new { x.CoopId, x.AssessmentId, x.RecommendationId }).IsUnique();
        b.HasIndex(x => x.AssessmentId);
        b.Property(x => x.Code).HasMaxLength(40);
        b.Property(x => x.TitleFr).HasMaxLength(300);
        b.Property(x => x.TitleEn).HasMaxLength(300);
        b.Property(x => x.SectionTitleFr).HasMaxLength(200);
        b.Property(x => x.SectionTitleEn).HasMaxLength(200);
        b.Property(x => x.ApplicabilityNote).HasMaxLength(300);
        b.Property(x => x.Answer).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Justification).HasMaxLength(2000);
        b.Property(x => x.Comment).HasMaxLength(4000);
        b.Property(x => x.ReviewComment).HasMaxLength(2000);
        b.HasMany(x => x.Evidence).WithOne().HasForeignKey(x => x.ItemId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EvidenceConfiguration : IEntityTypeConfiguration<Evidence>
{
    public void Configure(EntityTypeBuilder<Evidence> b)
    {
        b.ToTable("evidence");
        b.HasIndex(x => new { x.CoopId, x.UploadedAt });
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.FileName).HasMaxLength(255);
        b.Property(x => x.ContentType).HasMaxLength(120);
        b.Property(x => x.Sha256).HasMaxLength(64);
    }
}

internal sealed class ItemEvidenceConfiguration : IEntityTypeConfiguration<ItemEvidence>
{
    public void Configure(EntityTypeBuilder<ItemEvidence> b)
    {
        b.ToTable("item_evidence");
        b.HasKey(x => new { x.ItemId, x.EvidenceId });
        b.HasIndex(x => new { x.CoopId, x.EvidenceId });
        b.HasOne<Evidence>().WithMany().HasForeignKey(x => x.EvidenceId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AuditVisitConfiguration : IEntityTypeConfiguration<AuditVisit>
{
    public void Configure(EntityTypeBuilder<AuditVisit> b)
    {
        b.ToTable("audit_visits");
        b.HasIndex(x => new { x.CoopId, x.AssessmentId });
        b.Property(x => x.Summary).HasMaxLength(4000);
        b.HasOne<Assessment>().WithMany().HasForeignKey(x => x.AssessmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FindingConfiguration : IEntityTypeConfiguration<Finding>
{
    public void Configure(EntityTypeBuilder<Finding> b)
    {
        b.ToTable("findings");
        b.HasIndex(x => new { x.CoopId, x.AssessmentId });
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(24);
        b.Property(x => x.Text).HasMaxLength(4000);
        b.HasOne<AuditVisit>().WithMany().HasForeignKey(x => x.VisitId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ActionItemConfiguration : IEntityTypeConfiguration<ActionItem>
{
    public void Configure(EntityTypeBuilder<ActionItem> b)
    {
        b.ToTable("action_items");
        b.HasIndex(x => new { x.CoopId, x.AssessmentId });
        b.HasIndex(x => new { x.Status, x.DueOn });
        b.Property(x => x.Title).HasMaxLength(500);
        b.Property(x => x.Owner).HasMaxLength(200);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.HasOne<Finding>().WithMany().HasForeignKey(x => x.FindingId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Evidence>().WithMany().HasForeignKey(x => x.ProofEvidenceId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ReminderSentConfiguration : IEntityTypeConfiguration<ReminderSent>
{
    public void Configure(EntityTypeBuilder<ReminderSent> b)
    {
        b.ToTable("reminders_sent");
        b.HasKey(x => x.Key);
        b.Property(x => x.Key).HasMaxLength(120);
    }
}
