using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Muhtar.Platform.Data;
using Muhtar.Platform.Localization;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Platform.Idempotency;

/// <summary>
/// Stripe's Idempotency-Key semantics for every API POST: the first response is stored; a retry with the
/// same key and body replays it; another body under the same key gets 422; a retry while the first is
/// still running gets 409. Runs after authentication, so keys are scoped to the caller's business.
/// </summary>
internal sealed class IdempotencyMiddleware(RequestDelegate next)
{
    public const string HeaderName = "Idempotency-Key";
    private const int MaxKeyLength = 255;

    /// <summary>Keys are remembered for a day, as Stripe does; an older key starts afresh.</summary>
    private static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    /// <summary>An in-flight record older than this belongs to a crashed request and may be taken over.</summary>
    private static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(5);

    public async Task InvokeAsync(HttpContext context, IDbContextFactory<MuhtarDbContext> dbFactory, ITenantContext tenant,
        TimeProvider time, IProblemDetailsService problems, IStringLocalizer<SharedResource> localizer)
    {
        var key = context.Request.Headers[HeaderName].ToString();
        if (!HttpMethods.IsPost(context.Request.Method) || string.IsNullOrEmpty(key) || !tenant.HasTenant
            || !context.Request.Path.StartsWithSegments("/api"))
        {
            await next(context);
            return;
        }

        if (key.Length > MaxKeyLength)
        {
            await WriteProblemAsync(context, problems, StatusCodes.Status400BadRequest, localizer["Idempotency.KeyTooLong"]);
            return;
        }

        var hash = await HashRequestAsync(context.Request);
        var caller = Caller(context.User);
        var store = new IdempotencyStore(dbFactory, time);
        var claim = await store.ClaimAsync(caller, key, hash, Retention, AbandonedAfter, context.RequestAborted);
        switch (claim.Outcome)
        {
            case ClaimOutcome.OtherRequest:
                await WriteProblemAsync(context, problems, StatusCodes.Status422UnprocessableEntity, localizer["Idempotency.BodyMismatch"]);
                return;
            case ClaimOutcome.InFlight:
                await WriteProblemAsync(context, problems, StatusCodes.Status409Conflict, localizer["Idempotency.InFlight"]);
                return;
            case ClaimOutcome.Replay:
                await ReplayAsync(context, claim.Record!);
                return;
        }

        await RunAndStoreAsync(context, store, claim.Record!);
    }

    private async Task RunAndStoreAsync(HttpContext context, IdempotencyStore store, IdempotencyRecord record)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        catch
        {
            // The request failed before answering: free the key so the client can retry.
            await store.ReleaseAsync(record.Id, CancellationToken.None);
            throw;
        }
        finally
        {
            context.Response.Body = original;
        }

        var body = buffer.ToArray();
        if (context.Response.StatusCode >= 500)
        {
            await store.ReleaseAsync(record.Id, CancellationToken.None);
        }
        else
        {
            await store.CompleteAsync(record.Id, context.Response.StatusCode, context.Response.ContentType,
                context.Response.Headers.Location.ToString(), body, CancellationToken.None);
        }

        await original.WriteAsync(body, context.RequestAborted);
    }

    private static async Task ReplayAsync(HttpContext context, IdempotencyRecord record)
    {
        context.Response.StatusCode = record.ResponseStatus;
        context.Response.ContentType = record.ResponseContentType;
        if (!string.IsNullOrEmpty(record.ResponseLocation))
        {
            context.Response.Headers.Location = record.ResponseLocation;
        }

        context.Response.Headers["Idempotent-Replayed"] = "true";
        await context.Response.Body.WriteAsync(record.ResponseBody ?? [], context.RequestAborted);
    }

    private static async Task<string> HashRequestAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, request.HttpContext.RequestAborted);
        request.Body.Position = 0;
        return HashOf(request.Method, request.Path, request.QueryString.Value ?? "", body.ToArray());
    }

    /// <summary>What identifies "the same request": method, path, query and the exact body bytes.</summary>
    public static string HashOf(string method, string path, string query, byte[] body)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(System.Text.Encoding.UTF8.GetBytes($"{method} {path}{query}\n"));
        sha.AppendData(body);
        return Convert.ToHexString(sha.GetHashAndReset());
    }

    private static string Caller(ClaimsPrincipal user) =>
        user.FindFirstValue(MuhtarClaims.ApiKeyId) is { } keyId
            ? "key:" + keyId
            : "user:" + user.FindFirstValue(ClaimTypes.NameIdentifier);

    private static async Task WriteProblemAsync(HttpContext context, IProblemDetailsService problems, int status, string title)
    {
        context.Response.StatusCode = status;
        var details = new ProblemDetails { Status = status, Title = title };
        details.Extensions["errors"] = new Dictionary<string, string[]> { [HeaderName] = [title] };
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = details });
    }
}
