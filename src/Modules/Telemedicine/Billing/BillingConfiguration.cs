using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopSante.Telemedicine.Billing;

internal sealed class CoopBankProfileConfiguration : IEntityTypeConfiguration<CoopBankProfile>
{
    public void Configure(EntityTypeBuilder<CoopBankProfile> b)
    {
        b.ToTable("tele_bank_profiles");
        b.HasIndex(x => x.CoopId).IsUnique();
        b.Property(x => x.OriginatorId).HasMaxLength(10);
        b.Property(x => x.ProcessingCentre).HasMaxLength(5);
        b.Property(x => x.Currency).HasMaxLength(3);
        b.Property(x => x.ShortName).HasMaxLength(15);
        b.Property(x => x.LongName).HasMaxLength(30);
        b.Property(x => x.ReturnInstitution).HasMaxLength(3);
        b.Property(x => x.ReturnTransit).HasMaxLength(5);
        b.Property(x => x.ReturnAccount).HasMaxLength(12);
        b.Property(x => x.Separator).HasConversion<string>().HasMaxLength(8);
        b.Property(x => x.Fill).HasConversion<string>().HasMaxLength(8);
    }
}

internal sealed class BillingRunConfiguration : IEntityTypeConfiguration<BillingRun>
{
    public void Configure(EntityTypeBuilder<BillingRun> b)
    {
        b.ToTable("tele_billing_runs");
        // One run per coop and period, held by the database: of two runs at once, one wins and the other is told.
        b.HasIndex(x => new { x.CoopId, x.Period }).IsUnique();
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.UnitAmount).HasPrecision(10, 2);
        b.Property(x => x.Total).HasPrecision(14, 2);
    }
}

internal sealed class InvoiceConfiguration : IEntityTypeConfiguration<Invoice>
{
    public void Configure(EntityTypeBuilder<Invoice> b)
    {
        b.ToTable("tele_invoices");
        b.HasIndex(x => new { x.CoopId, x.Reference }).IsUnique();
        // One invoice per enrolment and month: a rerun never bills twice.
        b.HasIndex(x => new { x.EnrolmentId, x.Period }).IsUnique();
        b.HasIndex(x => x.RunId);
        b.HasIndex(x => x.LastDebitRunId);
        b.HasIndex(x => new { x.CoopId, x.MemberId });
        b.Property(x => x.Reference).HasMaxLength(19);
        b.Property(x => x.Amount).HasPrecision(10, 2);
        b.Property(x => x.PaymentMethod).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.FailureCode).HasMaxLength(3);
        b.HasOne<BillingRun>().WithMany().HasForeignKey(x => x.RunId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Model.Enrolment>().WithMany().HasForeignKey(x => x.EnrolmentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PadFileConfiguration : IEntityTypeConfiguration<PadFile>
{
    public void Configure(EntityTypeBuilder<PadFile> b)
    {
        b.ToTable("tele_pad_files");
        b.HasIndex(x => x.RunId).IsUnique();
        b.HasIndex(x => new { x.CoopId, x.CreatedAt });
        b.HasOne<BillingRun>().WithMany().HasForeignKey(x => x.RunId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class InvoicePaymentConfiguration : IEntityTypeConfiguration<InvoicePayment>
{
    public void Configure(EntityTypeBuilder<InvoicePayment> b)
    {
        b.ToTable("tele_payments");
        b.HasIndex(x => new { x.CoopId, x.ReceiptNumber }).IsUnique();
        b.HasIndex(x => x.InvoiceId);
        b.Property(x => x.Amount).HasPrecision(10, 2);
        b.Property(x => x.Method).HasConversion<string>().HasMaxLength(16);
        b.HasOne<Invoice>().WithMany().HasForeignKey(x => x.InvoiceId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ReturnsImportConfiguration : IEntityTypeConfiguration<ReturnsImport>
{
    public void Configure(EntityTypeBuilder<ReturnsImport> b)
    {
        b.ToTable("tele_returns_imports");
        b.Property(x => x.FileName).HasMaxLength(255);
    }
}
