using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Muhtar.Platform.Errors;

/// <summary>Turns <see cref="RuleViolation"/> into <c>application/problem+json</c> with <c>errors.{field}</c>.</summary>
internal sealed class RuleViolationHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not RuleViolation violation)
        {
            return false;
        }

        var details = new ValidationProblemDetails(new Dictionary<string, string[]> { [violation.Field] = [violation.Message] })
        {
            Status = violation.Status,
            Title = violation.Message,
        };
        foreach (var (key, value) in violation.Extensions)
        {
            details.Extensions[key] = value;
        }

        httpContext.Response.StatusCode = violation.Status;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = details, Exception = exception });
    }
}
