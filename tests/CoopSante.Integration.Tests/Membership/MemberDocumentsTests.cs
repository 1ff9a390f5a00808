using System.Net;
using System.Net.Http.Json;
using CoopSante.Integration.Tests.Federation;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Platform.Tenancy;
using UglyToad.PdfPig;
using static CoopSante.Integration.Tests.Membership.MembershipScenario;

namespace CoopSante.Integration.Tests.Membership;

public sealed class MemberDocumentsTests(AppFixture app) : IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await app.ResetAsync();
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static async Task<string> PdfTextAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        return string.Join("\n", pdf.GetPages().Select(p => p.Text));
    }

    [Fact]
    public async Task The_share_certificate_is_in_french_for_a_french_speaking_member()
    {
        var s = await StartAsync(app);
        var memberId = await s.MemberAsync("Côté", "Hélène", category: "Worker", paid: 50m);
        var text = await PdfTextAsync(await s.Admin.GetAsync($"{s.Base}/members/{memberId}/certificate.pdf"));
        Assert.Contains("Certificat de parts sociales", text, StringComparison.Ordinal);
        Assert.Contains("Hélène Côté", text, StringComparison.Ordinal);
        Assert.Contains("Membre travailleur", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_share_certificate_names_the_coop_that_issues_it_with_its_address_and_NEQ_and_has_a_signature_line()
    {
        await FederationTestData.ResetAsync(app); // puts back the federation's list of services that a coop's profile names
        var federation = await app.ClientAsync(Role.FederationAdmin);
        var coop = await FederationTestData.CreateAsync(federation, FederationTestData.Input(name: "Coop de santé des Certificats"));
        var s = await StartAsync(app, coop.Id);
        var memberId = await s.MemberAsync("Lévesque", "Anaïs", paid: 10m);
        var text = await PdfTextAsync(await s.Admin.GetAsync($"{s.Base}/members/{memberId}/certificate.pdf"));
        Assert.Contains("Coopérative de solidarité Coop de santé des Certificats", text, StringComparison.Ordinal);
        Assert.Contains("1000 rue Principale", text, StringComparison.Ordinal);
        Assert.Contains(coop.Neq!, text, StringComparison.Ordinal);
        Assert.Contains("Anaïs Lévesque", text, StringComparison.Ordinal);
        Assert.Contains("Signature de la personne autorisée", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_payment_receipt_is_in_english_for_an_english_speaking_member()
    {
        var s = await StartAsync(app);
        var identity = Person("O'Neil", "Shawn") as object;
        var json = System.Text.Json.JsonSerializer.SerializeToNode(identity)!;
        json["preferredLanguage"] = "en";
        var created = await Json(await s.Admin.PostAsJsonAsync($"{s.Base}/applications", new { identity = json, consent = true }));
        await s.AdmitAsync(created.GetProperty("applicationId").GetGuid());
        var memberId = created.GetProperty("memberId").GetGuid();
        var payment = await Json(await s.Admin.PostAsJsonAsync($"{s.Base}/members/{memberId}/shares/payments", new { amount = 10m, method = "Cheque", occurredOn = Yesterday }));
        var text = await PdfTextAsync(await s.Admin.GetAsync($"{s.Base}/members/{memberId}/receipts/{payment.GetProperty("id").GetGuid()}.pdf"));
        Assert.Contains($"Receipt no. {payment.GetProperty("receiptNumber").GetInt32()}", text, StringComparison.Ordinal);
        Assert.Contains("Cheque", text, StringComparison.Ordinal);
        Assert.Contains("$10.00", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_applicant_has_no_certificate_yet()
    {
        var s = await StartAsync(app);
        var (_, memberId) = await s.ApplyAsync(Person("Gagné", "Luc"));
        await ProblemAssert.IsProblem(await s.Admin.GetAsync($"{s.Base}/members/{memberId}/certificate.pdf"), HttpStatusCode.UnprocessableEntity, "Membership.MemberNotActive");
    }
}
