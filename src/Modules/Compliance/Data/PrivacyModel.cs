using CoopSante.Compliance.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopSante.Compliance.Data;

internal sealed class PrivacyOfficerConfiguration : IEntityTypeConfiguration<PrivacyOfficer>
{
    public void Configure(EntityTypeBuilder<PrivacyOfficer> b)
    {
        b.ToTable("privacy_officers");
        b.HasKey(o => o.Id);
        b.HasIndex(o => o.CoopId).IsUnique(); // one person in charge per coop
        b.Property(o => o.Name).HasMaxLength(PrivacyOfficer.NameMax);
        b.Property(o => o.Title).HasMaxLength(PrivacyOfficer.NameMax);
        b.Property(o => o.Email).HasMaxLength(PrivacyOfficer.EmailMax);
        b.Property(o => o.Phone).HasMaxLength(PrivacyOfficer.PhoneMax);
    }
}

internal sealed class ConfidentialityIncidentConfiguration : IEntityTypeConfiguration<ConfidentialityIncident>
{
    public void Configure(EntityTypeBuilder<ConfidentialityIncident> b)
    {
        b.ToTable("confidentiality_incidents");
        b.HasKey(i => i.Id);
        b.HasIndex(i => new { i.CoopId, i.Number }).IsUnique();
        b.HasIndex(i => new { i.CoopId, i.OccurredOn });
        b.Property(i => i.Description).HasMaxLength(ConfidentialityIncident.TextMax);
        b.Property(i => i.InformationConcerned).HasMaxLength(ConfidentialityIncident.TextMax);
        b.Property(i => i.Measures).HasMaxLength(ConfidentialityIncident.TextMax);
    }
}

internal sealed class IncidentRegisterReviewConfiguration : IEntityTypeConfiguration<IncidentRegisterReview>
{
    public void Configure(EntityTypeBuilder<IncidentRegisterReview> b)
    {
        b.ToTable("incident_register_reviews");
        b.HasKey(r => r.Id);
        b.HasIndex(r => new { r.CoopId, r.ReviewedOn });
        b.Property(r => r.ReviewedBy).HasMaxLength(PrivacyOfficer.NameMax);
        b.Property(r => r.Notes).HasMaxLength(IncidentRegisterReview.NotesMax);
    }
}

internal sealed class PrivacyImpactAssessmentConfiguration : IEntityTypeConfiguration<PrivacyImpactAssessment>
{
    public void Configure(EntityTypeBuilder<PrivacyImpactAssessment> b)
    {
        b.ToTable("privacy_impact_assessments");
        b.HasKey(a => a.Id);
        b.HasIndex(a => new { a.CoopId, a.StartedOn });
        b.Property(a => a.Project).HasMaxLength(PrivacyImpactAssessment.ProjectMax);
        b.Property(a => a.Conclusion).HasMaxLength(PrivacyImpactAssessment.TextMax);
        b.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
    }
}
