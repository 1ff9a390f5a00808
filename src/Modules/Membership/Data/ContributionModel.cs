using CoopSante.Membership.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopSante.Membership.Data;

internal sealed class ContributionChargeConfiguration : IEntityTypeConfiguration<ContributionCharge>
{
    public void Configure(EntityTypeBuilder<ContributionCharge> b)
    {
        // One charge per member and fiscal year; payments and waivers never take a charge past its amount (ADR 0047).
        b.ToTable("contribution_charges", t =>
        {
            t.HasCheckConstraint("ck_contribution_charges_amount", "amount > 0");
            t.HasCheckConstraint("ck_contribution_charges_paid", "paid >= 0 AND waived >= 0 AND paid + waived <= amount");
        });
        b.HasIndex(x => new { x.MemberId, x.FiscalYear }).IsUnique();
        b.HasIndex(x => new { x.CoopId, x.FiscalYear });
        b.Property(x => x.Amount).HasPrecision(12, 2);
        b.Property(x => x.Paid).HasPrecision(12, 2);
        b.Property(x => x.Waived).HasPrecision(12, 2);
        b.Ignore(x => x.Balance);
        b.HasOne<Member>().WithMany().HasForeignKey(x => x.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ContributionPaymentConfiguration : IEntityTypeConfiguration<ContributionPayment>
{
    public void Configure(EntityTypeBuilder<ContributionPayment> b)
    {
        b.ToTable("contribution_payments", t => t.HasCheckConstraint("ck_contribution_payments_amount", "amount > 0"));
        b.HasIndex(x => new { x.CoopId, x.ReceiptNumber }).IsUnique();
        b.HasIndex(x => new { x.MemberId, x.FiscalYear });
        b.HasIndex(x => x.ChargeId);
        b.Property(x => x.Amount).HasPrecision(12, 2);
        b.Property(x => x.Method).HasConversion<string>().HasMaxLength(16);
        b.HasOne<ContributionCharge>().WithMany().HasForeignKey(x => x.ChargeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ContributionWaiverConfiguration : IEntityTypeConfiguration<ContributionWaiver>
{
    public void Configure(EntityTypeBuilder<ContributionWaiver> b)
    {
        b.ToTable("contribution_waivers", t => t.HasCheckConstraint("ck_contribution_waivers_amount", "amount > 0"));
        b.HasIndex(x => new { x.MemberId, x.FiscalYear });
        b.HasIndex(x => x.ChargeId);
        b.Property(x => x.Amount).HasPrecision(12, 2);
        b.Property(x => x.Reason).HasMaxLength(ContributionWaiver.MaxReason);
        b.HasOne<ContributionCharge>().WithMany().HasForeignKey(x => x.ChargeId).OnDelete(DeleteBehavior.Cascade);
    }
}
