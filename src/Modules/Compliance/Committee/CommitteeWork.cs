using CoopSante.Platform.Text;
using CoopSante.Compliance.Data;
using CoopSante.Compliance.Frameworks;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Documents;
using CoopSante.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Compliance.Committee;

internal sealed record MemberInput(string? Name, string? Organization, bool? IsExternal, DateOnly? JoinedOn, DateOnly? LeftOn);
internal sealed record MemberDto(Guid Id, string Name, string Organization, bool IsExternal, DateOnly JoinedOn, DateOnly? LeftOn);
internal sealed record MeetingInput(DateOnly? HeldOn, string? Title, string? Agenda, string? Minutes, int? Version);
internal sealed record MeetingDto(Guid Id, DateOnly HeldOn, string Title, string Agenda, string? Minutes, int Version, IReadOnlyList<DecisionDto> Decisions);
internal sealed record DecisionInput(string? Text);
internal sealed record DecisionDto(Guid Id, string Text, IReadOnlyList<FollowUpDto> FollowUps);
internal sealed record FollowUpInput(string? Title, string? Owner, DateOnly? DueOn, string? RecommendationCode, Guid? CoopId, string? Status, int? Version);
internal sealed record FollowUpDto(Guid Id, Guid DecisionId, string Title, string Owner, DateOnly DueOn, string Status, DateOnly? DoneOn, string? RecommendationCode, Guid? CoopId, int Version)
{
    public static FollowUpDto From(FollowUpItem f) => new(f.Id, f.DecisionId, f.Title, f.Owner, f.DueOn, f.Status.ToString(), f.DoneOn, f.RecommendationCode, f.CoopId, f.Version);
}

internal sealed record CommitteeWork(ComplianceDbContext Db, IAuditTrail Audit, TimeProvider Clock);

/// <summary>The follow-up committee: members, meetings (agenda, minutes), decisions and their follow-up items. Federation admins keep it.</summary>
internal static class CommitteeRules
{
    public static async Task<CommitteeMember> SaveMemberAsync(CommitteeWork w, Guid? id, MemberInput input, CancellationToken ct)
    {
        var failures = new List<Failure>();
        var name = TextRules.RequiredLine(failures, input.Name, "name", CommitteeMember.NameMax);
        var organization = TextRules.RequiredLine(failures, input.Organization, "organization", CommitteeMember.NameMax);
        if (input.IsExternal is null) failures.Add(PlatformErrors.Required.At("isExternal"));
        if (input.JoinedOn is null) failures.Add(PlatformErrors.Required.At("joinedOn"));
        if (input.LeftOn is { } left && input.JoinedOn is { } joined && left < joined) failures.Add(PlatformErrors.InvalidValue.At("leftOn"));
        DomainException.ThrowIfAny(failures);
        var m = id is { } mid ? await w.Db.CommitteeMembers.FirstOrDefaultAsync(x => x.Id == mid, ct) ?? throw new DomainException(PlatformErrors.NotFound) : null;
        if (m is null) { m = new CommitteeMember { Id = Guid.CreateVersion7() }; w.Db.CommitteeMembers.Add(m); }
        (m.Name, m.Organization, m.IsExternal, m.JoinedOn, m.LeftOn) = (name, organization, input.IsExternal!.Value, input.JoinedOn!.Value, input.LeftOn);
        await w.Db.SaveChangesAndAuditAsync(w.Audit, new AuditEntry(AuditEventType.CommitteeMemberSaved, nameof(CommitteeMember), m.Id.ToString()), ct);
        return m;
    }

    public static async Task<CommitteeMeeting> SaveMeetingAsync(CommitteeWork w, Guid? id, MeetingInput input, CancellationToken ct)
    {
        var failures = new List<Failure>();
        var title = TextRules.RequiredLine(failures, input.Title, "title", CommitteeMeeting.TitleMax);
        var agenda = TextRules.Required(failures, input.Agenda, "agenda", CommitteeMeeting.TextMax);
        var minutes = TextRules.Optional(failures, input.Minutes, "minutes", CommitteeMeeting.TextMax);
        if (input.HeldOn is null) failures.Add(PlatformErrors.Required.At("heldOn"));
        DomainException.ThrowIfAny(failures);
        CommitteeMeeting? m = null;
        if (id is { } mid)
        {
            m = await w.Db.CommitteeMeetings.FirstOrDefaultAsync(x => x.Id == mid, ct) ?? throw new DomainException(PlatformErrors.NotFound);
            if (input.Version != m.Version) throw new DomainException(PlatformErrors.StaleVersion);
            m.Version++;
        }
        if (m is null) { m = new CommitteeMeeting { Id = Guid.CreateVersion7(), CreatedAt = w.Clock.GetUtcNow(), Version = 1 }; w.Db.CommitteeMeetings.Add(m); }
        (m.HeldOn, m.Title, m.Agenda, m.Minutes) = (input.HeldOn!.Value, title, agenda, minutes);
        await w.Db.SaveChangesAndAuditAsync(w.Audit, new AuditEntry(AuditEventType.CommitteeMeetingSaved, nameof(CommitteeMeeting), m.Id.ToString()), ct);
        return m;
    }

    public static async Task<CommitteeDecision> AddDecisionAsync(CommitteeWork w, Guid meetingId, DecisionInput input, CancellationToken ct)
    {
        if (!await w.Db.CommitteeMeetings.AnyAsync(m => m.Id == meetingId, ct)) throw new DomainException(PlatformErrors.NotFound);
        var failures = new List<Failure>();
        var text = TextRules.Required(failures, input.Text, "text", CommitteeDecision.TextMax);
        DomainException.ThrowIfAny(failures);
        var order = (await w.Db.CommitteeDecisions.Where(d => d.MeetingId == meetingId).MaxAsync(d => (int?)d.Order, ct) ?? 0) + 1;
        var d = new CommitteeDecision { Id = Guid.CreateVersion7(), MeetingId = meetingId, Text = text, Order = order };
        w.Db.CommitteeDecisions.Add(d);
        await w.Db.SaveChangesAndAuditAsync(w.Audit, new AuditEntry(AuditEventType.CommitteeDecisionRecorded, nameof(CommitteeDecision), d.Id.ToString()), ct);
        return d;
    }

    public static async Task<FollowUpItem> SaveFollowUpAsync(CommitteeWork w, Guid decisionId, Guid? id, FollowUpInput input, CancellationToken ct)
    {
        if (!await w.Db.CommitteeDecisions.AnyAsync(d => d.Id == decisionId, ct)) throw new DomainException(PlatformErrors.NotFound);
        var failures = new List<Failure>();
        var title = TextRules.RequiredLine(failures, input.Title, "title", FollowUpItem.TitleMax);
        var owner = TextRules.RequiredLine(failures, input.Owner, "owner", CommitteeMember.NameMax);
        if (input.DueOn is null) failures.Add(PlatformErrors.Required.At("dueOn"));
        var status = FollowUpStatus.Open;
        if (input.Status is not null && (input.Status.Any(char.IsDigit) || !Enum.TryParse(input.Status.Trim(), true, out status) || !Enum.IsDefined(status)))
            failures.Add(PlatformErrors.InvalidValue.At("status"));
        var code = input.RecommendationCode?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(code)) code = null;
        else if (!await w.Db.Recommendations.AnyAsync(r => r.Code == code, ct)) failures.Add(ComplianceErrors.RecommendationUnknown.At("recommendationCode"));
        DomainException.ThrowIfAny(failures);
        FollowUpItem? f = null;
        if (id is { } fid)
        {
            f = await w.Db.FollowUpItems.FirstOrDefaultAsync(x => x.Id == fid && x.DecisionId == decisionId, ct) ?? throw new DomainException(PlatformErrors.NotFound);
            if (input.Version != f.Version) throw new DomainException(PlatformErrors.StaleVersion);
            f.Version++;
        }
        if (f is null) { f = new FollowUpItem { Id = Guid.CreateVersion7(), DecisionId = decisionId, Version = 1 }; w.Db.FollowUpItems.Add(f); }
        var wasDone = f.Status == FollowUpStatus.Done;
        (f.Title, f.Owner, f.DueOn, f.RecommendationCode, f.CoopId, f.Status) = (title, owner, input.DueOn!.Value, code, input.CoopId, status);
        f.DoneOn = status == FollowUpStatus.Done ? (wasDone ? f.DoneOn : w.Clock.Today()) : null;
        await w.Db.SaveChangesAndAuditAsync(w.Audit, new AuditEntry(AuditEventType.CommitteeFollowUpSaved, nameof(FollowUpItem), f.Id.ToString(), f.CoopId,
            new { status = status.ToString() }), ct);
        return f;
    }

    public static async Task<MeetingDto?> MeetingAsync(ComplianceDbContext db, Guid meetingId, CancellationToken ct)
    {
        var m = await db.CommitteeMeetings.AsNoTracking().FirstOrDefaultAsync(x => x.Id == meetingId, ct);
        if (m is null) return null;
        var decisions = await db.CommitteeDecisions.AsNoTracking().Where(d => d.MeetingId == meetingId).OrderBy(d => d.Order).ToListAsync(ct);
        var ids = decisions.Select(d => d.Id).ToList();
        var items = (await db.FollowUpItems.AsNoTracking().Where(f => ids.Contains(f.DecisionId)).OrderBy(f => f.DueOn).ToListAsync(ct)).ToLookup(f => f.DecisionId);
        return new MeetingDto(m.Id, m.HeldOn, m.Title, m.Agenda, m.Minutes, m.Version,
            decisions.Select(d => new DecisionDto(d.Id, d.Text, items[d.Id].Select(FollowUpDto.From).ToList())).ToList());
    }

    /// <summary>The meeting's minutes as a PDF: agenda, minutes, decisions with their follow-up items.</summary>
    public static byte[] MinutesPdf(MeetingDto m, IReadOnlyList<MemberDto> members, Func<string, string> t, System.Globalization.CultureInfo culture)
    {
        var pdf = new PdfBuilder(t("Committee.MinutesTitle"), culture).Heading(t("Committee.MinutesTitle")).Paragraph(m.Title, bold: true).Date(m.HeldOn);
        pdf.Section(t("Committee.Members"));
        foreach (var member in members) pdf.Paragraph($"{member.Name} — {member.Organization}{(member.IsExternal ? " (" + t("Committee.External") + ")" : "")}");
        pdf.Section(t("Committee.Agenda")).Paragraph(MarkdownText.ToPlainText(m.Agenda));
        if (m.Minutes is not null) pdf.Section(t("Committee.Minutes")).Paragraph(MarkdownText.ToPlainText(m.Minutes));
        pdf.Section(t("Committee.Decisions"));
        foreach (var (d, i) in m.Decisions.Select((d, i) => (d, i + 1)))
        {
            pdf.Paragraph($"{i}. {d.Text}", bold: true);
            foreach (var f in d.FollowUps)
                pdf.Paragraph($"{f.Title} — {f.Owner}, {f.DueOn.ToString("d", culture)}{(f.RecommendationCode is { } c ? " — " + c : "")} — {t("FollowUp." + f.Status)}", indent: 18);
        }
        return pdf.ToBytes();
    }
}
