using CoopSante.Membership.Meetings.Governance;
using CoopSante.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopSante.Membership.AnnualReports;

/// <summary>
/// A fiscal year's annual report as the Act makes it official: approved by the board (a dated resolution), attested by
/// two directors in office (s. 133), then sent to the minister within 30 days after the AGM (s. 134). One per fiscal year.
/// </summary>
internal sealed class AnnualReportFiling : ICoopOwned, IVersioned
{
    public Guid Id { get; set; }
    public Guid CoopId { get; set; }
    public int Version { get; set; }
    public int FiscalYear { get; set; }
    public DateOnly ApprovedOn { get; set; }
    public string ResolutionNumber { get; set; } = "";
    /// <summary>The number of people the coop employs, as the report gives it (s. 132).</summary>
    public int? Employees { get; set; }
    public Guid? FirstDirectorId { get; set; }
    public DateOnly? FirstAttestedOn { get; set; }
    public Guid? SecondDirectorId { get; set; }
    public DateOnly? SecondAttestedOn { get; set; }
    public DateOnly? SentOn { get; set; }
    /// <summary>Whom it was sent to and how (e.g. "Ministère de l'Économie — service en ligne"), as the office wrote it.</summary>
    public string? SentTo { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public Guid? RecordedBy { get; set; }
}

internal sealed class AnnualReportFilingConfiguration : IEntityTypeConfiguration<AnnualReportFiling>
{
    public void Configure(EntityTypeBuilder<AnnualReportFiling> b)
    {
        b.ToTable("annual_report_filings");
        b.HasIndex(x => new { x.CoopId, x.FiscalYear }).IsUnique();
        b.Property(x => x.ResolutionNumber).HasMaxLength(50);
        b.Property(x => x.SentTo).HasMaxLength(200);
        b.HasOne<Director>().WithMany().HasForeignKey(x => x.FirstDirectorId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Director>().WithMany().HasForeignKey(x => x.SecondDirectorId).OnDelete(DeleteBehavior.Restrict);
    }
}
