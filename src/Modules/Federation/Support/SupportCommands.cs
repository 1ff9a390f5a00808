using System.Globalization;
using CoopSante.Federation.Coops;
using CoopSante.Federation.Data;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Data;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Files;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Federation.Support;

/// <summary>
/// The life of a support request, one method per action, called by the API and the screens. Coop-side methods take the
/// coop of the route and find only its requests; federation-side ones cross coops on purpose (the federation's queue).
/// Each validates everything first and writes the change and its audit row together.
/// </summary>
internal static class SupportCommands
{
    /// <summary>Attachments of either side: documents and images up to 10 MiB, the type read from the content.</summary>
    public static readonly FileUse AttachmentUse = new("support-attachment", 10 * FileUse.MiB, FileTypes.DocumentsAndImages);

    public static async Task<SupportRequest> OpenAsync(CoopWork w, Guid coopId, OpenRequestInput input, CancellationToken ct)
    {
        var failures = new List<Failure>();
        var category = SupportValidation.Category(failures, input.Category, "category");
        var subject = SupportValidation.Text(failures, input.Subject, "subject", SupportRequest.SubjectMax);
        var description = SupportValidation.Text(failures, input.Description, "description", SupportRequest.TextMax);
        DomainException.ThrowIfAny(failures);
        if (!await w.Db.Coops.AnyAsync(c => c.Id == coopId, ct)) throw new DomainException(PlatformErrors.NotFound);

        var now = w.Clock.GetUtcNow();
        var target = await SupportSettingsCommands.TargetOfAsync(w.Db, category!.Value, ct);
        var request = new SupportRequest
        {
            Id = Guid.CreateVersion7(),
            CoopId = coopId,
            Reference = await NextReferenceAsync(w.Db, now, ct),
            Category = category.Value,
            Subject = subject!,
            Description = description!,
            Status = SupportStatus.Open,
            OpenedAt = now,
            OpenedBy = w.User.UserId,
            OpenedByName = w.User.DisplayName,
            FirstResponseDue = BusinessTime.AddBusinessHours(now, target.FirstResponseHours),
            ResolutionDue = BusinessTime.AddBusinessDays(now, target.ResolutionDays),
            UpdatedAt = now,
            Version = 1,
        };
        w.Db.SupportRequests.Add(request);
        await w.Db.SaveChangesAndAuditAsync(w.Audit, new AuditEntry(AuditEventType.SupportRequestOpened, nameof(SupportRequest), request.Id.ToString(), coopId,
            new { request.Reference, request.Category }), ct);
        return request;
    }

    /// <summary>"DS-2026-0042": the year's count plus one; the unique index turns a race into a retry.</summary>
    private static async Task<string> NextReferenceAsync(FederationDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var prefix = string.Create(CultureInfo.InvariantCulture, $"DS-{now.Year}-");
        var count = await db.SupportRequests.IgnoreQueryFilters().CountAsync(r => r.Reference.StartsWith(prefix), ct);
        var reference = prefix + (count + 1).ToString("0000", CultureInfo.InvariantCulture);
        while (await db.SupportRequests.IgnoreQueryFilters().AnyAsync(r => r.Reference == reference, ct))
            reference = prefix + (++count + 1).ToString("0000", CultureInfo.InvariantCulture);
        return reference;
    }

    /// <summary>A message of the coop's people (<paramref name="coopId"/> set) or of the federation (null).</summary>
    public static async Task<SupportMessage> ReplyAsync(CoopWork w, Guid? coopId, Guid requestId, ReplyInput input, CancellationToken ct)
    {
        var failures = new List<Failure>();
        var body = SupportValidation.Text(failures, input.Body, "body", SupportRequest.TextMax);
        var request = await LoadAsync(w.Db, coopId, requestId, ct);
        if (request.IsClosed) throw new DomainException(SupportErrors.RequestClosed.At("body"));
        DomainException.ThrowIfAny(failures);

        var now = w.Clock.GetUtcNow();
        var fromFederation = coopId is null;
        var message = new SupportMessage
        {
            Id = Guid.CreateVersion7(), RequestId = request.Id, CoopId = request.CoopId, FromFederation = fromFederation,
            AuthorId = w.User.UserId, AuthorName = w.User.DisplayName ?? "", Body = body!, PostedAt = now,
        };
        if (fromFederation)
        {
            request.FirstResponseAt ??= now;
            if (input.WaitForCoop && request.Status is SupportStatus.Open or SupportStatus.Assigned) request.Status = SupportStatus.WaitingForCoop;
        }
        else if (request.Status == SupportStatus.WaitingForCoop)
        {
            request.Status = request.AdviserId is null ? SupportStatus.Open : SupportStatus.Assigned;
        }
        request.UpdatedAt = now;
        w.Db.Add(message);
        await w.Db.SaveChangesAndAuditAsync(w.Audit, new AuditEntry(AuditEventType.SupportMessagePosted, nameof(SupportRequest), request.Id.ToString(), request.CoopId,
            new { message.Id, fromFederation, request.Status }), ct);
        return message;
    }

    public static async Task<SupportAttachment> AttachAsync(CoopWork w, IFileStore files, Guid? coopId, Guid requestId, string fileName, Stream content, CancellationToken ct)
    {
        var request = await LoadAsync(w.Db, coopId, requestId, ct);
        if (request.IsClosed) throw new DomainException(SupportErrors.RequestClosed.At("file"));
        if (request.Attachments.Count >= SupportRequest.AttachmentsMax) throw new DomainException(SupportErrors.TooManyAttachments.At("file", SupportRequest.AttachmentsMax));
        // The store checks size and type on the content and writes nothing when it refuses. The file is the coop's.
        var stored = await files.SaveAsync(request.CoopId, AttachmentUse, fileName, content, ct);
        var attachment = new SupportAttachment
        {
            Id = Guid.CreateVersion7(), RequestId = request.Id, CoopId = request.CoopId, FileId = stored.Id, FileName = stored.FileName,
            ContentType = stored.ContentType, Length = stored.Length, FromFederation = coopId is null, AddedAt = w.Clock.GetUtcNow(),
        };
        w.Db.Add(attachment);
        await w.Db.SaveChangesAndAuditAsync(w.Audit, new AuditEntry(AuditEventType.SupportAttachmentAdded, nameof(SupportRequest), request.Id.ToString(), request.CoopId,
            new { stored.Id, stored.ContentType, stored.Length }), ct);
        return attachment;
    }

    /// <summary>Triage: assigns an adviser (a federation user) and, if given, corrects the category.</summary>
    public static async Task<SupportRequest> AssignAsync(CoopWork w, PlatformDbContext platform, Guid requestId, AssignInput input, CancellationToken ct)
    {
        var failures = new List<Failure>();
        SupportCategory? category = null;
        if (!string.IsNullOrWhiteSpace(input.Category)) category = SupportValidation.Category(failures, input.Category, "category");
        AdviserDto? adviser = null;
        if (input.AdviserId is not { } adviserId) failures.Add(PlatformErrors.Required.At("adviserId"));
        else if ((adviser = await SupportQueries.AdviserAsync(platform, adviserId, ct)) is null) failures.Add(SupportErrors.AdviserUnknown.At("adviserId"));
        var request = await LoadAsync(w.Db, null, requestId, ct);
        if (request.IsClosed) throw new DomainException(SupportErrors.RequestClosed);
        DomainException.ThrowIfAny(failures);

        request.AdviserId = adviser!.Id;
        request.AdviserName = adviser.Name;
        request.AssignedAt = w.Clock.GetUtcNow();
        if (category is { } c) request.Category = c;
        if (request.Status == SupportStatus.Open) request.Status = SupportStatus.Assigned;
        request.UpdatedAt = request.AssignedAt.Value;
        await w.Db.SaveChangesAndAuditAsync(w.Audit, new AuditEntry(AuditEventType.SupportRequestAssigned, nameof(SupportRequest), request.Id.ToString(), request.CoopId,
            new { adviser.Id, request.Category }), ct);
        return request;
    }

    /// <summary>Closes with a resolution (destructive: the thread is then read-only). The version must be the one read.</summary>
    public static async Task<SupportRequest> CloseAsync(CoopWork w, Guid requestId, CloseInput input, CancellationToken ct)
    {
        var failures = new List<Failure>();
        var resolution = SupportValidation.Text(failures, input.Resolution, "resolution", SupportRequest.ResolutionMax);
        if (input.Version is null) failures.Add(PlatformErrors.Required.At("version"));
        var request = await LoadAsync(w.Db, null, requestId, ct);
        if (request.IsClosed) throw new DomainException(SupportErrors.RequestClosed);
        DomainException.ThrowIfAny(failures);
        if (request.Version != input.Version) throw new DomainException(PlatformErrors.StaleVersion.At("version"));

        var now = w.Clock.GetUtcNow();
        request.Status = SupportStatus.Closed;
        request.Resolution = resolution;
        request.ClosedAt = now;
        request.ClosedByName = w.User.DisplayName;
        request.UpdatedAt = now;
        await w.Db.SaveChangesAndAuditAsync(w.Audit, new AuditEntry(AuditEventType.SupportRequestClosed, nameof(SupportRequest), request.Id.ToString(), request.CoopId,
            new { request.Reference }), ct);
        return request;
    }

    /// <summary>The coop rates the service once the request is closed; once only.</summary>
    public static async Task<SupportRequest> RateAsync(CoopWork w, Guid coopId, Guid requestId, RatingInput input, CancellationToken ct)
    {
        var failures = new List<Failure>();
        if (input.Rating is null) failures.Add(PlatformErrors.Required.At("rating"));
        else if (input.Rating is < 1 or > 5) failures.Add(SupportErrors.RatingOutOfRange.At("rating"));
        var comment = SupportValidation.Text(failures, input.Comment, "comment", SupportRequest.CommentMax, required: false);
        var request = await LoadAsync(w.Db, coopId, requestId, ct);
        if (!request.IsClosed) throw new DomainException(SupportErrors.NotClosed.At("rating"));
        if (request.Rating is not null) throw new DomainException(SupportErrors.AlreadyRated.At("rating"));
        DomainException.ThrowIfAny(failures);

        request.Rating = input.Rating;
        request.RatingComment = comment;
        request.RatedAt = w.Clock.GetUtcNow();
        await w.Db.SaveChangesAndAuditAsync(w.Audit, new AuditEntry(AuditEventType.SupportRequestRated, nameof(SupportRequest), request.Id.ToString(), request.CoopId,
            new { request.Rating }), ct);
        return request;
    }

    /// <summary>
    /// A request with its children, tracked. <paramref name="coopId"/> set: the coop's own only (another coop's is not found);
    /// null: the federation's view across coops.
    /// </summary>
    public static async Task<SupportRequest> LoadAsync(FederationDbContext db, Guid? coopId, Guid requestId, CancellationToken ct)
    {
        var query = coopId is { } coop
            ? db.SupportRequests.Where(r => r.CoopId == coop)
            : db.SupportRequests.IgnoreQueryFilters();
        return await query.Include(r => r.Attachments).Include(r => r.Quotes).Include(r => r.TimeEntries).AsSplitQuery()
            .FirstOrDefaultAsync(r => r.Id == requestId, ct) ?? throw new DomainException(PlatformErrors.NotFound);
    }
}
