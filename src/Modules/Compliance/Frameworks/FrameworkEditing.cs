using CoopSante.Platform.Text;
using System.Text.RegularExpressions;
using CoopSante.Compliance.Data;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Compliance.Frameworks;

/// <summary>What an authoring change needs; pages and endpoints build it from their own services.</summary>
internal sealed record FrameworkWork(ComplianceDbContext Db, IAuditTrail Audit, TimeProvider Clock);

/// <summary>
/// Authoring a framework: frameworks, draft versions, their sections and recommendations. Only a draft's text changes;
/// every change is audited; bad input changes nothing.
/// </summary>
internal static partial class FrameworkEditing
{
    public const int MaxSections = 100;
    public const int MaxRecommendations = 500;

    public static async Task<Framework> CreateFrameworkAsync(FrameworkWork w, FrameworkInput input, CancellationToken ct)
    {
        var failures = new List<Failure>();
        var name = TextRules.RequiredLine(failures, input.Name, "name", Framework.NameMax);
        DomainException.ThrowIfAny(failures);
        var now = w.Clock.GetUtcNow();
        var framework = new Framework { Id = Guid.CreateVersion7(), Name = name, CreatedAt = now, Version = 1 };
        var version = new FrameworkVersion { Id = Guid.CreateVersion7(), FrameworkId = framework.Id, Number = 1, Status = FrameworkVersionStatus.Draft, CreatedAt = now, Version = 1 };
        framework.Versions.Add(version);
        w.Db.Frameworks.Add(framework);
        await w.Db.SaveChangesAndAuditAsync(w.Audit,
        [
            new AuditEntry(AuditEventType.FrameworkCreated, nameof(Framework), framework.Id.ToString(), Details: new { name }),
            new AuditEntry(AuditEventType.FrameworkVersionCreated, nameof(FrameworkVersion), version.Id.ToString(), Details: new { framework = framework.Id, number = 1 }),
        ], ct);
        return framework;
    }

    /// <summary>Copies a version's sections and recommendations into a new draft numbered after the framework's last version.</summary>
    public static async Task<FrameworkVersion> DuplicateAsync(FrameworkWork w, Guid versionId, CancellationToken ct)
    {
        var source = await LoadAsync(w.Db, versionId, ct);
        var sections = await w.Db.Sections.AsNoTracking().Where(s => s.VersionId == versionId).ToListAsync(ct);
        var recommendations = await w.Db.Recommendations.AsNoTracking().Where(r => r.VersionId == versionId).ToListAsync(ct);
        var copy = await NewDraftAsync(w, source.FrameworkId, ct);
        var sectionIds = sections.ToDictionary(s => s.Id, _ => Guid.CreateVersion7());
        copy.Sections.AddRange(sections.Select(s => new Section { Id = sectionIds[s.Id], VersionId = copy.Id, Order = s.Order, TitleFr = s.TitleFr, TitleEn = s.TitleEn }));
        copy.Recommendations.AddRange(recommendations.Select(r => Copy(r, copy.Id, sectionIds[r.SectionId])));
        w.Db.FrameworkVersions.Add(copy);
        await w.Db.SaveChangesAndAuditAsync(w.Audit, new AuditEntry(AuditEventType.FrameworkVersionCreated, nameof(FrameworkVersion), copy.Id.ToString(),
            Details: new { framework = copy.FrameworkId, number = copy.Number, from = source.Id }), ct);
        return copy;
    }

    /// <summary>A new, empty draft (not yet added to the context), numbered after the framework's last version.</summary>
    public static async Task<FrameworkVersion> NewDraftAsync(FrameworkWork w, Guid frameworkId, CancellationToken ct)
    {
        if (!await w.Db.Frameworks.AnyAsync(f => f.Id == frameworkId, ct)) throw new DomainException(PlatformErrors.NotFound);
        var last = await w.Db.FrameworkVersions.Where(v => v.FrameworkId == frameworkId).MaxAsync(v => (int?)v.Number, ct) ?? 0;
        return new FrameworkVersion
        {
            Id = Guid.CreateVersion7(), FrameworkId = frameworkId, Number = last + 1, Status = FrameworkVersionStatus.Draft,
            CreatedAt = w.Clock.GetUtcNow(), Version = 1,
        };
    }

    public static Recommendation Copy(Recommendation r, Guid versionId, Guid sectionId) => new()
    {
        Id = Guid.CreateVersion7(), VersionId = versionId, SectionId = sectionId, Code = r.Code, Order = r.Order,
        TitleFr = r.TitleFr, TitleEn = r.TitleEn, StatementFr = r.StatementFr, StatementEn = r.StatementEn,
        GuidanceFr = r.GuidanceFr, GuidanceEn = r.GuidanceEn, LegalReferences = r.LegalReferences,
        ExpectedEvidenceFr = r.ExpectedEvidenceFr, ExpectedEvidenceEn = r.ExpectedEvidenceEn,
        Criticality = r.Criticality, Applicability = r.Applicability, ApplicabilityParameter = r.ApplicabilityParameter,
    };

    public static async Task<Section> AddSectionAsync(FrameworkWork w, Guid versionId, SectionInput input, CancellationToken ct)
    {
        var version = await LoadDraftAsync(w.Db, versionId, ct);
        var (fr, en) = ValidateSection(input);
        var sections = await w.Db.Sections.Where(s => s.VersionId == versionId).ToListAsync(ct);
        if (sections.Count >= MaxSections) throw new DomainException(ComplianceErrors.TooManySections.With(MaxSections));
        var section = new Section { Id = Guid.CreateVersion7(), VersionId = versionId, Order = sections.Count == 0 ? 1 : sections.Max(s => s.Order) + 1, TitleFr = fr, TitleEn = en };
        w.Db.Sections.Add(section);
        await SaveAsync(w, version, "sectionAdded", section.Id, ct);
        return section;
    }

    public static async Task<Section> UpdateSectionAsync(FrameworkWork w, Guid versionId, Guid sectionId, SectionInput input, CancellationToken ct)
    {
        var version = await LoadDraftAsync(w.Db, versionId, ct);
        var section = await w.Db.Sections.FirstOrDefaultAsync(s => s.Id == sectionId && s.VersionId == versionId, ct) ?? throw new DomainException(PlatformErrors.NotFound);
        (section.TitleFr, section.TitleEn) = ValidateSection(input);
        await SaveAsync(w, version, "sectionChanged", section.Id, ct);
        return section;
    }

    /// <summary>Deletes an empty section; a section that still holds recommendations is refused (move or delete them first).</summary>
    public static async Task DeleteSectionAsync(FrameworkWork w, Guid versionId, Guid sectionId, CancellationToken ct)
    {
        var version = await LoadDraftAsync(w.Db, versionId, ct);
        var section = await w.Db.Sections.FirstOrDefaultAsync(s => s.Id == sectionId && s.VersionId == versionId, ct) ?? throw new DomainException(PlatformErrors.NotFound);
        if (await w.Db.Recommendations.AnyAsync(r => r.SectionId == sectionId, ct)) throw new DomainException(ComplianceErrors.SectionNotEmpty);
        w.Db.Sections.Remove(section);
        var rest = await w.Db.Sections.Where(s => s.VersionId == versionId && s.Id != sectionId).OrderBy(s => s.Order).ToListAsync(ct);
        Renumber(rest, (s, i) => s.Order = i);
        Touch(w.Db, version);
        await w.Db.SaveChangesAndAuditAsync(w.Audit, new AuditEntry(AuditEventType.FrameworkContentDeleted, nameof(Section), sectionId.ToString(),
            Details: new { version = versionId, section.TitleFr }), ct);
    }

    public static async Task MoveSectionAsync(FrameworkWork w, Guid versionId, Guid sectionId, MoveInput input, CancellationToken ct)
    {
        var version = await LoadDraftAsync(w.Db, versionId, ct);
        var sections = await w.Db.Sections.Where(s => s.VersionId == versionId).OrderBy(s => s.Order).ToListAsync(ct);
        var section = sections.FirstOrDefault(s => s.Id == sectionId) ?? throw new DomainException(PlatformErrors.NotFound);
        var position = Position(input.Position, sections.Count - 1);
        sections.Remove(section);
        sections.Insert(position, section);
        Renumber(sections, (s, i) => s.Order = i);
        await SaveAsync(w, version, "sectionMoved", section.Id, ct);
    }

    public static async Task<Recommendation> AddRecommendationAsync(FrameworkWork w, Guid versionId, RecommendationInput input, CancellationToken ct)
    {
        var version = await LoadDraftAsync(w.Db, versionId, ct);
        if (await w.Db.Recommendations.CountAsync(r => r.VersionId == versionId, ct) >= MaxRecommendations)
            throw new DomainException(ComplianceErrors.TooManyRecommendations.With(MaxRecommendations));
        var r = new Recommendation { Id = Guid.CreateVersion7(), VersionId = versionId };
        await ApplyAsync(w.Db, r, input, ct);
        r.Order = (await w.Db.Recommendations.Where(x => x.SectionId == r.SectionId).MaxAsync(x => (int?)x.Order, ct) ?? 0) + 1;
        w.Db.Recommendations.Add(r);
        await SaveAsync(w, version, "recommendationAdded", r.Id, ct);
        return r;
    }

    public static async Task<Recommendation> UpdateRecommendationAsync(FrameworkWork w, Guid versionId, Guid recommendationId, RecommendationInput input, CancellationToken ct)
    {
        var version = await LoadDraftAsync(w.Db, versionId, ct);
        var r = await w.Db.Recommendations.FirstOrDefaultAsync(x => x.Id == recommendationId && x.VersionId == versionId, ct) ?? throw new DomainException(PlatformErrors.NotFound);
        var from = r.SectionId;
        await ApplyAsync(w.Db, r, input, ct);
        if (r.SectionId != from)
            r.Order = (await w.Db.Recommendations.Where(x => x.SectionId == r.SectionId).MaxAsync(x => (int?)x.Order, ct) ?? 0) + 1;
        await SaveAsync(w, version, "recommendationChanged", r.Id, ct);
        return r;
    }

    public static async Task DeleteRecommendationAsync(FrameworkWork w, Guid versionId, Guid recommendationId, CancellationToken ct)
    {
        var version = await LoadDraftAsync(w.Db, versionId, ct);
        var r = await w.Db.Recommendations.FirstOrDefaultAsync(x => x.Id == recommendationId && x.VersionId == versionId, ct) ?? throw new DomainException(PlatformErrors.NotFound);
        w.Db.Recommendations.Remove(r);
        var rest = await w.Db.Recommendations.Where(x => x.SectionId == r.SectionId && x.Id != r.Id).OrderBy(x => x.Order).ToListAsync(ct);
        Renumber(rest, (x, i) => x.Order = i);
        Touch(w.Db, version);
        await w.Db.SaveChangesAndAuditAsync(w.Audit, new AuditEntry(AuditEventType.FrameworkContentDeleted, nameof(Recommendation), r.Id.ToString(),
            Details: new { version = versionId, r.Code }), ct);
    }

    /// <summary>Moves a recommendation to a position (0-based) in its section or in another section of the same version.</summary>
    public static async Task MoveRecommendationAsync(FrameworkWork w, Guid versionId, Guid recommendationId, MoveInput input, CancellationToken ct)
    {
        var version = await LoadDraftAsync(w.Db, versionId, ct);
        var r = await w.Db.Recommendations.FirstOrDefaultAsync(x => x.Id == recommendationId && x.VersionId == versionId, ct) ?? throw new DomainException(PlatformErrors.NotFound);
        var target = input.SectionId ?? r.SectionId;
        if (target != r.SectionId && !await w.Db.Sections.AnyAsync(s => s.Id == target && s.VersionId == versionId, ct))
            throw new DomainException(ComplianceErrors.SectionUnknown.At("sectionId"));
        if (target != r.SectionId)
        {
            var left = await w.Db.Recommendations.Where(x => x.SectionId == r.SectionId && x.Id != r.Id).OrderBy(x => x.Order).ToListAsync(ct);
            Renumber(left, (x, i) => x.Order = i);
        }
        var siblings = await w.Db.Recommendations.Where(x => x.SectionId == target && x.Id != r.Id).OrderBy(x => x.Order).ToListAsync(ct);
        siblings.Insert(Position(input.Position, siblings.Count), r);
        r.SectionId = target;
        Renumber(siblings, (x, i) => x.Order = i);
        await SaveAsync(w, version, "recommendationMoved", r.Id, ct);
    }

    private static int Position(int? position, int max)
    {
        if (position is null) throw new DomainException(PlatformErrors.Required.At("position"));
        if (position < 0 || position > max) throw new DomainException(PlatformErrors.InvalidValue.At("position"));
        return position.Value;
    }

    private static void Renumber<T>(List<T> items, Action<T, int> set)
    {
        for (var i = 0; i < items.Count; i++) set(items[i], i + 1);
    }

    private static (string Fr, string En) ValidateSection(SectionInput input)
    {
        var failures = new List<Failure>();
        var fr = TextRules.RequiredLine(failures, input.TitleFr, "titleFr", Section.TitleMax);
        var en = TextRules.RequiredLine(failures, input.TitleEn, "titleEn", Section.TitleMax);
        DomainException.ThrowIfAny(failures);
        return (fr, en);
    }

    /// <summary>Validates a recommendation's fields into <paramref name="r"/> (all or nothing: nothing is set when one field is wrong).</summary>
    private static async Task ApplyAsync(ComplianceDbContext db, Recommendation r, RecommendationInput input, CancellationToken ct)
    {
        var (values, failures) = Validate(input, "");
        if (input.SectionId is { } sectionId && !await db.Sections.AnyAsync(s => s.Id == sectionId && s.VersionId == r.VersionId, ct))
            failures.Add(ComplianceErrors.SectionUnknown.At("sectionId"));
        if (failures.Count == 0 && await db.Recommendations.AnyAsync(x => x.VersionId == r.VersionId && x.Code == values.Code && x.Id != r.Id, ct))
            failures.Add(ComplianceErrors.CodeTaken.At("code", values.Code));
        DomainException.ThrowIfAny(failures);
        values.CopyTextTo(r);
        r.SectionId = input.SectionId!.Value;
    }

    /// <summary>The checks on one recommendation's fields, shared by the editor and the import (<paramref name="prefix"/> names the row).</summary>
    public static (Recommendation Values, List<Failure> Failures) Validate(RecommendationInput input, string prefix)
    {
        var failures = new List<Failure>();
        var v = new Recommendation();
        if (input.SectionId is null && prefix.Length == 0) failures.Add(PlatformErrors.Required.At("sectionId"));
        var code = input.Code?.Trim().ToUpperInvariant() ?? "";
        if (code.Length == 0) failures.Add(PlatformErrors.Required.At(prefix + "code"));
        else if (!CodePattern().IsMatch(code)) failures.Add(ComplianceErrors.CodeInvalid.At(prefix + "code"));
        v.Code = code;
        v.TitleFr = TextRules.RequiredLine(failures, input.TitleFr, prefix + "titleFr", Recommendation.TitleMax);
        v.TitleEn = TextRules.RequiredLine(failures, input.TitleEn, prefix + "titleEn", Recommendation.TitleMax);
        v.StatementFr = TextRules.Required(failures, input.StatementFr, prefix + "statementFr", Recommendation.TextMax);
        v.StatementEn = TextRules.Required(failures, input.StatementEn, prefix + "statementEn", Recommendation.TextMax);
        v.GuidanceFr = TextRules.Optional(failures, input.GuidanceFr, prefix + "guidanceFr", Recommendation.TextMax);
        v.GuidanceEn = TextRules.Optional(failures, input.GuidanceEn, prefix + "guidanceEn", Recommendation.TextMax);
        v.LegalReferences = TextRules.Optional(failures, input.LegalReferences, prefix + "legalReferences", Recommendation.LegalReferencesMax);
        v.ExpectedEvidenceFr = TextRules.Optional(failures, input.ExpectedEvidenceFr, prefix + "expectedEvidenceFr", Recommendation.TextMax);
        v.ExpectedEvidenceEn = TextRules.Optional(failures, input.ExpectedEvidenceEn, prefix + "expectedEvidenceEn", Recommendation.TextMax);
        if (input.Criticality is not (>= 1 and <= 3)) failures.Add(ComplianceErrors.CriticalityInvalid.At(prefix + "criticality"));
        else v.Criticality = input.Criticality.Value;
        var kind = ParseApplicability(input.Applicability);
        if (kind is null) failures.Add(ComplianceErrors.ApplicabilityUnknown.At(prefix + "applicability"));
        else
        {
            var rule = new ApplicabilityRule(kind.Value, input.ApplicabilityParameter);
            failures.AddRange(rule.Validate(prefix + "applicabilityParameter"));
            (v.Applicability, v.ApplicabilityParameter) = (rule.Kind, rule.Parameter);
        }
        return (v, failures);
    }

    /// <summary>"Always" when absent; the enum's name otherwise (digits refused, so that "7" is not a kind).</summary>
    public static ApplicabilityKind? ParseApplicability(string? value) =>
        string.IsNullOrWhiteSpace(value) ? ApplicabilityKind.Always
        : !value.Any(char.IsDigit) && Enum.TryParse<ApplicabilityKind>(value.Trim(), ignoreCase: true, out var kind) && Enum.IsDefined(kind) ? kind : null;

    private static void CopyTextTo(this Recommendation v, Recommendation r)
    {
        r.Code = v.Code; r.TitleFr = v.TitleFr; r.TitleEn = v.TitleEn; r.StatementFr = v.StatementFr; r.StatementEn = v.StatementEn;
        r.GuidanceFr = v.GuidanceFr; r.GuidanceEn = v.GuidanceEn; r.LegalReferences = v.LegalReferences;
        r.ExpectedEvidenceFr = v.ExpectedEvidenceFr; r.ExpectedEvidenceEn = v.ExpectedEvidenceEn;
        r.Criticality = v.Criticality; r.Applicability = v.Applicability; r.ApplicabilityParameter = v.ApplicabilityParameter;
    }

    public static async Task<FrameworkVersion> LoadAsync(ComplianceDbContext db, Guid versionId, CancellationToken ct) =>
        await db.FrameworkVersions.FirstOrDefaultAsync(v => v.Id == versionId, ct) ?? throw new DomainException(PlatformErrors.NotFound);

    public static async Task<FrameworkVersion> LoadDraftAsync(ComplianceDbContext db, Guid versionId, CancellationToken ct)
    {
        var version = await LoadAsync(db, versionId, ct);
        if (!version.IsEditable) throw new DomainException(ComplianceErrors.VersionNotEditable);
        return version;
    }

    // Touching the version makes two authors' simultaneous saves conflict instead of interleaving orders.
    private static Task SaveAsync(FrameworkWork w, FrameworkVersion version, string change, Guid target, CancellationToken ct)
    {
        Touch(w.Db, version);
        return w.Db.SaveChangesAndAuditAsync(w.Audit, new AuditEntry(AuditEventType.FrameworkContentChanged, nameof(FrameworkVersion), version.Id.ToString(),
            Details: new { change, target }), ct);
    }

    /// <summary>Marks the version modified: SaveChanges bumps and checks its version number.</summary>
    public static void Touch(ComplianceDbContext db, FrameworkVersion version) => db.Entry(version).Property(v => v.Version).IsModified = true;

    [GeneratedRegex("^[A-Z0-9][A-Z0-9.-]{0,19}$")]
    private static partial Regex CodePattern();
}
