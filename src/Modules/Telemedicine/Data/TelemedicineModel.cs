using CoopSante.Platform.Encryption;
using CoopSante.Telemedicine.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopSante.Telemedicine.Data;

// Table names are unique across modules (SQLite has no schemas): every one starts with "tele_".

internal sealed class TelemedicineProgramConfiguration : IEntityTypeConfiguration<TelemedicineProgram>
{
    public void Configure(EntityTypeBuilder<TelemedicineProgram> b)
    {
        b.ToTable("tele_programs");
        b.Property(x => x.ProviderName).HasMaxLength(200);
        b.Property(x => x.ProviderDescription).HasMaxLength(2000);
        b.Property(x => x.ProviderContactName).HasMaxLength(200);
        b.Property(x => x.ProviderContactEmail).HasMaxLength(254);
        b.Property(x => x.ProviderContactPhone).HasMaxLength(30);
        b.Property(x => x.ConsentTextVersion).HasMaxLength(20);
    }
}

internal sealed class ProgramPriceConfiguration : IEntityTypeConfiguration<ProgramPrice>
{
    public void Configure(EntityTypeBuilder<ProgramPrice> b)
    {
        b.ToTable("tele_prices");
        b.HasIndex(x => x.EffectiveFrom).IsUnique();
        b.Property(x => x.HouseholdMonthlyPrice).HasPrecision(10, 2);
    }
}

internal sealed class ProviderFeeConfiguration : IEntityTypeConfiguration<ProviderFee>
{
    public void Configure(EntityTypeBuilder<ProviderFee> b)
    {
        b.ToTable("tele_provider_fees");
        b.HasIndex(x => x.EffectiveFrom).IsUnique();
        b.Property(x => x.FeePerHousehold).HasPrecision(10, 2);
    }
}

internal sealed class ProgramTaxConfiguration : IEntityTypeConfiguration<ProgramTax>
{
    public void Configure(EntityTypeBuilder<ProgramTax> b)
    {
        b.ToTable("tele_taxes");
        b.Property(x => x.Name).HasMaxLength(20);
        b.Property(x => x.RegistrationNumber).HasMaxLength(30);
        b.Property(x => x.Rate).HasPrecision(6, 5);
    }
}

internal sealed class ParticipatingCoopConfiguration : IEntityTypeConfiguration<ParticipatingCoop>
{
    public void Configure(EntityTypeBuilder<ParticipatingCoop> b)
    {
        b.ToTable("tele_participating_coops");
        b.HasIndex(x => new { x.CoopId, x.StartsOn }).IsUnique();
    }
}

internal sealed class EnrolmentConfiguration : IEntityTypeConfiguration<Enrolment>
{
    public void Configure(EntityTypeBuilder<Enrolment> b)
    {
        b.ToTable("tele_enrolments");
        // One active enrolment per household, held by the database (two enrolments at once: one wins).
        b.HasIndex(x => new { x.CoopId, x.MemberId }).IsUnique().HasFilter("status = 'Active'").HasDatabaseName("ux_tele_enrolments_active_household");
        b.HasIndex(x => new { x.CoopId, x.Status, x.CoverageStart });
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.PaymentMethod).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Channel).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.DunningState).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.MemberName).HasMaxLength(400);
        b.Property(x => x.Email).HasMaxLength(254);
        b.Property(x => x.Language).HasMaxLength(2);
        b.Property(x => x.CancellationReason).HasMaxLength(500);
        b.HasMany(x => x.People).WithOne().HasForeignKey(x => x.EnrolmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CoveredPersonConfiguration : IEntityTypeConfiguration<CoveredPerson>
{
    public void Configure(EntityTypeBuilder<CoveredPerson> b)
    {
        b.ToTable("tele_covered_people");
        b.HasIndex(x => new { x.CoopId, x.UpdatedAt });
        b.HasIndex(x => x.PersonId);
        b.HasIndex(x => new { x.CoopId, x.RegisterPersonId });
        b.HasIndex(x => x.UpdatedAt);
        b.Property(x => x.Relationship).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.FamilyName).HasMaxLength(200);
        b.Property(x => x.GivenName).HasMaxLength(200);
        b.Property(x => x.Email).HasMaxLength(254);
        b.Property(x => x.Language).HasMaxLength(2);
    }
}

internal sealed class HouseholdChangeConfiguration : IEntityTypeConfiguration<HouseholdChange>
{
    public void Configure(EntityTypeBuilder<HouseholdChange> b)
    {
        b.ToTable("tele_household_changes");
        b.HasIndex(x => new { x.CoopId, x.EnrolmentId });
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        b.HasOne<Enrolment>().WithMany().HasForeignKey(x => x.EnrolmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RosterConsentConfiguration : IEntityTypeConfiguration<RosterConsent>
{
    public void Configure(EntityTypeBuilder<RosterConsent> b)
    {
        b.ToTable("tele_roster_consents");
        b.HasIndex(x => new { x.CoopId, x.EnrolmentId });
        b.Property(x => x.TextVersion).HasMaxLength(20);
        b.Property(x => x.Channel).HasConversion<string>().HasMaxLength(16);
        b.HasOne<Enrolment>().WithMany().HasForeignKey(x => x.EnrolmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PadAgreementConfiguration : IEntityTypeConfiguration<PadAgreement>
{
    public void Configure(EntityTypeBuilder<PadAgreement> b)
    {
        b.ToTable("tele_pad_agreements");
        b.HasIndex(x => new { x.CoopId, x.EnrolmentId });
        b.Property(x => x.PayorName).HasMaxLength(400);
        b.Property(x => x.InstitutionNumber).HasMaxLength(3);
        b.Property(x => x.TransitNumber).HasMaxLength(5);
        b.Property(x => x.AccountNumber).HasMaxLength(200).IsEncrypted();
        b.Property(x => x.AccountMasked).HasMaxLength(20);
        b.Property(x => x.AcceptedByName).HasMaxLength(400);
        b.Property(x => x.Language).HasMaxLength(2);
        b.HasOne<Enrolment>().WithMany().HasForeignKey(x => x.EnrolmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RosterReadConfiguration : IEntityTypeConfiguration<RosterRead>
{
    public void Configure(EntityTypeBuilder<RosterRead> b)
    {
        b.ToTable("tele_roster_reads");
        b.HasIndex(x => new { x.CoopId, x.ReadAt });
        b.Property(x => x.ClientName).HasMaxLength(200);
        b.Property(x => x.Kind).HasMaxLength(20);
    }
}
