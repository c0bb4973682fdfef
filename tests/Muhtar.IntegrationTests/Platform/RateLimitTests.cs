using System.Net;
using Muhtar.IntegrationTests.Infrastructure;

namespace Muhtar.IntegrationTests.Platform;

/// <summary>The app with a deliberately small limit (5 requests a minute per caller).</summary>
public sealed class RateLimitedApp : SqliteApp
{
    protected override IDictionary<string, string?> ExtraSettings =>
        new Dictionary<string, string?> { ["RateLimiting:PermitsPerMinute"] = "5" };
}

public sealed class RateLimitTests(RateLimitedApp app) : IClassFixture<RateLimitedApp>
{
    [Fact]
    public async Task A_key_over_its_limit_gets_429_with_retry_after_while_another_key_is_served()
    {
        var noisy = await app.CreateTenantAsync();
        var quiet = await app.CreateTenantAsync();

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await noisy.Api.GetAsync("/api/v1/customers")).StatusCode);
        }

        var refused = await noisy.Api.GetAsync("/api/v1/customers");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter is not null, "429 says when to retry");
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);

        Assert.Equal(HttpStatusCode.OK, (await quiet.Api.GetAsync("/api/v1/customers")).StatusCode);
    }
}
