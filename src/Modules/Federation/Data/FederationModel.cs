using CoopSante.Federation.Coops;
using CoopSante.Federation.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopSante.Federation.Data;

internal sealed class CoopConfiguration : IEntityTypeConfiguration<Coop>
{
    public void Configure(EntityTypeBuilder<Coop> b)
    {
        b.ToTable("coops");
        b.HasKey(c => c.Id);
        b.Property(c => c.Name).HasMaxLength(Coop.NameMax);
        b.Property(c => c.LegalName).HasMaxLength(Coop.NameMax);
        b.Property(c => c.Neq).HasMaxLength(10);
        b.HasIndex(c => c.Neq).IsUnique();
        b.Property(c => c.Address).HasMaxLength(Coop.AddressMax);
        b.Property(c => c.City).HasMaxLength(Coop.CityMax);
        b.Property(c => c.PostalCode).HasMaxLength(7);
        b.Property(c => c.RegionCode).HasMaxLength(2);
        b.HasIndex(c => c.RegionCode);
        b.Property(c => c.Phone).HasMaxLength(40);
        b.Property(c => c.Email).HasMaxLength(Coop.EmailMax);
        b.Property(c => c.Website).HasMaxLength(Coop.WebsiteMax + 20);
        b.Property(c => c.Description).HasMaxLength(Coop.DescriptionMax);
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(c => c.Status);
        b.Property(c => c.SearchText).HasMaxLength(700);
        b.HasIndex(c => c.SearchText);
        b.ComplexProperty(c => c.Hours, h =>
        {
            h.Property(x => x.Monday).HasMaxLength(Coop.HoursMax);
            h.Property(x => x.Tuesday).HasMaxLength(Coop.HoursMax);
            h.Property(x => x.Wednesday).HasMaxLength(Coop.HoursMax);
            h.Property(x => x.Thursday).HasMaxLength(Coop.HoursMax);
            h.Property(x => x.Friday).HasMaxLength(Coop.HoursMax);
            h.Property(x => x.Saturday).HasMaxLength(Coop.HoursMax);
            h.Property(x => x.Sunday).HasMaxLength(Coop.HoursMax);
        });
        b.HasMany(c => c.Services).WithOne().HasForeignKey(s => s.CoopId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CoopServiceConfiguration : IEntityTypeConfiguration<CoopService>
{
    public void Configure(EntityTypeBuilder<CoopService> b)
    {
        b.ToTable("coop_services");
        b.HasKey(s => new { s.CoopId, s.ServiceCode });
        b.Property(s => s.ServiceCode).HasMaxLength(HealthService.CodeMax);
        b.HasIndex(s => s.ServiceCode);
        b.HasOne<HealthService>().WithMany().HasForeignKey(s => s.ServiceCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class HealthServiceConfiguration : IEntityTypeConfiguration<HealthService>
{
    public void Configure(EntityTypeBuilder<HealthService> b)
    {
        b.ToTable("health_services");
        b.HasKey(s => s.Code);
        b.Property(s => s.Code).HasMaxLength(HealthService.CodeMax);
        b.Property(s => s.NameFr).HasMaxLength(HealthService.NameMax);
        b.Property(s => s.NameEn).HasMaxLength(HealthService.NameMax);
        b.HasData(HealthService.Initial.Select(s => new HealthService { Code = s.Code, NameFr = s.NameFr, NameEn = s.NameEn, SortOrder = s.SortOrder }));
    }
}

internal sealed class CoopChangeConfiguration : IEntityTypeConfiguration<CoopChange>
{
    public void Configure(EntityTypeBuilder<CoopChange> b)
    {
        b.ToTable("coop_changes");
        b.HasKey(c => c.Id);
        b.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.ActorName).HasMaxLength(200);
        b.HasIndex(c => new { c.CoopId, c.OccurredAt });
        b.HasOne<Coop>().WithMany().HasForeignKey(c => c.CoopId).OnDelete(DeleteBehavior.Cascade);
    }
}
