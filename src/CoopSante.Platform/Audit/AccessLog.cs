using CoopSante.Platform.Data;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Observability;
using CoopSante.Platform.Paging;
using CoopSante.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoopSante.Platform.Audit;

/// <summary>
/// Who read whose record (ADR 0020): every read of a record about a person (a member today, health information in
/// Care) writes one access-log row. The access log is the audit log itself: each read is an audit event in the coop's
/// hash chain, so it is tamper-evident and verified with the rest, and it is queried by person, subject and coop.
/// </summary>
public interface IAccessLog
{
    /// <summary>
    /// Records that the signed-in caller read <paramref name="subjectKind"/> <paramref name="subjectId"/> in coop
    /// <paramref name="coopId"/>, about person <paramref name="personId"/> when known, and returns once the row is
    /// durable (it joins the single audit writer's next batch; call it before the record leaves the server).
    /// </summary>
    Task RecordReadAsync(Guid coopId, string subjectKind, string subjectId, Guid? personId = null, string? purpose = null, CancellationToken ct = default);
}

internal sealed class AccessLog(AuditTrail trail, AuditBatchWriter writer) : IAccessLog
{
    /// <summary>The audit event types that the access log lists: reads of a record about a person.</summary>
    internal static readonly AuditEventType[] ReadTypes = [AuditEventType.RecordRead, AuditEventType.HealthRecordRead];

    public Task RecordReadAsync(Guid coopId, string subjectKind, string subjectId, Guid? personId = null, string? purpose = null, CancellationToken ct = default)
    {
        var failures = new List<Failure>();
        if (coopId == Guid.Empty) failures.Add(PlatformErrors.InvalidValue.At("coopId"));
        if (!Fits(subjectKind, AuditAppender.MaxTarget, required: true)) failures.Add(PlatformErrors.InvalidValue.At("subjectKind"));
        if (!Fits(subjectId, AuditAppender.MaxTarget, required: true)) failures.Add(PlatformErrors.InvalidValue.At("subjectId"));
        if (!Fits(purpose, AuditAppender.MaxPurpose, required: false)) failures.Add(PlatformErrors.InvalidValue.At("purpose"));
        DomainException.ThrowIfAny(failures);
        var rows = trail.Stamp([new AuditEntry(AuditEventType.RecordRead, subjectKind, subjectId, coopId, PatientId: personId, Purpose: purpose)]);
        return writer.AppendAsync(rows, ct);
    }

    private static bool Fits(string? value, int max, bool required) =>
        value is null ? !required : value.Length <= max && (!required || !string.IsNullOrWhiteSpace(value)) && !value.Any(char.IsControl);
}

public sealed record AccessLogEntryDto(long Sequence, DateTimeOffset OccurredAt, string Type, Guid? ActorUserId, string? ActorName, string? ActorRoles,
    Guid? CoopId, string? SubjectKind, string? SubjectId, Guid? PersonId, string? Purpose);

public sealed record AccessLogFilter(Guid? PersonId = null, string? SubjectKind = null, string? SubjectId = null, DateTimeOffset? From = null, DateTimeOffset? To = null);

/// <summary>
/// Pages through the access log, newest first. Authorization is the caller's: the coop endpoint passes its coop (its
/// admin, or a federation admin); a person's own view (later) passes no coop and the person.
/// </summary>
internal sealed class AccessLogReader(IDbContextFactory<PlatformDbContext> contexts, AuditEventTypes types)
{
    public async Task<Page<AccessLogEntryDto>> ReadAsync(Guid? coopId, AccessLogFilter filter, PageRequest page, CancellationToken ct = default)
    {
        var failures = new List<Failure>();
        if (coopId is null && filter.PersonId is null) failures.Add(PlatformErrors.InvalidValue.At("personId"));
        if (filter.From is { } f && filter.To is { } t && t < f) failures.Add(PlatformErrors.InvalidValue.At("to"));
        if (filter.SubjectId is not null && filter.SubjectKind is null) failures.Add(PlatformErrors.InvalidValue.At("subjectKind"));
        if (filter.SubjectKind is { Length: > AuditAppender.MaxTarget }) failures.Add(PlatformErrors.InvalidValue.At("subjectKind"));
        if (filter.SubjectId is { Length: > AuditAppender.MaxTarget }) failures.Add(PlatformErrors.InvalidValue.At("subjectId"));
        DomainException.ThrowIfAny(failures);

        await using var db = await contexts.CreateDbContextAsync(ct);
        var read = AccessLog.ReadTypes[0];
        var healthRead = AccessLog.ReadTypes[1];
        var query = db.AuditEvents.AsNoTracking().Where(e => e.Type == read || e.Type == healthRead);
        if (coopId is { } coop) query = query.Where(e => e.CoopId == coop);
        if (filter.PersonId is { } person) query = query.Where(e => e.PatientId == person);
        if (filter.SubjectKind is { } kind) query = query.Where(e => e.TargetType == kind);
        if (filter.SubjectId is { } subject) query = query.Where(e => e.TargetId == subject);
        if (filter.From is { } from) query = query.Where(e => e.OccurredAt >= from);
        if (filter.To is { } to) query = query.Where(e => e.OccurredAt < to);
        var result = await query.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Sequence).ToPageAsync(page, ct);
        return result.Map(e => new AccessLogEntryDto(e.Sequence, e.OccurredAt, types.NameOf(e.Type), e.ActorUserId, e.ActorName, e.ActorRoles,
            e.CoopId, e.TargetType, e.TargetId, e.PatientId, e.Purpose));
    }
}

internal static class AccessLogApi
{
    public static IEndpointRouteBuilder MapAccessLogApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/coops/{coopId:guid}/access-log").WithTags("Audit").RequireAuthorization(Policies.CanAdministerCoop)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/", List)
            .WithSummary("Pages through who read which record in the coop, newest first, by person, by subject (kind and id) and by date range [from, to).");
        return app;
    }

    private static async Task<Ok<Page<AccessLogEntryDto>>> List(Guid coopId, AccessLogReader reader, CancellationToken ct,
        Guid? personId = null, string? subjectKind = null, string? subjectId = null, DateTimeOffset? from = null, DateTimeOffset? to = null,
        int? page = null, int? pageSize = null) =>
        TypedResults.Ok(await reader.ReadAsync(coopId, new AccessLogFilter(personId, subjectKind, subjectId, from, to), PageRequest.From(page, pageSize), ct));
}

internal static class AccessLogRegistration
{
    /// <summary>The single batching audit writer, the commit-time counting of in-transaction appends, and the access log.</summary>
    public static IServiceCollection AddAuditWriter(this IServiceCollection services)
    {
        services.AddSingleton<AuditCommitCounter>();
        services.AddSingleton(sp =>
        {
            var db = sp.GetRequiredService<DatabaseOptions>();
            return new AuditBatchWriter(Contexts(db), db.Provider, sp.GetRequiredService<AuditChain>(),
                sp.GetRequiredService<PlatformMetrics>(), sp.GetRequiredService<ILogger<AuditBatchWriter>>());
        });
        services.AddScoped<AuditTrail>(); // stamps the access log's rows with the caller (IAuditTrail resolves its own)
        services.AddScoped<IAccessLog>(sp => new AccessLog(sp.GetRequiredService<AuditTrail>(), sp.GetRequiredService<AuditBatchWriter>()));
        services.AddScoped<AccessLogReader>();
        return services;
    }

    /// <summary>
    /// Platform contexts of the writer's own (no caller, no query filter needed: it only appends), options built once and
    /// contexts rented from a pool of the writer's own (ADR 0046): a batch no longer builds EF's services for its context.
    /// </summary>
    internal static Func<DbContext> Contexts(DatabaseOptions db)
    {
        if (db.Provider == DatabaseProvider.Postgres)
        {
            var o = new DbContextOptionsBuilder<PostgresPlatformDbContext>();
            DbRegistration.Configure(o, PlatformDbContext.Module, DatabaseProvider.Postgres, db.ConnectionString);
            var options = o.Options;
            var pool = new PooledDbContextFactory<PostgresPlatformDbContext>(options);
            return pool.CreateDbContext;
        }
        var s = new DbContextOptionsBuilder<SqlitePlatformDbContext>();
        DbRegistration.Configure(s, PlatformDbContext.Module, DatabaseProvider.Sqlite, db.ConnectionString);
        var sqlite = s.Options;
        var sqlitePool = new PooledDbContextFactory<SqlitePlatformDbContext>(sqlite);
        return sqlitePool.CreateDbContext;
    }
}
