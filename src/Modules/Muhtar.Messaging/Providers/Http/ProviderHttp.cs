using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Muhtar.Messaging.Providers.Http;

/// <summary>How long one call to a provider may take before it counts as "try again later".</summary>
internal sealed class ProviderHttpOptions
{
    public const string Section = "Messaging:Providers";

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);
}

/// <summary>What came back from a provider's HTTP API: a status and body, or why nothing came back.</summary>
internal sealed record ProviderHttpAnswer(HttpStatusCode? Status, string Body, string? Failure)
{
    public int Code => Status is { } s ? (int)s : 0;

    public bool IsSuccess => Code is >= 200 and <= 299;

    /// <summary>
    /// No answer (timeout, refused connection), 5xx, 429 or 408: the provider may work in a moment. The outbox
    /// retries with the same correlation id.
    /// </summary>
    public bool IsTransient => Status is null || Code >= 500 || Code is 429 or 408;

    /// <summary>Short text for admins: "HTTP 503 ...", "zaman aşımı". Never the request, so never personal data.</summary>
    public string Describe(int maxBody = 200)
    {
        if (Status is null)
        {
            return Failure ?? "no answer";
        }

        var body = Body.ReplaceLineEndings(" ").Trim();
        if (body.Length > maxBody)
        {
            body = body[..maxBody] + "…";
        }

        return body.Length == 0 ? $"HTTP {Code}" : $"HTTP {Code} {body}";
    }
}

/// <summary>
/// Sends one request to a provider with the shared client (no inner retries: the outbox owns retrying) and a
/// timeout, and turns network failures into an answer instead of an exception. Only the caller's own
/// cancellation escapes. Logs neither URLs with query strings nor bodies: they carry phones and texts.
/// </summary>
internal sealed class ProviderHttp(IHttpClientFactory clients, IOptions<ProviderHttpOptions> options, ILogger<ProviderHttp> logger)
{
    public const string ClientName = "Muhtar.Messaging.Providers";

    public async Task<ProviderHttpAnswer> SendAsync(string providerKey, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var timeout = options.Value.Timeout;
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        try
        {
            var client = clients.CreateClient(ClientName);
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, timer.Token);
            var body = await response.Content.ReadAsStringAsync(timer.Token);
            if ((int)response.StatusCode >= 400)
            {
                logger.LogInformation("Provider {Provider} answered HTTP {Status}", providerKey, (int)response.StatusCode);
            }

            return new ProviderHttpAnswer(response.StatusCode, body, null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Provider {Provider} did not answer within {Timeout}", providerKey, timeout);
            return new ProviderHttpAnswer(null, "", $"timeout: no answer within {timeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException e)
        {
            logger.LogWarning("Provider {Provider} could not be reached: {Error}", providerKey, e.HttpRequestError);
            return new ProviderHttpAnswer(null, "", $"connection failed: {e.HttpRequestError} {e.InnerException?.Message ?? e.Message}".Trim());
        }
    }
}
