using System.Globalization;
using CoopSante.Compliance.Campaigns.Applicability;
using CoopSante.Compliance.Campaigns.Answering;
using CoopSante.Compliance.Campaigns.Results;
using CoopSante.Compliance.Campaigns.Scoring;
using CoopSante.Compliance.Data;
using CoopSante.Compliance.Resources;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Documents;
using CoopSante.Platform.Email;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Localization;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace CoopSante.Compliance.Campaigns.Reports;

/// <summary>
/// The documents of a campaign: a coop's audit report (PDF), its applicability statement (PDF, XLSX) and the whole
/// campaign as a workbook, each in French or English whatever the screen's language. Exports are audited.
/// </summary>
internal sealed class CampaignReports(ComplianceDbContext db, AssessmentWork work, CampaignResults results, ICoopDirectory coops, IAuditTrail audit, TimeProvider clock)
{
    private static string T(string key, CultureInfo c) => EmailTemplates.Text(typeof(CampaignText), key, c);

    private static string T(string key, CultureInfo c, params object[] args) => string.Format(c, T(key, c), args);

    public static string Percent(decimal? value, CultureInfo c) => value is { } v ? Formats.Percent(v, 1, c) : "—";

    public static string Note(string note, CultureInfo c) =>
        string.Format(c, T(ApplicabilityVerdict.Key(note), c), ApplicabilityVerdict.Args(note).Select(a => (object)int.Parse(a, CultureInfo.InvariantCulture)).ToArray());

    public async Task<byte[]> AuditReportAsync(Guid coopId, Guid campaignId, CultureInfo c, CancellationToken ct)
    {
        var english = c.TwoLetterISOLanguageName == "en";
        var assessment = await work.LoadAsync(coopId, campaignId, ct);
        var campaign = await db.Set<Campaign>().AsNoTracking().FirstAsync(x => x.Id == campaignId, ct);
        var name = (await coops.NamesAsync([coopId], ct)).GetValueOrDefault(coopId, "");
        var items = assessment.Items.OrderBy(i => i.SectionOrder).ThenBy(i => i.Order).ThenBy(i => i.Code, StringComparer.Ordinal).ToList();
        var scored = items.Where(i => i.Applicable).Select(ScoredItem.Of).ToList();
        var visits = await db.Set<AuditVisit>().AsNoTracking().Where(v => v.CoopId == coopId && v.AssessmentId == assessment.Id).OrderBy(v => v.VisitedOn).ToListAsync(ct);
        var findings = await db.Set<Finding>().AsNoTracking().Where(f => f.CoopId == coopId && f.AssessmentId == assessment.Id).OrderBy(f => f.Id).ToListAsync(ct);
        var actions = await db.Set<ActionItem>().AsNoTracking().Where(a => a.CoopId == coopId && a.AssessmentId == assessment.Id).OrderBy(a => a.DueOn).ThenBy(a => a.Id).ToListAsync(ct);
        var (answered, total) = AssessmentRules.Progress(items);

        var pdf = new PdfBuilder(T("Campaign.Report.Title", c), c)
            .Heading(T("Campaign.Report.Title", c))
            .Date(clock.Today())
            .KeyValue(T("Campaign.Report.Coop", c), name)
            .KeyValue(T("Campaign.Report.Campaign", c), campaign.Name)
            .KeyValue(T("Campaign.Report.Framework", c), campaign.VersionLabel)
            .KeyValue(T("Campaign.Report.DueOn", c), Formats.Date(campaign.DueOn, c))
            .KeyValue(T("Campaign.Report.Status", c), T("Campaign.Status." + assessment.Status, c))
            .Section(T("Campaign.Report.Summary", c))
            .Paragraph(T("Campaign.Report.SummaryText", c, answered, total, findings.Count, actions.Count(a => a.Status != ActionStatus.Done)))
            .KeyValue(T("Campaign.Report.Score", c), Percent(ConformityScore.Percent(scored), c))
            .Section(T("Campaign.Report.BySection", c))
            .Table([T("Campaign.Report.Section", c), T("Campaign.Report.Score", c)],
                items.GroupBy(i => i.SectionId).Select(g => (IReadOnlyList<string>)[g.First().SectionTitle(english),
                    Percent(ConformityScore.Percent(g.Where(i => i.Applicable).Select(ScoredItem.Of)), c)]), [0.75, 0.25])
            .Section(T("Campaign.Report.Answers", c))
            .Table([T("Campaign.Report.Code", c), T("Campaign.Report.Recommendation", c), T("Campaign.Report.Answer", c), T("Campaign.Report.Review", c)],
                items.Where(i => i.Applicable).Select(i => (IReadOnlyList<string>)[i.Code, i.Title(english),
                    i.Answer is { } a ? T("Campaign.Answer." + a, c) : "—", T("Campaign.ItemStatus." + i.Status, c)]), [0.14, 0.5, 0.18, 0.18])
            .Section(T("Campaign.Report.Findings", c));
        if (findings.Count == 0) pdf.Paragraph(T("Campaign.Report.NoFindings", c));
        else
        {
            var codes = items.ToDictionary(i => i.Id, i => i.Code);
            pdf.Table([T("Campaign.Report.Visit", c), T("Campaign.Report.Kind", c), T("Campaign.Report.Finding", c)],
                findings.Select(f => (IReadOnlyList<string>)[Formats.Date(visits.First(v => v.Id == f.VisitId).VisitedOn, c), T("Campaign.Finding." + f.Kind, c),
                    f.ItemId is { } id && codes.TryGetValue(id, out var code) ? code + " — " + f.Text : f.Text]), [0.2, 0.25, 0.55]);
        }
        pdf.Section(T("Campaign.Report.ActionPlan", c));
        if (actions.Count == 0) pdf.Paragraph(T("Campaign.Report.NoActions", c));
        else
            pdf.Table([T("Campaign.Report.Action", c), T("Campaign.Report.Owner", c), T("Campaign.Report.DueOn", c), T("Campaign.Report.Status", c)],
                actions.Select(a => (IReadOnlyList<string>)[a.Title, a.Owner, Formats.Date(a.DueOn, c), T("Campaign.Action." + a.Status, c)]), [0.4, 0.22, 0.2, 0.18]);
        var bytes = pdf.ToBytes();
        await AuditExportAsync(coopId, "AuditReport", campaignId, c, ct);
        return bytes;
    }

    public async Task<byte[]> ApplicabilityPdfAsync(Guid coopId, Guid campaignId, CultureInfo c, CancellationToken ct)
    {
        var (name, campaign, rows) = await ApplicabilityAsync(coopId, campaignId, c, ct);
        var bytes = new PdfBuilder(T("Campaign.Applicability.Title", c), c)
            .Heading(T("Campaign.Applicability.Title", c))
            .Date(clock.Today())
            .KeyValue(T("Campaign.Report.Coop", c), name)
            .KeyValue(T("Campaign.Report.Campaign", c), campaign.Name)
            .KeyValue(T("Campaign.Report.Framework", c), campaign.VersionLabel)
            .Gap()
            .Table([T("Campaign.Report.Code", c), T("Campaign.Report.Recommendation", c), T("Campaign.Applicability.Applies", c), T("Campaign.Applicability.Justification", c)],
                rows.Select(r => (IReadOnlyList<string>)[r.Code, r.Title, r.Applies, r.Justification]), [0.12, 0.38, 0.12, 0.38])
            .ToBytes();
        await AuditExportAsync(coopId, "ApplicabilityPdf", campaignId, c, ct);
        return bytes;
    }

    public async Task ApplicabilityXlsxAsync(Guid coopId, Guid campaignId, CultureInfo c, Stream stream, CancellationToken ct)
    {
        var (_, _, rows) = await ApplicabilityAsync(coopId, campaignId, c, ct);
        var sheet = rows.Select(r => new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [T("Campaign.Report.Section", c)] = r.Section, [T("Campaign.Report.Code", c)] = r.Code, [T("Campaign.Report.Recommendation", c)] = r.Title,
            [T("Campaign.Applicability.Applies", c)] = r.Applies, [T("Campaign.Applicability.Justification", c)] = r.Justification,
        });
        await Task.Run(() => MiniExcel.SaveAs(stream, sheet, sheetName: T("Campaign.Applicability.Sheet", c)), ct);
        await AuditExportAsync(coopId, "ApplicabilityXlsx", campaignId, c, ct);
    }

    private sealed record ApplicabilityRow(string Section, string Code, string Title, string Applies, string Justification);

    /// <summary>Every recommendation, applicable or not, with why: the condition's evaluation, and the coop's own justification where it answered "not applicable".</summary>
    private async Task<(string Name, Campaign Campaign, List<ApplicabilityRow> Rows)> ApplicabilityAsync(Guid coopId, Guid campaignId, CultureInfo c, CancellationToken ct)
    {
        var english = c.TwoLetterISOLanguageName == "en";
        var assessment = await work.LoadAsync(coopId, campaignId, ct);
        var campaign = await db.Set<Campaign>().AsNoTracking().FirstAsync(x => x.Id == campaignId, ct);
        var name = (await coops.NamesAsync([coopId], ct)).GetValueOrDefault(coopId, "");
        var rows = assessment.Items.OrderBy(i => i.SectionOrder).ThenBy(i => i.Order).ThenBy(i => i.Code, StringComparer.Ordinal).Select(i =>
        {
            var declared = i.Answer == Answer.NotApplicable;
            var applies = i.Applicable && !declared;
            var why = Note(i.ApplicabilityNote, c) + (declared ? " " + T("Campaign.Applicability.DeclaredByCoop", c, i.Justification ?? "") : "");
            return new ApplicabilityRow(i.SectionTitle(english), i.Code, i.Title(english), T(applies ? "Campaign.Applicability.Yes" : "Campaign.Applicability.No", c), why);
        }).ToList();
        return (name, campaign, rows);
    }

    /// <summary>The whole campaign as a workbook: one sheet of scores (coop × section), one of every answer (no evidence content).</summary>
    public async Task CampaignXlsxAsync(Guid campaignId, CultureInfo c, Stream stream, CancellationToken ct)
    {
        var english = c.TwoLetterISOLanguageName == "en";
        var campaign = await db.Set<Campaign>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == campaignId, ct) ?? throw new DomainException(CampaignErrors.CampaignNotFound);
        var heat = await results.HeatMapAsync(campaignId, new Platform.Paging.PageRequest(1, int.MaxValue), ct);
        var names = heat.Coops.Items.ToDictionary(r => r.CoopId, r => r.CoopName);
        var scores = heat.Coops.Items.Select(r =>
        {
            var row = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                [T("Campaign.Report.Coop", c)] = r.CoopName, [T("Campaign.Report.Status", c)] = T("Campaign.Status." + r.Status, c), [T("Campaign.Report.Score", c)] = r.Score,
            };
            for (var s = 0; s < heat.Sections.Count; s++) row[heat.Sections[s].Title] = r.Sections[s];
            return row;
        }).ToList();
        var visible = names.Keys.ToList();
        var items = await (from i in db.Set<AssessmentItem>().IgnoreQueryFilters().AsNoTracking()
                           join a in db.Set<Assessment>().IgnoreQueryFilters() on i.AssessmentId equals a.Id
                           where a.CampaignId == campaignId && visible.Contains(a.CoopId)
                           orderby a.CoopId, i.SectionOrder, i.Order, i.Code
                           select new { a.CoopId, i.Code, i.TitleFr, i.TitleEn, i.Weight, i.Applicable, i.Answer, i.Justification, i.Comment, i.Status, Evidence = i.Evidence.Count })
            .ToListAsync(ct);
        var answers = items.Select(i => new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [T("Campaign.Report.Coop", c)] = names.GetValueOrDefault(i.CoopId, ""), [T("Campaign.Report.Code", c)] = i.Code,
            [T("Campaign.Report.Recommendation", c)] = english && i.TitleEn.Length > 0 ? i.TitleEn : i.TitleFr, [T("Campaign.Report.Weight", c)] = i.Weight,
            [T("Campaign.Applicability.Applies", c)] = T(i.Applicable ? "Campaign.Applicability.Yes" : "Campaign.Applicability.No", c),
            [T("Campaign.Report.Answer", c)] = i.Answer is { } a ? T("Campaign.Answer." + a, c) : "", [T("Campaign.Applicability.Justification", c)] = i.Justification ?? "",
            [T("Campaign.Report.Comment", c)] = i.Comment ?? "", [T("Campaign.Report.Review", c)] = T("Campaign.ItemStatus." + i.Status, c), [T("Campaign.Report.EvidenceCount", c)] = i.Evidence,
        });
        var sheets = new Dictionary<string, object> { [T("Campaign.Export.ScoresSheet", c)] = scores, [T("Campaign.Export.AnswersSheet", c)] = answers };
        await Task.Run(() => MiniExcel.SaveAs(stream, sheets), ct);
        await AuditExportAsync(null, "CampaignXlsx", campaignId, c, ct);
    }

    private async Task AuditExportAsync(Guid? coopId, string what, Guid campaignId, CultureInfo c, CancellationToken ct) =>
        await audit.WriteAsync(db, [new AuditEntry(AuditEventType.ComplianceReportExported, nameof(Campaign), campaignId.ToString(), coopId, new { what, culture = c.Name })], ct);
}
