using System.Net;
using System.Net.Http.Json;
using CoopSante.Integration.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CoopSante.Integration.Tests.Platform;

public sealed class RateLimitTests(AppFixture app)
{
    [Fact]
    public async Task Sign_in_attempts_beyond_the_limit_answer_429_with_retry_after()
    {
        await using var limited = app.Factory.WithWebHostBuilder(b => b.UseSetting("RateLimits:SignInPerMinute", "3"));
        var client = limited.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 5; i++)
        {
            last = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "nobody@test.coopsante.ca", password = "Wrong-Password-1" });
            statuses.Add(last.StatusCode);
        }
        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.True(last!.Headers.RetryAfter is not null, "Retry-After header expected");
        await ProblemAssert.IsProblem(last, HttpStatusCode.TooManyRequests, "Platform.TooManyRequests");
    }
}
