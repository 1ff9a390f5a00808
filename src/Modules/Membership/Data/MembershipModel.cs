using CoopSante.Membership.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopSante.Membership.Data;

// Table names are unique across modules: SQLite has no schemas.

internal sealed class BylawsVersionConfiguration : IEntityTypeConfiguration<BylawsVersion>
{
    public void Configure(EntityTypeBuilder<BylawsVersion> b)
    {
        b.ToTable("bylaws_versions");
        b.HasIndex(x => new { x.CoopId, x.EffectiveFrom });
        b.Property(x => x.AnnualContribution).HasPrecision(12, 2);
        b.Property(x => x.MinimumShareCapital).HasPrecision(14, 2);
        b.Property(x => x.PreferredShareUnitValue).HasPrecision(12, 2);
        b.Property(x => x.QuorumKind).HasConversion<string>().HasMaxLength(16);
        b.HasMany(x => x.Categories).WithOne().HasForeignKey(x => x.BylawsVersionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CategoryTermsConfiguration : IEntityTypeConfiguration<CategoryTerms>
{
    public void Configure(EntityTypeBuilder<CategoryTerms> b)
    {
        b.ToTable("bylaws_category_terms");
        b.HasIndex(x => new { x.BylawsVersionId, x.Category }).IsUnique();
        b.Property(x => x.Category).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.ShareUnitValue).HasPrecision(12, 2);
        b.Ignore(x => x.QualifyingAmount);
    }
}

internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> b)
    {
        b.ToTable("members");
        b.HasIndex(x => new { x.CoopId, x.MemberNumber }).IsUnique();
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Category).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.FamilyName).HasMaxLength(200);
        b.Property(x => x.GivenName).HasMaxLength(200);
        b.Property(x => x.Street).HasMaxLength(200);
        b.Property(x => x.City).HasMaxLength(100);
        b.Property(x => x.Province).HasMaxLength(2);
        b.Property(x => x.PostalCode).HasMaxLength(7);
        b.Property(x => x.Phone).HasMaxLength(30);
        b.Property(x => x.Email).HasMaxLength(254);
        b.Property(x => x.PreferredLanguage).HasMaxLength(2);
        b.Property(x => x.SearchText).HasMaxLength(800);
        b.Property(x => x.SharesSubscribed).HasPrecision(12, 2);
        b.Property(x => x.SharesPaid).HasPrecision(12, 2);
        b.Ignore(x => x.SharesOwing);
    }
}

internal sealed class MemberStatusChangeConfiguration : IEntityTypeConfiguration<MemberStatusChange>
{
    public void Configure(EntityTypeBuilder<MemberStatusChange> b)
    {
        b.ToTable("member_status_changes");
        b.HasIndex(x => x.MemberId);
        b.Property(x => x.From).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.To).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Reason).HasMaxLength(500);
        b.Property(x => x.ResolutionNumber).HasMaxLength(50);
        b.HasOne<Member>().WithMany().HasForeignKey(x => x.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MembershipCounterConfiguration : IEntityTypeConfiguration<MembershipCounter>
{
    public void Configure(EntityTypeBuilder<MembershipCounter> b)
    {
        b.ToTable("membership_counters");
        b.HasKey(x => new { x.CoopId, x.Name });
        b.Property(x => x.Name).HasMaxLength(32);
    }
}

internal sealed class MemberApplicationConfiguration : IEntityTypeConfiguration<MemberApplication>
{
    public void Configure(EntityTypeBuilder<MemberApplication> b)
    {
        b.ToTable("member_applications");
        b.HasIndex(x => new { x.CoopId, x.Status });
        b.HasIndex(x => x.MemberId);
        b.Property(x => x.Channel).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.ConsentTextVersion).HasMaxLength(50);
        b.Property(x => x.RefusalReason).HasMaxLength(500);
        b.Property(x => x.GuardianName).HasMaxLength(200);
        b.Property(x => x.GuardianRelationship).HasConversion<string>().HasMaxLength(16);
        b.HasOne<Member>().WithMany().HasForeignKey(x => x.MemberId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<AdmissionDecision>().WithMany().HasForeignKey(x => x.DecisionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AdmissionDecisionConfiguration : IEntityTypeConfiguration<AdmissionDecision>
{
    public void Configure(EntityTypeBuilder<AdmissionDecision> b)
    {
        b.ToTable("admission_decisions");
        b.Property(x => x.ResolutionNumber).HasMaxLength(50);
    }
}

internal sealed class MemberConsentConfiguration : IEntityTypeConfiguration<MemberConsent>
{
    public void Configure(EntityTypeBuilder<MemberConsent> b)
    {
        b.ToTable("member_consents");
        b.HasIndex(x => x.MemberId);
        b.Property(x => x.Purpose).HasMaxLength(50);
        b.Property(x => x.TextVersion).HasMaxLength(50);
        b.Property(x => x.Channel).HasConversion<string>().HasMaxLength(16);
        b.HasOne<Member>().WithMany().HasForeignKey(x => x.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ShareTransactionConfiguration : IEntityTypeConfiguration<ShareTransaction>
{
    public void Configure(EntityTypeBuilder<ShareTransaction> b)
    {
        b.ToTable("share_transactions");
        b.HasIndex(x => new { x.MemberId, x.OccurredOn });
        // Only receipts are numbered: ledger lines without one (subscriptions, imported balances) stay out of this index.
        b.HasIndex(x => new { x.CoopId, x.ReceiptNumber }).IsUnique().HasFilter("receipt_number IS NOT NULL");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Method).HasConversion<string>().HasMaxLength(16);
        // Lines written before share classes were modelled are qualifying shares.
        b.Property(x => x.Class).HasConversion<string>().HasMaxLength(16).HasDefaultValue(ShareClass.Qualifying).HasSentinel(ShareClass.None);
        b.Property(x => x.Amount).HasPrecision(12, 2);
        b.Property(x => x.SubscribedAmount).HasPrecision(12, 2);
        b.Property(x => x.ResolutionNumber).HasMaxLength(50);
        b.HasOne<Member>().WithMany().HasForeignKey(x => x.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class HouseholdPersonConfiguration : IEntityTypeConfiguration<HouseholdPerson>
{
    public void Configure(EntityTypeBuilder<HouseholdPerson> b)
    {
        b.ToTable("household_persons");
        b.HasIndex(x => x.MemberId);
        b.Property(x => x.Relationship).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.FamilyName).HasMaxLength(200);
        b.Property(x => x.GivenName).HasMaxLength(200);
        b.HasOne<Member>().WithMany().HasForeignKey(x => x.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}
