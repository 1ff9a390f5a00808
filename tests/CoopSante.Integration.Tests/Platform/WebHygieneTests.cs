using System.Net;
using System.Text;
using CoopSante.Integration.Tests.Infrastructure;

namespace CoopSante.Integration.Tests.Platform;

public sealed class WebHygieneTests(AppFixture app) : IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await app.ResetAsync();
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Health_checks_answer_live_and_ready_with_the_database()
    {
        var client = app.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        var response = await app.Anonymous().GetAsync("/health/live");
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task OpenApi_document_lists_the_api()
    {
        var response = await app.Anonymous().GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadAsStringAsync();
        Assert.Contains("/api/v1/auth/login", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_json_answers_400_problem_in_Development_not_500()
    {
        var response = await app.Anonymous().PostAsync("/api/v1/auth/login", new StringContent("{bad", Encoding.UTF8, "application/json"));
        await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest, "Platform.MalformedRequest");
    }

    [Fact]
    public async Task Problem_messages_follow_the_culture_french_by_default()
    {
        var fr = await app.Anonymous().PostAsync("/api/v1/auth/login", new StringContent("{bad", Encoding.UTF8, "application/json"));
        var en = await app.Anonymous("en-CA").PostAsync("/api/v1/auth/login", new StringContent("{bad", Encoding.UTF8, "application/json"));
        Assert.Equal("La requête est mal formée.", (await ProblemAssert.IsProblem(fr, HttpStatusCode.BadRequest, "Platform.MalformedRequest")).GetProperty("title").GetString());
        Assert.Equal("The request is malformed.", (await ProblemAssert.IsProblem(en, HttpStatusCode.BadRequest, "Platform.MalformedRequest")).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Unknown_api_route_answers_404_problem()
    {
        var response = await app.Anonymous().GetAsync("/api/v1/nothing-here");
        await ProblemAssert.IsProblem(response, HttpStatusCode.NotFound, "Platform.NotFound");
    }
}
