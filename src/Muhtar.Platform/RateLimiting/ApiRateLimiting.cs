using System.Net;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Muhtar.Platform.Localization;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Platform.RateLimiting;

/// <summary>
/// Per-caller limits on /api: each API key (or signed-in user, or anonymous address) gets its own
/// window, so one noisy till cannot starve another. Over the limit: 429 with Retry-After.
/// </summary>
public static class ApiRateLimiting
{
    public static IServiceCollection AddMuhtarRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("RateLimiting:PermitsPerMinute", 1200);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.Request.Path.StartsWithSegments("/api")
                    ? RateLimitPartition.GetFixedWindowLimiter(PartitionKey(context), _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = permits,
                        Window = TimeSpan.FromMinutes(1),
                        QueueLimit = 0,
                    })
                    : RateLimitPartition.GetNoLimiter("web"));
            options.OnRejected = async (rejected, ct) =>
            {
                var http = rejected.HttpContext;
                if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
                var localizer = http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails = new ProblemDetails { Status = StatusCodes.Status429TooManyRequests, Title = localizer["RateLimit.Exceeded"] },
                });
            };
        });
        return services;
    }

    private static string PartitionKey(HttpContext context) =>
        context.User.FindFirstValue(MuhtarClaims.ApiKeyId) is { } key ? "key:" + key
        : context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } user ? "user:" + user
        : "ip:" + (context.Connection.RemoteIpAddress ?? IPAddress.Loopback);

    public static IApplicationBuilder UseMuhtarApiGuards(this IApplicationBuilder app) =>
        app.UseRateLimiter().UseMiddleware<Idempotency.IdempotencyMiddleware>();
}
