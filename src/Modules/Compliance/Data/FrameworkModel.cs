using CoopSante.Compliance.Frameworks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopSante.Compliance.Data;

internal sealed class FrameworkConfiguration : IEntityTypeConfiguration<Framework>
{
    public void Configure(EntityTypeBuilder<Framework> b)
    {
        b.ToTable("frameworks");
        b.HasKey(f => f.Id);
        b.Property(f => f.Name).HasMaxLength(Framework.NameMax);
        b.HasMany(f => f.Versions).WithOne().HasForeignKey(v => v.FrameworkId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FrameworkVersionConfiguration : IEntityTypeConfiguration<FrameworkVersion>
{
    public void Configure(EntityTypeBuilder<FrameworkVersion> b)
    {
        b.ToTable("framework_versions");
        b.HasKey(v => v.Id);
        b.HasIndex(v => new { v.FrameworkId, v.Number }).IsUnique();
        b.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(v => v.Notes).HasMaxLength(FrameworkVersion.NotesMax);
        b.HasMany(v => v.Sections).WithOne().HasForeignKey(s => s.VersionId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(v => v.Recommendations).WithOne().HasForeignKey(r => r.VersionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SectionConfiguration : IEntityTypeConfiguration<Section>
{
    public void Configure(EntityTypeBuilder<Section> b)
    {
        b.ToTable("framework_sections");
        b.HasKey(s => s.Id);
        b.HasIndex(s => new { s.VersionId, s.Order });
        b.Property(s => s.TitleFr).HasMaxLength(Section.TitleMax);
        b.Property(s => s.TitleEn).HasMaxLength(Section.TitleMax);
    }
}

internal sealed class RecommendationConfiguration : IEntityTypeConfiguration<Recommendation>
{
    public void Configure(EntityTypeBuilder<Recommendation> b)
    {
        b.ToTable("recommendations");
        b.HasKey(r => r.Id);
        b.HasIndex(r => new { r.VersionId, r.Code }).IsUnique();
        b.HasIndex(r => new { r.SectionId, r.Order });
        b.Property(r => r.Code).HasMaxLength(Recommendation.CodeMax);
        b.Property(r => r.TitleFr).HasMaxLength(Recommendation.TitleMax);
        b.Property(r => r.TitleEn).HasMaxLength(Recommendation.TitleMax);
        b.Property(r => r.StatementFr).HasMaxLength(Recommendation.TextMax);
        b.Property(r => r.StatementEn).HasMaxLength(Recommendation.TextMax);
        b.Property(r => r.GuidanceFr).HasMaxLength(Recommendation.TextMax);
        b.Property(r => r.GuidanceEn).HasMaxLength(Recommendation.TextMax);
        b.Property(r => r.LegalReferences).HasMaxLength(Recommendation.LegalReferencesMax);
        b.Property(r => r.ExpectedEvidenceFr).HasMaxLength(Recommendation.TextMax);
        b.Property(r => r.ExpectedEvidenceEn).HasMaxLength(Recommendation.TextMax);
        b.Property(r => r.Applicability).HasConversion<string>().HasMaxLength(30);
        b.ToTable(t => t.HasCheckConstraint("ck_recommendations_criticality", "criticality BETWEEN 1 AND 3"));
        // A section belongs to the same version; deleting a section with recommendations is refused by the feature, and by the key.
        b.HasOne<Section>().WithMany().HasForeignKey(r => r.SectionId).OnDelete(DeleteBehavior.Restrict);
    }
}
