using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopSante.Federation.Advantages;

internal sealed class AdvantageConfiguration : IEntityTypeConfiguration<Advantage>
{
    public void Configure(EntityTypeBuilder<Advantage> b)
    {
        // The database keeps the rule too: an advantage never ends before it starts.
        b.ToTable("advantages", t => t.HasCheckConstraint("ck_advantages_validity", "valid_until IS NULL OR valid_until >= valid_from"));
        b.HasKey(x => x.Id);
        b.Property(x => x.Supplier).HasMaxLength(Advantage.SupplierMax);
        b.Property(x => x.TitleFr).HasMaxLength(Advantage.TitleMax);
        b.Property(x => x.TitleEn).HasMaxLength(Advantage.TitleMax);
        foreach (var text in new[] { nameof(Advantage.DescriptionFr), nameof(Advantage.DescriptionEn), nameof(Advantage.ConditionsFr), nameof(Advantage.ConditionsEn),
                     nameof(Advantage.HowToClaimFr), nameof(Advantage.HowToClaimEn) })
            b.Property(text).HasMaxLength(Advantage.TextMax);
        b.Property(x => x.Audience).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Beneficiaries).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(x => new { x.ValidFrom, x.ValidUntil });
        b.HasMany(x => x.Targets).WithOne().HasForeignKey(t => t.AdvantageId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AdvantageTargetConfiguration : IEntityTypeConfiguration<AdvantageTarget>
{
    public void Configure(EntityTypeBuilder<AdvantageTarget> b)
    {
        b.ToTable("advantage_targets");
        b.HasKey(x => x.Id);
        b.Property(x => x.RegionCode).HasMaxLength(2);
        b.HasIndex(x => x.RegionCode);
        b.HasIndex(x => x.CoopId);
    }
}
