using System.Text.Json;
using CoopSante.Federation.Data;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Federation.Coops;

/// <summary>What a change to the registry needs: one context (one operation), the audit trail, the caller and the clock.</summary>
internal sealed record CoopWork(FederationDbContext Db, IAuditTrail Audit, ICurrentUser User, TimeProvider Clock);

/// <summary>
/// Changes to the registry, shared by the API and the screens. Each validates the whole request first, then writes
/// the coop, its history row and its audit row in one transaction.
/// </summary>
internal static class CoopCommands
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<Coop> CreateAsync(CoopWork w, CoopInput input, CancellationToken ct)
    {
        var failures = CoopValidation.Validate(input, await KnownServicesAsync(w.Db, ct), requireVersion: false);
        DomainException.ThrowIfAny(failures);
        var neq = CoopRules.NormalizeNeq(input.Neq)!;
        if (await w.Db.Coops.AnyAsync(c => c.Neq == neq, ct)) throw new DomainException(FederationErrors.NeqTaken.At("neq"));

        var now = w.Clock.GetUtcNow();
        var status = CoopValidation.TryParseStatus(input.Status, out var parsed) ? parsed : CoopStatus.InCreation;
        var coop = new Coop { Id = Guid.CreateVersion7(), CreatedAt = now, UpdatedAt = now, Status = status, Version = 1 };
        CoopValidation.Apply(coop, input);
        w.Db.Coops.Add(coop);
        w.Db.CoopChanges.Add(History(w, coop.Id, CoopChangeKind.Created, CoopSnapshot.Created(coop)));
        await SaveAsync(w, neq, coop.Id, new AuditEntry(AuditEventType.CoopCreated, nameof(Coop), coop.Id.ToString(), coop.Id, new { coop.Name, coop.Neq }), ct);
        return coop;
    }

    public static async Task<Coop> UpdateAsync(CoopWork w, Guid id, CoopInput input, CancellationToken ct)
    {
        var coop = await LoadAsync(w.Db, id, ct);
        var failures = CoopValidation.Validate(input, await KnownServicesAsync(w.Db, ct), requireVersion: true);
        DomainException.ThrowIfAny(failures);
        CheckVersion(w, coop, input.Version!.Value);
        var neq = CoopRules.NormalizeNeq(input.Neq)!;
        if (await w.Db.Coops.AnyAsync(c => c.Neq == neq && c.Id != id, ct)) throw new DomainException(FederationErrors.NeqTaken.At("neq"));

        var before = CoopSnapshot.Of(coop);
        CoopValidation.Apply(coop, input);
        var changes = CoopSnapshot.Diff(before, CoopSnapshot.Of(coop));
        if (changes.Count == 0) return coop;
        coop.UpdatedAt = w.Clock.GetUtcNow();
        w.Db.CoopChanges.Add(History(w, coop.Id, CoopChangeKind.Updated, changes));
        await SaveAsync(w, neq, coop.Id, new AuditEntry(AuditEventType.CoopUpdated, nameof(Coop), coop.Id.ToString(), coop.Id, new { Fields = changes.Select(c => c.Field) }), ct);
        return coop;
    }

    public static async Task<Coop> ChangeStatusAsync(CoopWork w, Guid id, StatusChangeInput input, CancellationToken ct)
    {
        var coop = await LoadAsync(w.Db, id, ct);
        var failures = new List<Failure>();
        if (string.IsNullOrWhiteSpace(input.Status)) failures.Add(PlatformErrors.Required.At("status"));
        else if (!CoopValidation.TryParseStatus(input.Status, out _)) failures.Add(FederationErrors.StatusUnknown.At("status"));
        if (input.Version is null) failures.Add(PlatformErrors.Required.At("version"));
        DomainException.ThrowIfAny(failures);
        CheckVersion(w, coop, input.Version!.Value);
        if (!CoopValidation.TryParseStatus(input.Status, out var status) || status == coop.Status) return coop;

        var change = new FieldChange("status", coop.Status.ToString(), status.ToString());
        coop.Status = status;
        coop.UpdatedAt = w.Clock.GetUtcNow();
        w.Db.CoopChanges.Add(History(w, coop.Id, CoopChangeKind.StatusChanged, [change]));
        await SaveAsync(w, null, coop.Id, new AuditEntry(AuditEventType.CoopStatusChanged, nameof(Coop), coop.Id.ToString(), coop.Id, new { From = change.Old, To = change.New }), ct);
        return coop;
    }

    /// <summary>A coop's own admin changes its public fields; any other caller learns nothing (not found).</summary>
    public static async Task<Coop> UpdateProfileAsync(CoopWork w, Guid coopId, CoopProfileInput input, CancellationToken ct)
    {
        if (!w.User.HasRole(Role.CoopAdmin, coopId)) throw new DomainException(PlatformErrors.NotFound);
        var coop = await LoadAsync(w.Db, coopId, ct);
        var failures = CoopValidation.Validate(input, await KnownServicesAsync(w.Db, ct));
        DomainException.ThrowIfAny(failures);
        CheckVersion(w, coop, input.Version!.Value);

        var before = CoopSnapshot.Of(coop);
        CoopValidation.Apply(coop, input);
        var changes = CoopSnapshot.Diff(before, CoopSnapshot.Of(coop));
        if (changes.Count == 0) return coop;
        coop.UpdatedAt = w.Clock.GetUtcNow();
        w.Db.CoopChanges.Add(History(w, coop.Id, CoopChangeKind.ProfileUpdated, changes));
        await SaveAsync(w, null, coop.Id, new AuditEntry(AuditEventType.CoopUpdated, nameof(Coop), coop.Id.ToString(), coop.Id, new { Fields = changes.Select(c => c.Field), Profile = true }), ct);
        return coop;
    }

    public static async Task<Coop> LoadAsync(FederationDbContext db, Guid id, CancellationToken ct) =>
        await db.Coops.Include(c => c.Services).FirstOrDefaultAsync(c => c.Id == id, ct)
        ?? throw new DomainException(PlatformErrors.NotFound);

    public static async Task<IReadOnlySet<string>> KnownServicesAsync(FederationDbContext db, CancellationToken ct) =>
        (await db.HealthServices.AsNoTracking().Select(s => s.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);

    /// <summary>The version the caller read must be the current one; the same version is also the concurrency token of the UPDATE.</summary>
    private static void CheckVersion(CoopWork w, Coop coop, int version)
    {
        if (coop.Version != version) throw new DomainException(PlatformErrors.StaleVersion.At("version"));
        w.Db.Entry(coop).Property(c => c.Version).OriginalValue = version;
    }

    private static CoopChange History(CoopWork w, Guid coopId, CoopChangeKind kind, IReadOnlyList<FieldChange> changes) => new()
    {
        Id = Guid.CreateVersion7(),
        CoopId = coopId,
        OccurredAt = w.Clock.GetUtcNow(),
        Kind = kind,
        ActorUserId = w.User.UserId,
        ActorName = w.User.DisplayName,
        Changes = JsonSerializer.Serialize(changes, Json),
    };

    public static IReadOnlyList<FieldChange> ReadChanges(string json) =>
        JsonSerializer.Deserialize<List<FieldChange>>(json, Json) ?? [];

    private static async Task SaveAsync(CoopWork w, string? neq, Guid coopId, AuditEntry entry, CancellationToken ct)
    {
        try
        {
            await w.Db.SaveChangesAndAuditAsync(w.Audit, entry, ct);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException && neq is not null)
        {
            // Two requests raced for the same NEQ: the unique index refused the second one.
            w.Db.ChangeTracker.Clear();
            if (await w.Db.Coops.AnyAsync(c => c.Neq == neq && c.Id != coopId, ct)) throw new DomainException(FederationErrors.NeqTaken.At("neq"));
            throw;
        }
    }
}
