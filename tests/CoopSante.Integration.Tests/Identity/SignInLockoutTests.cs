using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Platform.Tenancy;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CoopSante.Integration.Tests.Identity;

/// <summary>
/// The lockout tells nothing about which accounts exist: a real and an unknown address get the same statuses, the
/// same problem and a Retry-After, through the API and through the sign-in form; the form is rate-limited per client.
/// </summary>
public sealed partial class SignInLockoutTests(AppFixture app)
{
    [Fact]
    public async Task Through_the_api_a_real_and_an_unknown_address_get_the_same_answers_and_both_lockouts_say_when_to_retry()
    {
        var real = await app.UserAsync(Role.CoopStaff, Guid.NewGuid());
        var unknown = $"personne.{Guid.NewGuid():N}@test.coopsante.ca";
        var realAnswers = await ApiAttemptsAsync(real.Email);
        var unknownAnswers = await ApiAttemptsAsync(unknown);

        Assert.Equal([401, 401, 401, 401, 429, 429], realAnswers.Select(a => a.Status));
        Assert.Equal(realAnswers.Select(a => a.Status), unknownAnswers.Select(a => a.Status));
        Assert.Equal(realAnswers.Select(a => a.Problem), unknownAnswers.Select(a => a.Problem));
        foreach (var a in realAnswers.Concat(unknownAnswers).Where(a => a.Status == 429))
            Assert.True(a.RetryAfterSeconds is > 60 and <= 900, $"Retry-After {a.RetryAfterSeconds}");
        Assert.All(realAnswers.Concat(unknownAnswers).Where(a => a.Status == 401), a => Assert.Null(a.RetryAfterSeconds));
    }

    [Fact]
    public async Task Through_the_form_a_real_and_an_unknown_address_get_the_same_answers_and_both_lockouts_answer_429_with_retry_after()
    {
        var real = await app.UserAsync(Role.CoopStaff, Guid.NewGuid());
        var unknown = $"personne.{Guid.NewGuid():N}@test.coopsante.ca";
        var realAnswers = await FormAttemptsAsync(app.Anonymous(), real.Email, 6);
        var unknownAnswers = await FormAttemptsAsync(app.Anonymous(), unknown, 6);

        Assert.Equal([200, 200, 200, 200, 429, 429], realAnswers.Select(a => a.Status));
        Assert.Equal(realAnswers.Select(a => (a.Status, a.Problem)), unknownAnswers.Select(a => (a.Status, a.Problem)));
        Assert.All(realAnswers.Concat(unknownAnswers).Where(a => a.Status == 429), a =>
        {
            Assert.True(a.RetryAfterSeconds is > 60 and <= 900, $"Retry-After {a.RetryAfterSeconds}");
            Assert.Equal("lockout-message", a.Problem);
        });
    }

    [Fact]
    public async Task The_sign_in_form_is_rate_limited_per_client_address_with_retry_after()
    {
        await using var limited = app.Factory.WithWebHostBuilder(b => b.UseSetting("RateLimits:SignInPerMinute", "3"));
        var client = limited.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var answers = new List<Answer>();
        for (var i = 0; i < 4; i++)
            answers.AddRange(await FormAttemptsAsync(client, $"personne.{Guid.NewGuid():N}@test.coopsante.ca", 1));
        Assert.Equal([200, 200, 200, 429], answers.Select(a => a.Status));
        Assert.NotNull(answers[^1].RetryAfterSeconds);
    }

    private sealed record Answer(int Status, string? Problem, int? RetryAfterSeconds);

    private static int? RetryAfter(HttpResponseMessage r) => r.Headers.RetryAfter?.Delta is { } d ? (int)d.TotalSeconds : null;

    private async Task<List<Answer>> ApiAttemptsAsync(string email)
    {
        var client = app.Anonymous();
        var answers = new List<Answer>();
        for (var i = 0; i < 6; i++)
        {
            var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = $"Mauvais-Mot-De-Passe-{i}" });
            var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            answers.Add(new Answer((int)response.StatusCode, $"{problem.GetProperty("code").GetString()}|{problem.GetProperty("title").GetString()}", RetryAfter(response)));
        }
        return answers;
    }

    /// <summary>Posts the sign-in form as a browser does (antiforgery token and cookie from the page).</summary>
    private static async Task<List<Answer>> FormAttemptsAsync(HttpClient client, string email, int attempts)
    {
        var answers = new List<Answer>();
        for (var i = 0; i < attempts; i++)
        {
            var page = await client.GetStringAsync("/connexion");
            var token = TokenPattern().Match(page).Groups[1].Value;
            var response = await client.PostAsync("/connexion", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "login", ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
                ["Input.Email"] = email, ["Input.Password"] = $"Mauvais-Mot-De-Passe-{i}",
            }));
            var html = await response.Content.ReadAsStringAsync();
            var shown = MessagePattern().Match(html) is { Success: true } m ? m.Groups[1].Value : null;
            answers.Add(new Answer((int)response.StatusCode, shown, RetryAfter(response)));
        }
        return answers;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("data-testid=\"(login-error|lockout-message)\"")]
    private static partial Regex MessagePattern();
}
