using CoopSante.Compliance.Consultations;
using CoopSante.Compliance.Frameworks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopSante.Compliance.Data;

internal sealed class ConsultationConfiguration : IEntityTypeConfiguration<Consultation>
{
    public void Configure(EntityTypeBuilder<Consultation> b)
    {
        b.ToTable("consultations");
        b.HasKey(c => c.Id);
        b.HasIndex(c => c.VersionId).IsUnique();
        b.HasOne<FrameworkVersion>().WithMany().HasForeignKey(c => c.VersionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ConsultationReviewerConfiguration : IEntityTypeConfiguration<ConsultationReviewer>
{
    public void Configure(EntityTypeBuilder<ConsultationReviewer> b)
    {
        b.ToTable("consultation_reviewers");
        b.HasKey(r => r.Id);
        b.HasIndex(r => new { r.ConsultationId, r.UserId }).IsUnique();
        b.HasIndex(r => r.UserId);
        b.Property(r => r.Email).HasMaxLength(256);
        b.Property(r => r.DisplayName).HasMaxLength(ConsultationReviewer.NameMax);
        b.Property(r => r.Organization).HasMaxLength(ConsultationReviewer.OrganizationMax);
        b.HasOne<Consultation>().WithMany().HasForeignKey(r => r.ConsultationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ConsultationCommentConfiguration : IEntityTypeConfiguration<ConsultationComment>
{
    public void Configure(EntityTypeBuilder<ConsultationComment> b)
    {
        b.ToTable("consultation_comments");
        b.HasKey(c => c.Id);
        b.HasIndex(c => new { c.ConsultationId, c.RecommendationId, c.PostedAt });
        b.Property(c => c.AuthorName).HasMaxLength(ConsultationReviewer.NameMax);
        b.Property(c => c.AuthorOrganization).HasMaxLength(ConsultationReviewer.OrganizationMax);
        b.Property(c => c.Body).HasMaxLength(ConsultationComment.BodyMax);
        b.Property(c => c.OutcomeReason).HasMaxLength(ConsultationComment.ReasonMax);
        b.Property(c => c.Outcome).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.HasOne<Consultation>().WithMany().HasForeignKey(c => c.ConsultationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Recommendation>().WithMany().HasForeignKey(c => c.RecommendationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ConsultationComment>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
