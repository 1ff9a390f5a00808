using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopSante.Federation.Partnerships;

// The partnerships' tables, picked up by FederationDbContext's ApplyConfigurationsFromAssembly (features use db.Set<T>()).

internal sealed class PartnerConfiguration : IEntityTypeConfiguration<Partner>
{
    public void Configure(EntityTypeBuilder<Partner> b)
    {
        b.ToTable("partners");
        b.HasKey(x => x.Id);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Name).HasMaxLength(Partner.NameMax);
        b.Property(x => x.RegionCode).HasMaxLength(2);
        b.HasIndex(x => x.RegionCode);
        b.HasMany(x => x.Contacts).WithOne().HasForeignKey(c => c.PartnerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PartnerContactConfiguration : IEntityTypeConfiguration<PartnerContact>
{
    public void Configure(EntityTypeBuilder<PartnerContact> b)
    {
        b.ToTable("partner_contacts");
        b.HasKey(x => x.Id);
        b.Property(x => x.Name).HasMaxLength(PartnerContact.NameMax);
        b.Property(x => x.Role).HasMaxLength(PartnerContact.RoleMax);
        b.Property(x => x.Email).HasMaxLength(PartnerContact.EmailMax);
        b.Property(x => x.Phone).HasMaxLength(PartnerContact.PhoneMax);
    }
}

internal sealed class AgreementConfiguration : IEntityTypeConfiguration<Agreement>
{
    public void Configure(EntityTypeBuilder<Agreement> b)
    {
        b.ToTable("partnership_agreements", t => t.HasCheckConstraint("ck_partnership_agreements_dates", "ends_on IS NULL OR ends_on >= starts_on"));
        b.HasKey(x => x.Id);
        b.Property(x => x.Title).HasMaxLength(Agreement.TitleMax);
        b.Property(x => x.RegionCode).HasMaxLength(2);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(x => x.RegionCode);
        b.HasMany(x => x.Partners).WithOne().HasForeignKey(p => p.AgreementId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Coops).WithOne().HasForeignKey(c => c.AgreementId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Documents).WithOne().HasForeignKey(d => d.AgreementId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AgreementPartnerConfiguration : IEntityTypeConfiguration<AgreementPartner>
{
    public void Configure(EntityTypeBuilder<AgreementPartner> b)
    {
        b.ToTable("partnership_agreement_partners");
        b.HasKey(x => new { x.AgreementId, x.PartnerId });
        b.HasIndex(x => x.PartnerId);
        b.HasOne<Partner>().WithMany().HasForeignKey(x => x.PartnerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AgreementCoopConfiguration : IEntityTypeConfiguration<AgreementCoop>
{
    public void Configure(EntityTypeBuilder<AgreementCoop> b)
    {
        b.ToTable("partnership_agreement_coops");
        b.HasKey(x => new { x.AgreementId, x.CoopId });
        b.HasIndex(x => x.CoopId);
        b.HasOne<Coops.Coop>().WithMany().HasForeignKey(x => x.CoopId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AgreementDocumentConfiguration : IEntityTypeConfiguration<AgreementDocument>
{
    public void Configure(EntityTypeBuilder<AgreementDocument> b)
    {
        b.ToTable("partnership_documents");
        b.HasKey(x => x.Id);
        b.Property(x => x.FileName).HasMaxLength(255);
        b.Property(x => x.ContentType).HasMaxLength(200);
        b.HasIndex(x => new { x.AgreementId, x.FileId }).IsUnique();
    }
}

internal sealed class ObjectiveConfiguration : IEntityTypeConfiguration<Objective>
{
    public void Configure(EntityTypeBuilder<Objective> b)
    {
        b.ToTable("partnership_objectives");
        b.HasKey(x => x.Id);
        b.Property(x => x.Title).HasMaxLength(Objective.TitleMax);
        b.HasIndex(x => x.AgreementId);
        b.HasOne<Agreement>().WithMany().HasForeignKey(x => x.AgreementId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Indicators).WithOne().HasForeignKey(i => i.ObjectiveId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> b)
    {
        b.ToTable("partnership_indicators");
        b.HasKey(x => x.Id);
        b.Property(x => x.Name).HasMaxLength(Indicator.NameMax);
        b.Property(x => x.Unit).HasMaxLength(Indicator.UnitMax);
        b.Property(x => x.Baseline).HasPrecision(18, 4);
        b.Property(x => x.Target).HasPrecision(18, 4);
        b.Property(x => x.Current).HasPrecision(18, 4);
    }
}

internal sealed class ActionPlanConfiguration : IEntityTypeConfiguration<ActionPlan>
{
    public void Configure(EntityTypeBuilder<ActionPlan> b)
    {
        b.ToTable("partnership_action_plans");
        b.HasKey(x => x.Id);
        b.Property(x => x.Title).HasMaxLength(ActionPlan.TitleMax);
        b.HasIndex(x => x.AgreementId);
        b.HasOne<Agreement>().WithMany().HasForeignKey(x => x.AgreementId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Actions).WithOne().HasForeignKey(a => a.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlanActionConfiguration : IEntityTypeConfiguration<PlanAction>
{
    public void Configure(EntityTypeBuilder<PlanAction> b)
    {
        b.ToTable("partnership_actions");
        b.HasKey(x => x.Id);
        b.Property(x => x.Title).HasMaxLength(PlanAction.TitleMax);
        b.Property(x => x.OwnerSide).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.OwnerName).HasMaxLength(PlanAction.OwnerNameMax);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(x => new { x.AgreementId, x.Status, x.DueOn });
        b.HasOne<PartnerContact>().WithMany().HasForeignKey(x => x.OwnerContactId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Notes).WithOne().HasForeignKey(n => n.ActionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ActionNoteConfiguration : IEntityTypeConfiguration<ActionNote>
{
    public void Configure(EntityTypeBuilder<ActionNote> b)
    {
        b.ToTable("partnership_action_notes");
        b.HasKey(x => x.Id);
        b.Property(x => x.Author).HasMaxLength(200);
        b.Property(x => x.Text).HasMaxLength(ActionNote.TextMax);
    }
}

internal sealed class ConsultationEventConfiguration : IEntityTypeConfiguration<ConsultationEvent>
{
    public void Configure(EntityTypeBuilder<ConsultationEvent> b)
    {
        b.ToTable("partnership_consultations");
        b.HasKey(x => x.Id);
        b.Property(x => x.Title).HasMaxLength(ConsultationEvent.TitleMax);
        b.Property(x => x.Minutes).HasMaxLength(ConsultationEvent.MinutesMax);
        b.HasIndex(x => new { x.AgreementId, x.HeldOn });
        b.HasOne<Agreement>().WithMany().HasForeignKey(x => x.AgreementId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Participants).WithOne().HasForeignKey(p => p.EventId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Outcomes).WithOne().HasForeignKey(o => o.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ConsultationParticipantConfiguration : IEntityTypeConfiguration<ConsultationParticipant>
{
    public void Configure(EntityTypeBuilder<ConsultationParticipant> b)
    {
        b.ToTable("partnership_consultation_participants");
        b.HasKey(x => x.Id);
        b.HasIndex(x => x.EventId);
    }
}

internal sealed class ConsultationOutcomeConfiguration : IEntityTypeConfiguration<ConsultationOutcome>
{
    public void Configure(EntityTypeBuilder<ConsultationOutcome> b)
    {
        b.ToTable("partnership_consultation_outcomes");
        b.HasKey(x => x.Id);
        b.Property(x => x.Text).HasMaxLength(ConsultationOutcome.TextMax);
        b.Property(x => x.RecommendationCode).HasMaxLength(20);
        b.HasIndex(x => x.EventId);
    }
}
