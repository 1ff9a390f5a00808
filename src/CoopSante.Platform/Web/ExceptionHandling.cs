using CoopSante.Platform.Errors;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CoopSante.Platform.Web;

/// <summary>
/// Turns failures into problem details: rule violations and malformed requests are 4xx with a code, stale edits 409;
/// anything else is a 500 without a stack trace. Binding errors answer 400 in every environment.
/// </summary>
internal sealed partial class ProblemExceptionHandler(ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        var failures = exception switch
        {
            DomainException d => d.Failures,
            BadHttpRequestException => [new Failure(PlatformErrors.MalformedRequest)],
            Microsoft.AspNetCore.Antiforgery.AntiforgeryValidationException => [new Failure(PlatformErrors.MalformedRequest)],
            DbUpdateConcurrencyException => [new Failure(PlatformErrors.StaleVersion)],
            _ => null,
        };
        if (failures is null)
        {
            LogUnexpected(logger, exception, exception.GetType().Name, http.Request.Path);
            var problem = new Microsoft.AspNetCore.Mvc.ProblemDetails
            {
                Status = 500,
                Title = http.RequestServices.GetService(typeof(ErrorMessages)) is ErrorMessages m ? m.For(PlatformErrors.Unexpected) : "Error",
            };
            problem.Extensions["code"] = PlatformErrors.Unexpected.Code;
            http.Response.StatusCode = 500;
            await http.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", ct);
            return true;
        }
        var details = Problems.Create(http, failures);
        http.Response.StatusCode = details.Status ?? 400;
        await http.Response.WriteAsJsonAsync(details, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", ct);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled {ExceptionType} on {Path}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string exceptionType, string path); // the trace goes to the log, never to the client
}
