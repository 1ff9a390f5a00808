using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopSante.Membership.Meetings;

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> b)
    {
        b.ToTable("meetings");
        b.HasIndex(x => new { x.CoopId, x.Date });
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Place).HasMaxLength(300);
        b.Property(x => x.Minutes).HasMaxLength(20000);
        b.HasMany(x => x.Agenda).WithOne().HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MeetingAgendaItemConfiguration : IEntityTypeConfiguration<MeetingAgendaItem>
{
    public void Configure(EntityTypeBuilder<MeetingAgendaItem> b)
    {
        b.ToTable("meeting_agenda_items");
        b.HasIndex(x => new { x.MeetingId, x.Position });
        b.Property(x => x.Title).HasMaxLength(300);
    }
}

internal sealed class MeetingAttendanceConfiguration : IEntityTypeConfiguration<MeetingAttendance>
{
    public void Configure(EntityTypeBuilder<MeetingAttendance> b)
    {
        b.ToTable("meeting_attendances");
        // A voter is ticked once: the database holds the rule even under two tablets at the door.
        b.HasIndex(x => new { x.MeetingId, x.MemberId }).IsUnique();
        b.HasOne<Meeting>().WithMany().HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Model.Member>().WithMany().HasForeignKey(x => x.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class BoardElectionConfiguration : IEntityTypeConfiguration<BoardElection>
{
    public void Configure(EntityTypeBuilder<BoardElection> b)
    {
        b.ToTable("meeting_board_elections");
        b.HasIndex(x => new { x.MeetingId, x.Category }).IsUnique();
        b.Property(x => x.Category).HasConversion<string>().HasMaxLength(16);
        b.HasOne<Meeting>().WithMany().HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Candidates).WithOne().HasForeignKey(x => x.ElectionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ElectionCandidateConfiguration : IEntityTypeConfiguration<ElectionCandidate>
{
    public void Configure(EntityTypeBuilder<ElectionCandidate> b)
    {
        b.ToTable("meeting_election_candidates");
        b.HasIndex(x => new { x.ElectionId, x.MemberId }).IsUnique();
        b.Property(x => x.Name).HasMaxLength(401);
        b.HasOne<Model.Member>().WithMany().HasForeignKey(x => x.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MeetingResolutionConfiguration : IEntityTypeConfiguration<MeetingResolution>
{
    public void Configure(EntityTypeBuilder<MeetingResolution> b)
    {
        b.ToTable("meeting_resolutions");
        b.HasIndex(x => new { x.MeetingId, x.Number }).IsUnique();
        b.Property(x => x.Number).HasMaxLength(50);
        b.Property(x => x.Text).HasMaxLength(2000);
        b.HasOne<Meeting>().WithMany().HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}
