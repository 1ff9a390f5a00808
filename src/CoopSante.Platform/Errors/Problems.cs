using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Platform.Errors;

/// <summary>One shape for every 4xx: RFC 9457 problem details with a stable code and localized messages.</summary>
public static class Problems
{
    public static ProblemDetails Create(HttpContext http, IReadOnlyList<Failure> failures)
    {
        var messages = http.RequestServices.GetRequiredService<ErrorMessages>();
        var first = failures[0];
        var status = (int)first.Error.Kind;
        var problem = new ProblemDetails
        {
            Status = status,
            Title = messages.For(first),
            Type = $"https://coopsante.ca/problems/{first.Error.Code}",
            Instance = http.Request.Path,
        };
        problem.Extensions["code"] = first.Error.Code;
        problem.Extensions["errors"] = failures.Select(f => new ProblemError(f.Error.Code, f.Field, messages.For(f))).ToList();
        problem.Extensions["traceId"] = Activity.Current?.Id ?? http.TraceIdentifier;
        return problem;
    }

    public static IResult Result(HttpContext http, params Failure[] failures)
    {
        var problem = Create(http, failures);
        return TypedResults.Problem(problem);
    }
}

public sealed record ProblemError(string Code, string? Field, string Message);
