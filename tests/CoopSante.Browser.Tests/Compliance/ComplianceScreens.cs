using System.Text.RegularExpressions;
using CoopSante.Browser.Tests.Infrastructure;
using CoopSante.Compliance.Data;
using CoopSante.Compliance.Frameworks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CoopSante.Browser.Tests.Compliance;

/// <summary>The labels of the campaign opening, in the language of the page.</summary>
internal sealed record OpeningLabels(string Panel, string Version, string Coops, string Confirm, string OpenButton)
{
    public static readonly OpeningLabels French = new("Ouvrir une campagne", "Version publiée du cadre", "Coopératives", "1 coopérative(s)", "Ouvrir la campagne");
    public static readonly OpeningLabels English = new("Open a campaign", "Published framework version", "Coops", "Open the campaign for 1 coop(s)?", "Open the campaign");
}

/// <summary>What the conformity browser tests share: MudBlazor fields and selects, a version written to the schema, opening a campaign.</summary>
internal static class ComplianceScreens
{
    public static ILocator Field(ILocator scope, string testId) => scope.Locator($"input[data-testid={testId}], textarea[data-testid={testId}], [data-testid={testId}] input, [data-testid={testId}] textarea").First;

    public static ILocator Dialog(IPage page) => page.GetByRole(AriaRole.Dialog);

    public static async Task ChooseAsync(IPage page, ILocator scope, string selectLabel, string option, bool multiple = false)
    {
        await scope.Locator(".mud-select").Filter(new() { HasText = selectLabel }).First.Locator(".mud-input").First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = option }).First.ClickAsync();
        if (multiple) await page.Keyboard.PressAsync("Escape");
    }

    /// <summary>A framework with one version of one section and two recommendations (weights 3 and 1), written straight to the schema.</summary>
    public static async Task<Guid> VersionAsync(BrowserFixture app, string name, FrameworkVersionStatus status, (string Fr, string En) section,
        (string Code, string Fr, string En) heavy, (string Code, string Fr, string En) light)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ComplianceDbContext>();
        var framework = new Framework { Id = Guid.CreateVersion7(), Name = name, CreatedAt = DateTimeOffset.UtcNow };
        var version = new FrameworkVersion
        {
            Id = Guid.CreateVersion7(), FrameworkId = framework.Id, Number = 1, Status = status, CreatedAt = DateTimeOffset.UtcNow,
            PublishedOn = status == FrameworkVersionStatus.Published ? DateOnly.FromDateTime(DateTime.UtcNow) : null,
        };
        var s = new Section { Id = Guid.CreateVersion7(), VersionId = version.Id, Order = 1, TitleFr = section.Fr, TitleEn = section.En };
        version.Sections.Add(s);
        version.Recommendations.AddRange([Rec(version, s, heavy, 1, 3), Rec(version, s, light, 2, 1)]);
        framework.Versions.Add(version);
        db.Add(framework);
        await db.SaveChangesAsync();
        return version.Id;
    }

    private static Recommendation Rec(FrameworkVersion v, Section s, (string Code, string Fr, string En) r, int order, int weight) =>
        new() { Id = Guid.CreateVersion7(), VersionId = v.Id, SectionId = s.Id, Code = r.Code, Order = order, TitleFr = r.Fr, TitleEn = r.En, StatementFr = r.Fr, StatementEn = r.En, Criticality = weight, Applicability = ApplicabilityKind.Always };

    /// <summary>On the campaigns page: opens a campaign on the version for one coop, confirms, and returns the campaign's id from the heat map's address.</summary>
    public static async Task<Guid> OpenCampaignAsync(IPage page, OpeningLabels labels, string campaignName, string frameworkName, string coopName)
    {
        await page.GetByText(labels.Panel, new() { Exact = true }).ClickAsync();
        var panel = page.GetByTestId("open-campaign-panel");
        await Field(panel, "campaign-name").FillAsync(campaignName);
        await ChooseAsync(page, panel, labels.Version, $"{frameworkName} — v1");
        await ChooseAsync(page, panel, labels.Coops, coopName, multiple: true);
        await page.GetByTestId("campaign-open").ClickAsync();
        await Assertions.Expect(Dialog(page)).ToContainTextAsync(labels.Confirm);
        await Dialog(page).GetByRole(AriaRole.Button, new() { Name = labels.OpenButton }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/conform[a-z]+/[0-9a-f-]{36}$"));
        return Guid.Parse(page.Url[^36..]);
    }
}
