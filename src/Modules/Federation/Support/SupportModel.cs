using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopSante.Federation.Support;

internal sealed class SupportRequestConfiguration : IEntityTypeConfiguration<SupportRequest>
{
    public void Configure(EntityTypeBuilder<SupportRequest> b)
    {
        b.ToTable("support_requests");
        b.HasKey(x => x.Id);
        b.Property(x => x.Reference).HasMaxLength(20);
        b.HasIndex(x => x.Reference).IsUnique();
        b.Property(x => x.Category).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Subject).HasMaxLength(SupportRequest.SubjectMax);
        b.Property(x => x.Description).HasMaxLength(SupportRequest.TextMax);
        b.Property(x => x.OpenedByName).HasMaxLength(200);
        b.Property(x => x.AdviserName).HasMaxLength(200);
        b.Property(x => x.ClosedByName).HasMaxLength(200);
        b.Property(x => x.Resolution).HasMaxLength(SupportRequest.ResolutionMax);
        b.Property(x => x.RatingComment).HasMaxLength(SupportRequest.CommentMax);
        b.HasIndex(x => new { x.CoopId, x.OpenedAt });
        b.HasIndex(x => new { x.Status, x.OpenedAt });
        b.HasIndex(x => x.AdviserId);
        b.ToTable(t => t.HasCheckConstraint("ck_support_requests_rating", "rating IS NULL OR (rating BETWEEN 1 AND 5)"));
        b.HasOne<Coops.Coop>().WithMany().HasForeignKey(x => x.CoopId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Messages).WithOne().HasForeignKey(m => m.RequestId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Attachments).WithOne().HasForeignKey(a => a.RequestId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Quotes).WithOne().HasForeignKey(q => q.RequestId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.TimeEntries).WithOne().HasForeignKey(t => t.RequestId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SupportMessageConfiguration : IEntityTypeConfiguration<SupportMessage>
{
    public void Configure(EntityTypeBuilder<SupportMessage> b)
    {
        b.ToTable("support_messages");
        b.HasKey(x => x.Id);
        b.Property(x => x.AuthorName).HasMaxLength(200);
        b.Property(x => x.Body).HasMaxLength(SupportRequest.TextMax);
        b.HasIndex(x => new { x.CoopId, x.RequestId });
    }
}

internal sealed class SupportAttachmentConfiguration : IEntityTypeConfiguration<SupportAttachment>
{
    public void Configure(EntityTypeBuilder<SupportAttachment> b)
    {
        b.ToTable("support_attachments");
        b.HasKey(x => x.Id);
        b.Property(x => x.FileName).HasMaxLength(255);
        b.Property(x => x.ContentType).HasMaxLength(200);
        b.HasIndex(x => new { x.CoopId, x.RequestId });
        b.HasIndex(x => new { x.RequestId, x.FileId }).IsUnique();
    }
}

internal sealed class SupportQuoteConfiguration : IEntityTypeConfiguration<SupportQuote>
{
    public void Configure(EntityTypeBuilder<SupportQuote> b)
    {
        b.ToTable("support_quotes");
        b.HasKey(x => x.Id);
        b.Property(x => x.Description).HasMaxLength(SupportQuote.DescriptionMax);
        b.Property(x => x.Hours).HasPrecision(7, 2);
        b.Property(x => x.HourlyRate).HasPrecision(9, 2);
        b.Property(x => x.Amount).HasPrecision(12, 2);
        b.Property(x => x.State).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.ProposedByName).HasMaxLength(200);
        b.Property(x => x.DecidedByName).HasMaxLength(200);
        b.HasIndex(x => new { x.CoopId, x.RequestId });
        // A negative or free quote never reaches the table, whatever the code above it does.
        b.ToTable(t =>
        {
            t.HasCheckConstraint("ck_support_quotes_rate_positive", "hourly_rate > 0");
            t.HasCheckConstraint("ck_support_quotes_hours_positive", "hours > 0");
        });
    }
}

internal sealed class SupportTimeEntryConfiguration : IEntityTypeConfiguration<SupportTimeEntry>
{
    public void Configure(EntityTypeBuilder<SupportTimeEntry> b)
    {
        b.ToTable("support_time_entries");
        b.HasKey(x => x.Id);
        b.Property(x => x.Hours).HasPrecision(5, 2);
        b.Property(x => x.Note).HasMaxLength(SupportTimeEntry.NoteMax);
        b.Property(x => x.AdviserName).HasMaxLength(200);
        b.HasIndex(x => new { x.CoopId, x.RequestId });
        b.HasOne<SupportQuote>().WithMany().HasForeignKey(x => x.QuoteId).OnDelete(DeleteBehavior.Restrict);
        b.ToTable(t => t.HasCheckConstraint("ck_support_time_entries_hours_positive", "hours > 0"));
    }
}

internal sealed class SupportInvoiceConfiguration : IEntityTypeConfiguration<SupportInvoice>
{
    public void Configure(EntityTypeBuilder<SupportInvoice> b)
    {
        b.ToTable("support_invoices");
        b.HasKey(x => x.Id);
        b.Property(x => x.Number).HasMaxLength(20);
        b.HasIndex(x => x.Number).IsUnique();
        // One invoice per engagement.
        b.HasIndex(x => x.RequestId).IsUnique();
        b.HasIndex(x => x.CoopId);
        b.Property(x => x.Hours).HasPrecision(9, 2);
        b.Property(x => x.HourlyRate).HasPrecision(9, 2);
        b.Property(x => x.Amount).HasPrecision(12, 2);
        b.Property(x => x.IssuedByName).HasMaxLength(200);
        b.HasOne<SupportRequest>().WithMany().HasForeignKey(x => x.RequestId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FairCostRateConfiguration : IEntityTypeConfiguration<FairCostRate>
{
    public void Configure(EntityTypeBuilder<FairCostRate> b)
    {
        b.ToTable("fair_cost_rates");
        b.HasKey(x => x.Id);
        b.Property(x => x.Category).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.HourlyRate).HasPrecision(9, 2);
        b.Property(x => x.CreatedByName).HasMaxLength(200);
        b.HasIndex(x => new { x.Category, x.EffectiveFrom }).IsUnique();
        b.ToTable(t => t.HasCheckConstraint("ck_fair_cost_rates_positive", "hourly_rate > 0"));
    }
}

internal sealed class SupportTargetConfiguration : IEntityTypeConfiguration<SupportTarget>
{
    public void Configure(EntityTypeBuilder<SupportTarget> b)
    {
        b.ToTable("support_targets");
        b.HasKey(x => x.Category);
        b.Property(x => x.Category).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}

internal sealed class SupportAlertConfiguration : IEntityTypeConfiguration<SupportAlert>
{
    public void Configure(EntityTypeBuilder<SupportAlert> b)
    {
        b.ToTable("support_alerts");
        // The key is the alert job's idempotency: one alert per request and threshold, ever, even with two runs at once.
        b.HasKey(x => new { x.RequestId, x.Threshold });
        b.Property(x => x.Threshold).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(x => x.CoopId);
        b.HasOne<SupportRequest>().WithMany().HasForeignKey(x => x.RequestId).OnDelete(DeleteBehavior.Cascade);
    }
}
