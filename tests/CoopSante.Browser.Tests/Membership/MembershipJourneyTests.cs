using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using CoopSante.Browser.Tests.Infrastructure;
using CoopSante.Membership.Data;
using CoopSante.Platform.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace CoopSante.Browser.Tests.Membership;

/// <summary>From a public application to the new member's own data export, through the coop admin's screens.</summary>
public sealed partial class MembershipJourneyTests(BrowserFixture app)
{
    [GeneratedRegex(@"https?://\S+/invitation/[A-Za-z0-9_\-]+")]
    private static partial Regex InvitationLink();

    /// <summary>"Solde dû : 0,00 $" (fr-CA money), and not 10,00 or 20,00.</summary>
    [GeneratedRegex(@"^Solde dû\s*:\s*0,00\s*\$$")]
    private static partial Regex OwingNothing();

    private const string AdminEmail = "gestion@contrecoeur.demo.coopsante.ca";
    private const string MemberPassword = "Membre-Portail-2026";

    private static ILocator Field(IPage page, string testId) => page.Locator($"input[data-testid={testId}], [data-testid={testId}] input").First;

    private static string Unique() => Guid.NewGuid().ToString("N")[..8];

    /// <summary>Letters only: family names are checked for letters, spaces, hyphens and apostrophes.</summary>
    private static string UniqueLetters() => string.Concat(Guid.NewGuid().ToString("N")[..6].Select(c => (char)('a' + (c % 26))));

    [Fact]
    public async Task A_visitor_applies_is_admitted_pays_gets_a_certificate_and_exports_only_their_own_data_from_the_portal()
    {
        var familyName = "Parcours-" + char.ToUpperInvariant(UniqueLetters()[0]) + UniqueLetters();
        const string givenName = "Éloïse";
        var email = $"parcours.{Unique()}@exemple.ca";

        // 1. The public application, in French.
        var visitor = await app.NewPageAsync();
        await visitor.GotoAsync($"/coops/{DemoIds.Contrecoeur}/adhesion");
        await visitor.GetByTestId("form-interactive").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await Field(visitor, "familyName").FillAsync(familyName);
        await Field(visitor, "givenName").FillAsync(givenName);
        await Field(visitor, "dateOfBirth").FillAsync("1986-03-14");
        await Field(visitor, "dateOfBirth").PressAsync("Tab");
        await Field(visitor, "street").FillAsync("45, rue Marie-Victorin");
        await Field(visitor, "city").FillAsync("Contrecoeur");
        await Field(visitor, "postalCode").FillAsync("J0L 1C0");
        await Field(visitor, "email").FillAsync(email);
        await visitor.GetByTestId("application-submit").ClickAsync();
        await visitor.GetByTestId("application-received").WaitForAsync();

        // 2. The coop admin admits it in a batch, with a resolution number.
        var admin = await app.NewPageAsync();
        await admin.SignInAsync(AdminEmail);
        // The list is paged (25 a page), oldest first: the new application is on the last page.
        int lastPage;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MembershipDbContext>();
            var pending = await db.Applications.IgnoreQueryFilters()
                .CountAsync(a => a.CoopId == DemoIds.Contrecoeur && a.Status == CoopSante.Membership.Model.ApplicationStatus.Pending);
            lastPage = (pending + 24) / 25;
        }
        await admin.GotoAsync($"/adhesions?page={lastPage}");
        await admin.WaitInteractiveAsync();
        var row = admin.Locator("[data-testid='pending-table'] tbody tr", new() { HasText = familyName });
        await row.WaitForAsync();
        var memberHref = await row.GetByRole(AriaRole.Link, new() { Name = familyName }).GetAttributeAsync("href");
        var memberId = Guid.Parse(memberHref!.Split('/')[^1], CultureInfo.InvariantCulture);
        await row.GetByRole(AriaRole.Checkbox).CheckAsync();
        var resolution = $"CA-{Unique()}";
        await Field(admin, "resolution").FillAsync(resolution);
        await admin.GetByTestId("admit").ClickAsync();
        var admitted = admin.GetByRole(AriaRole.Status).Filter(new() { HasText = "admise(s)" });
        await admitted.WaitForAsync();
        var memberNumber = await MemberNumberAsync(memberId);
        Assert.NotNull(memberNumber);
        Assert.Equal($"1 personne(s) admise(s) : numéros de membre {memberNumber}", (await admitted.InnerTextAsync()).Trim());
        await Assertions.Expect(row).ToHaveCountAsync(0);

        // 3. A share payment on the member's page (which loads the member once the circuit is live: wait for it).
        await admin.GotoAsync($"/membres/{memberId}");
        await admin.WaitInteractiveAsync();
        await Assertions.Expect(admin.Locator("h1")).ToHaveTextAsync($"{givenName} {familyName}");
        await Assertions.Expect(admin.Locator("body")).ToContainTextAsync(resolution);
        await Assertions.Expect(admin.GetByTestId("shares-owing")).Not.ToHaveTextAsync(OwingNothing());
        await admin.GetByTestId("payment-save").ClickAsync();
        await Assertions.Expect(admin.GetByTestId("payment-save")).ToHaveCountAsync(0);
        await Assertions.Expect(admin.GetByTestId("shares-owing")).ToHaveTextAsync(OwingNothing());

        // 4. The certificate, read back from the PDF.
        var certificate = admin.GetByRole(AriaRole.Link, new() { Name = "Certificat de parts (PDF)" });
        var pdf = await admin.APIRequest.GetAsync((await certificate.GetAttributeAsync("href"))!);
        Assert.Equal(200, pdf.Status);
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);
        var text = PdfText(await pdf.BodyAsync());
        Assert.Contains($"{givenName} {familyName}", text, StringComparison.Ordinal);
        Assert.Contains("Coopérative de santé de Contrecoeur", text, StringComparison.Ordinal);
        Assert.Contains("Signature de la personne autorisée", text, StringComparison.Ordinal); // dated and signed like the receipt, under the coop's letterhead
        var shares = await SharesHeldAsync(memberId);
        Assert.True(shares > 0);
        Assert.Contains($"détient {shares} part", text, StringComparison.Ordinal);

        // 5. The portal account: an invitation to the Member role, accepted through the e-mailed link.
        await admin.GotoAsync("/personnes");
        await admin.WaitInteractiveAsync();
        // The page knows its coop once the picker shows it (the line it adds moves the form down).
        await Assertions.Expect(admin.GetByTestId("admin-coop")).ToHaveTextAsync("Coopérative de santé de Contrecoeur");
        await Field(admin, "invite-email").FillAsync(email);
        await Field(admin, "invite-name").FillAsync($"{givenName} {familyName}");
        await admin.GetByTestId("invite-role").ClickAsync();
        await admin.Locator(".mud-popover-open").GetByText("Membre", new() { Exact = true }).ClickAsync();
        // MudSelect commits the choice after a round trip to the browser: a click sent before then invites with the old role.
        await Assertions.Expect(admin.GetByTestId("invite-role")).ToHaveTextAsync("Membre");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Envoyer l'invitation" }).ClickAsync();
        await admin.GetByText($"Invitation envoyée à {email}.").WaitForAsync();
        var link = await InvitationLinkAsync(email);

        var member = await app.NewPageAsync();
        await member.GotoAsync(new Uri(link).PathAndQuery);
        await Assertions.Expect(member.GetByTestId("invitation-summary")).ToHaveTextAsync($"Invitation pour {email} : rôle « Membre » — Coopérative de santé de Contrecoeur.");
        await member.GetByLabel("Votre nom").FillAsync($"{givenName} {familyName}");
        await member.GetByLabel("Mot de passe", new() { Exact = true }).FillAsync(MemberPassword);
        await member.GetByLabel("Confirmer le mot de passe").FillAsync(MemberPassword);
        await member.GetByRole(AriaRole.Button, new() { Name = "Accepter l'invitation" }).ClickAsync();
        await member.Locator("[data-testid='invitation-accepted']").WaitForAsync();

        // 6. The member signs in; the portal links the account by e-mail and exports their data.
        await member.SignInAsync(email, MemberPassword, twoFactor: false);
        await member.GotoAsync("/portail");
        await member.WaitInteractiveAsync();
        await Assertions.Expect(member.GetByTestId("member-number")).ToHaveTextAsync(memberNumber.Value.ToString(CultureInfo.InvariantCulture));
        var export = await member.APIRequest.GetAsync((await member.GetByRole(AriaRole.Link, new() { Name = "Mes renseignements (JSON)" }).GetAttributeAsync("href"))!);
        Assert.Equal(200, export.Status);
        // Compared as decoded values: the serializer escapes accents and apostrophes ("B\u00E9langer"), which a search of the raw text would miss.
        using var json = JsonDocument.Parse(await export.BodyAsync());
        var identity = json.RootElement.GetProperty("member").GetProperty("identity");
        Assert.Equal(familyName, identity.GetProperty("familyName").GetString());
        Assert.Equal(email, identity.GetProperty("email").GetString());
        var values = StringValues(json.RootElement).ToHashSet(StringComparer.Ordinal);
        foreach (var other in await OtherMembersAsync(memberId))
        {
            Assert.DoesNotContain(other.Email, values);
            Assert.DoesNotContain(other.FamilyName, values);
        }
    }

    private static IEnumerable<string> StringValues(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => [e.GetString()!],
        JsonValueKind.Object => e.EnumerateObject().SelectMany(p => StringValues(p.Value)),
        JsonValueKind.Array => e.EnumerateArray().SelectMany(StringValues),
        _ => [],
    };

    private static string PdfText(byte[] bytes)
    {
        using var document = PdfDocument.Open(bytes);
        return string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    private async Task<int> SharesHeldAsync(Guid memberId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MembershipDbContext>();
        return await db.Members.IgnoreQueryFilters().Where(m => m.Id == memberId).Select(m => m.SharesHeld).SingleAsync();
    }

    private async Task<int?> MemberNumberAsync(Guid memberId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MembershipDbContext>();
        return await db.Members.IgnoreQueryFilters().Where(m => m.Id == memberId).Select(m => m.MemberNumber).SingleAsync();
    }

    private async Task<List<(string Email, string FamilyName)>> OtherMembersAsync(Guid memberId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MembershipDbContext>();
        var others = await db.Members.IgnoreQueryFilters()
            .Where(m => m.CoopId == DemoIds.Contrecoeur && m.Id != memberId && m.Email != null)
            .OrderBy(m => m.Id).Take(20).Select(m => new { m.Email, m.FamilyName }).ToListAsync();
        Assert.NotEmpty(others);
        return others.Select(o => (o.Email!, o.FamilyName)).ToList();
    }

    private async Task<string> InvitationLinkAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoopSante.Platform.Data.PlatformDbContext>();
        var bodies = await db.OutboxEmails.Where(m => m.To == email).Select(m => m.TextBody).ToListAsync();
        var link = bodies.Select(b => InvitationLink().Match(b).Value).FirstOrDefault(l => l.Length > 0);
        Assert.False(string.IsNullOrEmpty(link), string.Join("\n", bodies));
        return link!;
    }
}
