using CoopSante.Platform.Text;
using System.Net.Mail;
using System.Text;
using CoopSante.Compliance.Data;
using CoopSante.Compliance.Frameworks;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Email;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Identity;
using CoopSante.Platform.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Compliance.Consultations;

internal sealed record OpenConsultationInput(DateOnly? ClosesOn);

internal sealed record InviteReviewerInput(string? Email, string? DisplayName, string? Organization, string? Culture);

internal sealed record CommentInput(Guid? RecommendationId, Guid? ParentId, string? Body);

internal sealed record OutcomeInput(string? Outcome, string? Reason, int? Version);

internal sealed record ReviewerDto(Guid Id, string Email, string DisplayName, string Organization, bool IsGuest, DateTimeOffset InvitedAt);

internal sealed record CommentDto(Guid Id, Guid RecommendationId, Guid? ParentId, string AuthorName, string AuthorOrganization, string Body, DateTimeOffset PostedAt,
    string Outcome, string? OutcomeReason, int Version)
{
    public static CommentDto From(ConsultationComment c) => new(c.Id, c.RecommendationId, c.ParentId, c.AuthorName, c.AuthorOrganization, c.Body, c.PostedAt,
        c.Outcome.ToString(), c.OutcomeReason, c.Version);
}

internal sealed record ConsultationDto(Guid Id, Guid VersionId, int VersionNumber, string FrameworkName, bool IsExample, DateOnly OpenedOn, DateOnly? ClosesOn, bool Open);

/// <summary>The services consultation work needs.</summary>
internal sealed record ConsultationWork(ComplianceDbContext Db, IAuditTrail Audit, TimeProvider Clock, ICurrentUser User, UserManager<AppUser> Users, IEmailOutbox Outbox);

/// <summary>
/// Consulting on a draft: the federation opens the consultation and invites reviewers; reviewers comment in threads per
/// recommendation; the federation decides each thread (accepted, declined with a reason, merged). A reviewer reaches
/// only the consultations they were invited to; anything else is not found.
/// </summary>
internal static class ConsultationRules
{
    public static async Task<Consultation> OpenAsync(ConsultationWork w, Guid versionId, OpenConsultationInput input, CancellationToken ct)
    {
        var version = await FrameworkEditing.LoadAsync(w.Db, versionId, ct);
        if (version.Status != FrameworkVersionStatus.InConsultation) throw new DomainException(ComplianceErrors.VersionNotInConsultation);
        if (await w.Db.Consultations.AnyAsync(c => c.VersionId == versionId, ct)) throw new DomainException(ComplianceErrors.ConsultationExists);
        var today = w.Clock.Today();
        if (input.ClosesOn is { } closes && closes < today) throw new DomainException(PlatformErrors.InvalidValue.At("closesOn"));
        var consultation = new Consultation { Id = Guid.CreateVersion7(), VersionId = versionId, OpenedOn = today, ClosesOn = input.ClosesOn, CreatedAt = w.Clock.GetUtcNow() };
        w.Db.Consultations.Add(consultation);
        await w.Db.SaveChangesAndAuditAsync(w.Audit, new AuditEntry(AuditEventType.ConsultationOpened, nameof(Consultation), consultation.Id.ToString(), Details: new { version = versionId }), ct);
        return consultation;
    }

    /// <summary>
    /// Invites a reviewer by e-mail. A person without an account gets a guest account with no role anywhere and a link to
    /// choose a password; the reviewer row is what lets them into this consultation, and nowhere else.
    /// </summary>
    public static async Task<ConsultationReviewer> InviteAsync(ConsultationWork w, Guid consultationId, InviteReviewerInput input, Uri baseUri, CancellationToken ct)
    {
        var consultation = await w.Db.Consultations.FirstOrDefaultAsync(c => c.Id == consultationId, ct) ?? throw new DomainException(PlatformErrors.NotFound);
        var failures = new List<Failure>();
        var email = TextRules.RequiredLine(failures, input.Email, "email", 256);
        if (email.Length > 0 && !(MailAddress.TryCreate(email, out var a) && string.Equals(a.Address, email, StringComparison.OrdinalIgnoreCase) && email.Contains('.', StringComparison.Ordinal)))
            failures.Add(PlatformErrors.InvalidEmail.At("email"));
        var name = TextRules.RequiredLine(failures, input.DisplayName, "displayName", ConsultationReviewer.NameMax);
        var organization = TextRules.RequiredLine(failures, input.Organization, "organization", ConsultationReviewer.OrganizationMax);
        var culture = input.Culture is "en-CA" ? "en-CA" : "fr-CA";
        DomainException.ThrowIfAny(failures);

        var user = await w.Users.FindByEmailAsync(email);
        if (user is not null && await w.Db.ConsultationReviewers.AnyAsync(r => r.ConsultationId == consultationId && r.UserId == user.Id, ct))
            throw new DomainException(ComplianceErrors.ReviewerAlreadyInvited.At("email"));
        var now = w.Clock.GetUtcNow();
        await using var tx = await w.Db.Database.BeginTransactionAsync(ct);
        var guest = user is null;
        if (user is null)
        {
            user = new AppUser
            {
                Id = Guid.CreateVersion7(), UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, PreferredCulture = culture, CreatedAt = now,
            };
            var created = await w.Users.CreateAsync(user);
            if (!created.Succeeded) throw new DomainException(PlatformErrors.InvalidValue.At("email"));
        }
        var reviewer = new ConsultationReviewer
        {
            Id = Guid.CreateVersion7(), ConsultationId = consultationId, UserId = user.Id, Email = email, DisplayName = name, Organization = organization, IsGuest = guest, InvitedAt = now,
        };
        w.Db.ConsultationReviewers.Add(reviewer);
        await w.Db.SaveChangesAsync(ct);
        var link = new Uri(baseUri, "consultations/" + consultationId.ToString()).ToString();
        if (guest)
        {
            var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await w.Users.GeneratePasswordResetTokenAsync(user)));
            link = QueryHelpers.AddQueryString(new Uri(baseUri, "reinitialiser-mot-de-passe").ToString(), new Dictionary<string, string?> { ["email"] = email, ["code"] = code });
        }
        await w.Outbox.EnqueueAsync(w.Db, [ConsultationEmails.Invitation(email, culture, name, link)], ct);
        await w.Audit.WriteAsync(w.Db, [new AuditEntry(AuditEventType.ConsultationReviewerInvited, nameof(ConsultationReviewer), reviewer.Id.ToString(),
            Details: new { consultation = consultationId, guest, user = user.Id })], ct);
        await tx.CommitAsync(ct);
        return reviewer;
    }

    /// <summary>The consultation if the caller may take part in it (federation staff, or an invited reviewer); otherwise not found.</summary>
    public static async Task<Consultation> ReachAsync(ComplianceDbContext db, ICurrentUser user, Guid consultationId, CancellationToken ct)
    {
        var consultation = await db.Consultations.AsNoTracking().FirstOrDefaultAsync(c => c.Id == consultationId, ct);
        if (consultation is null) throw new DomainException(PlatformErrors.NotFound);
        if (user.IsFederationStaff) return consultation;
        if (user.UserId is { } id && await db.ConsultationReviewers.AnyAsync(r => r.ConsultationId == consultationId && r.UserId == id, ct)) return consultation;
        throw new DomainException(PlatformErrors.NotFound);
    }

    public static async Task<ConsultationComment> CommentAsync(ConsultationWork w, Guid consultationId, CommentInput input, CancellationToken ct)
    {
        var consultation = await ReachAsync(w.Db, w.User, consultationId, ct);
        var version = await FrameworkEditing.LoadAsync(w.Db, consultation.VersionId, ct);
        if (version.Status != FrameworkVersionStatus.InConsultation || consultation.ClosesOn < w.Clock.Today())
            throw new DomainException(ComplianceErrors.ConsultationClosed);
        var failures = new List<Failure>();
        var body = TextRules.Required(failures, input.Body, "body", ConsultationComment.BodyMax);
        if (input.RecommendationId is null) failures.Add(PlatformErrors.Required.At("recommendationId"));
        DomainException.ThrowIfAny(failures);
        if (!await w.Db.Recommendations.AnyAsync(r => r.Id == input.RecommendationId && r.VersionId == consultation.VersionId, ct))
            throw new DomainException(ComplianceErrors.RecommendationUnknown.At("recommendationId"));
        Guid? thread = null;
        if (input.ParentId is { } parentId)
        {
            var parent = await w.Db.ConsultationComments.AsNoTracking().FirstOrDefaultAsync(c => c.Id == parentId && c.ConsultationId == consultationId && c.RecommendationId == input.RecommendationId, ct)
                ?? throw new DomainException(ComplianceErrors.CommentUnknown.At("parentId"));
            thread = parent.ParentId ?? parent.Id; // replies attach to the thread's first comment
        }
        var reviewer = await w.Db.ConsultationReviewers.AsNoTracking().FirstOrDefaultAsync(r => r.ConsultationId == consultationId && r.UserId == w.User.UserId, ct);
        var comment = new ConsultationComment
        {
            Id = Guid.CreateVersion7(), ConsultationId = consultationId, RecommendationId = input.RecommendationId!.Value, ParentId = thread,
            AuthorId = w.User.UserId ?? Guid.Empty, AuthorName = reviewer?.DisplayName ?? w.User.DisplayName ?? "", AuthorOrganization = reviewer?.Organization ?? "FQCS",
            Body = body, PostedAt = w.Clock.GetUtcNow(), Outcome = CommentOutcome.Pending, Version = 1,
        };
        w.Db.ConsultationComments.Add(comment);
        await w.Db.SaveChangesAndAuditAsync(w.Audit, new AuditEntry(AuditEventType.ConsultationCommentPosted, nameof(ConsultationComment), comment.Id.ToString(),
            Details: new { consultation = consultationId, recommendation = comment.RecommendationId, reply = thread is not null }), ct);
        return comment;
    }

    /// <summary>The federation's decision on a thread: accepted, declined (a reason is required) or merged.</summary>
    public static async Task<ConsultationComment> DecideAsync(ConsultationWork w, Guid consultationId, Guid commentId, OutcomeInput input, CancellationToken ct)
    {
        var comment = await w.Db.ConsultationComments.FirstOrDefaultAsync(c => c.Id == commentId && c.ConsultationId == consultationId, ct) ?? throw new DomainException(PlatformErrors.NotFound);
        if (comment.ParentId is not null) throw new DomainException(ComplianceErrors.OutcomeOnReply);
        var failures = new List<Failure>();
        CommentOutcome outcome = default;
        if (string.IsNullOrWhiteSpace(input.Outcome)) failures.Add(PlatformErrors.Required.At("outcome"));
        else if (input.Outcome.Any(char.IsDigit) || !Enum.TryParse(input.Outcome.Trim(), true, out outcome) || !Enum.IsDefined(outcome) || outcome == CommentOutcome.Pending)
            failures.Add(PlatformErrors.InvalidValue.At("outcome"));
        var reason = TextRules.Optional(failures, input.Reason, "reason", ConsultationComment.ReasonMax);
        if (outcome == CommentOutcome.Declined && reason is null) failures.Add(ComplianceErrors.DeclineNeedsReason.At("reason"));
        if (input.Version is null) failures.Add(PlatformErrors.Required.At("version"));
        DomainException.ThrowIfAny(failures);
        if (input.Version != comment.Version) throw new DomainException(PlatformErrors.StaleVersion);
        (comment.Outcome, comment.OutcomeReason, comment.DecidedAt) = (outcome, reason, w.Clock.GetUtcNow());
        comment.Version++;
        await w.Db.SaveChangesAndAuditAsync(w.Audit, new AuditEntry(AuditEventType.ConsultationCommentDecided, nameof(ConsultationComment), comment.Id.ToString(),
            Details: new { consultation = consultationId, outcome = outcome.ToString() }), ct);
        return comment;
    }
}
