using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopSante.Membership.Meetings.Governance;

internal sealed class VoteSuspensionConfiguration : IEntityTypeConfiguration<VoteSuspension>
{
    public void Configure(EntityTypeBuilder<VoteSuspension> b)
    {
        b.ToTable("vote_suspensions");
        b.HasIndex(x => new { x.CoopId, x.MemberId });
        b.Property(x => x.ResolutionNumber).HasMaxLength(50);
        b.Property(x => x.Grounds).HasMaxLength(2000);
        b.Property(x => x.ContestNote).HasMaxLength(2000);
        b.Property(x => x.LiftReason).HasMaxLength(2000);
        b.HasOne<Model.Member>().WithMany().HasForeignKey(x => x.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DirectorConfiguration : IEntityTypeConfiguration<Director>
{
    public void Configure(EntityTypeBuilder<Director> b)
    {
        b.ToTable("board_directors");
        b.HasIndex(x => new { x.CoopId, x.TermEnd });
        b.Property(x => x.Name).HasMaxLength(401);
        b.Property(x => x.Domicile).HasMaxLength(400);
        b.Property(x => x.Category).HasConversion<string>().HasMaxLength(16);
        b.HasOne<Model.Member>().WithMany().HasForeignKey(x => x.MemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<BoardElection>().WithMany().HasForeignKey(x => x.ElectionId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class MeetingNoticeRecordConfiguration : IEntityTypeConfiguration<MeetingNoticeRecord>
{
    public void Configure(EntityTypeBuilder<MeetingNoticeRecord> b)
    {
        b.ToTable("meeting_notices");
        b.HasIndex(x => new { x.MeetingId, x.MemberId }).IsUnique();
        b.Property(x => x.Channel).HasConversion<string>().HasMaxLength(8);
        b.Property(x => x.Address).HasMaxLength(400);
        b.HasOne<Meeting>().WithMany().HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Model.Member>().WithMany().HasForeignKey(x => x.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}
