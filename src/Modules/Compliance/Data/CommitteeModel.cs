using CoopSante.Compliance.Committee;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopSante.Compliance.Data;

internal sealed class CommitteeMemberConfiguration : IEntityTypeConfiguration<CommitteeMember>
{
    public void Configure(EntityTypeBuilder<CommitteeMember> b)
    {
        b.ToTable("committee_members");
        b.HasKey(m => m.Id);
        b.Property(m => m.Name).HasMaxLength(CommitteeMember.NameMax);
        b.Property(m => m.Organization).HasMaxLength(CommitteeMember.NameMax);
    }
}

internal sealed class CommitteeMeetingConfiguration : IEntityTypeConfiguration<CommitteeMeeting>
{
    public void Configure(EntityTypeBuilder<CommitteeMeeting> b)
    {
        b.ToTable("committee_meetings");
        b.HasKey(m => m.Id);
        b.HasIndex(m => m.HeldOn);
        b.Property(m => m.Title).HasMaxLength(CommitteeMeeting.TitleMax);
        b.Property(m => m.Agenda).HasMaxLength(CommitteeMeeting.TextMax);
        b.Property(m => m.Minutes).HasMaxLength(CommitteeMeeting.TextMax);
        b.Property(m => m.Version).IsConcurrencyToken();
    }
}

internal sealed class CommitteeDecisionConfiguration : IEntityTypeConfiguration<CommitteeDecision>
{
    public void Configure(EntityTypeBuilder<CommitteeDecision> b)
    {
        b.ToTable("committee_decisions");
        b.HasKey(d => d.Id);
        b.Property(d => d.Text).HasMaxLength(CommitteeDecision.TextMax);
        b.HasOne<CommitteeMeeting>().WithMany().HasForeignKey(d => d.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FollowUpItemConfiguration : IEntityTypeConfiguration<FollowUpItem>
{
    public void Configure(EntityTypeBuilder<FollowUpItem> b)
    {
        b.ToTable("committee_follow_ups");
        b.HasKey(f => f.Id);
        b.HasIndex(f => new { f.Status, f.DueOn });
        b.Property(f => f.Title).HasMaxLength(FollowUpItem.TitleMax);
        b.Property(f => f.Owner).HasMaxLength(CommitteeMember.NameMax);
        b.Property(f => f.RecommendationCode).HasMaxLength(20);
        b.Property(f => f.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(f => f.Version).IsConcurrencyToken();
        b.HasOne<CommitteeDecision>().WithMany().HasForeignKey(f => f.DecisionId).OnDelete(DeleteBehavior.Cascade);
    }
}
