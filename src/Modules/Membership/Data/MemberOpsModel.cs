using CoopSante.Membership.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopSante.Membership.Data;

internal sealed class MemberCategoryChangeConfiguration : IEntityTypeConfiguration<MemberCategoryChange>
{
    public void Configure(EntityTypeBuilder<MemberCategoryChange> b)
    {
        b.ToTable("member_category_changes");
        b.HasIndex(x => x.MemberId);
        b.Property(x => x.From).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.To).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.ResolutionNumber).HasMaxLength(50);
        b.Property(x => x.Reason).HasMaxLength(500);
        b.HasOne<Member>().WithMany().HasForeignKey(x => x.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ShareRefundRequestConfiguration : IEntityTypeConfiguration<ShareRefundRequest>
{
    public void Configure(EntityTypeBuilder<ShareRefundRequest> b)
    {
        b.ToTable("share_refund_requests");
        b.HasIndex(x => new { x.CoopId, x.Status, x.RequestedOn });
        b.HasIndex(x => x.MemberId);
        b.Property(x => x.Ground).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Class).HasConversion<string>().HasMaxLength(16).HasDefaultValue(ShareClass.Qualifying).HasSentinel(ShareClass.None);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.PaidBy).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Amount).HasPrecision(12, 2);
        b.HasOne<Member>().WithMany().HasForeignKey(x => x.MemberId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<RefundBatch>().WithMany().HasForeignKey(x => x.BatchId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RefundBatchConfiguration : IEntityTypeConfiguration<RefundBatch>
{
    public void Configure(EntityTypeBuilder<RefundBatch> b)
    {
        b.ToTable("refund_batches");
        b.HasIndex(x => new { x.CoopId, x.DecidedOn });
        b.Property(x => x.ResolutionNumber).HasMaxLength(50);
        b.Property(x => x.Assessment).HasMaxLength(2000);
        b.Property(x => x.Total).HasPrecision(14, 2);
    }
}

internal sealed class DisciplinaryProceedingConfiguration : IEntityTypeConfiguration<DisciplinaryProceeding>
{
    public void Configure(EntityTypeBuilder<DisciplinaryProceeding> b)
    {
        b.ToTable("disciplinary_proceedings");
        b.HasIndex(x => x.MemberId);
        b.Property(x => x.Sanction).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Stage).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Grounds).HasMaxLength(2000);
        b.Property(x => x.Representations).HasMaxLength(2000);
        b.Property(x => x.ResolutionNumber).HasMaxLength(50);
        b.Property(x => x.LetterReasons).HasMaxLength(2000);
        b.HasOne<Member>().WithMany().HasForeignKey(x => x.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}
