using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Platform.Data;
using Muhtar.Platform.Idempotency;
using Muhtar.Platform.Identity;
using Muhtar.Platform.Tenancy;

namespace Muhtar.IntegrationTests.Platform;

/// <summary>Stripe's Idempotency-Key semantics on API POSTs, shown on customer creation.</summary>
public abstract class IdempotencyTests(MuhtarAppFactory app)
{
    [Fact]
    public async Task A_retry_with_the_same_key_and_body_replays_the_first_response_and_creates_nothing()
    {
        var tenant = await app.CreateTenantAsync();
        var body = NewCustomer("0532 400 10 10");

        var first = await PostAsync(tenant, "retry-1", body);
        var second = await PostAsync(tenant, "retry-1", body);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal("true", second.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(1, await TotalCustomersAsync(tenant));
    }

    [Fact]
    public async Task The_same_key_with_another_body_is_refused_with_422()
    {
        var tenant = await app.CreateTenantAsync();
        await PostAsync(tenant, "key-2", NewCustomer("0532 400 20 20"));

        var other = await PostAsync(tenant, "key-2", NewCustomer("0532 400 20 21"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        Assert.Equal("application/problem+json", other.Content.Headers.ContentType?.MediaType);
        Assert.Equal(1, await TotalCustomersAsync(tenant));
    }

    [Fact]
    public async Task A_retry_while_the_first_request_is_in_flight_gets_409_until_it_is_abandoned()
    {
        var tenant = await app.CreateTenantAsync();
        var body = NewCustomer("0532 400 30 30");
        await MarkInFlightAsync(tenant, "key-3", body);

        var during = await PostAsync(tenant, "key-3", body);
        Assert.Equal(HttpStatusCode.Conflict, during.StatusCode);
        Assert.Equal(0, await TotalCustomersAsync(tenant));

        // A request that crashed never completes its record; after a while the key may be used again.
        app.Clock.Advance(TimeSpan.FromMinutes(6));
        var after = await PostAsync(tenant, "key-3", body);
        Assert.Equal(HttpStatusCode.Created, after.StatusCode);
    }

    [Fact]
    public async Task Keys_are_scoped_to_the_business_so_two_businesses_may_use_the_same_key()
    {
        var one = await app.CreateTenantAsync();
        var two = await app.CreateTenantAsync();

        Assert.Equal(HttpStatusCode.Created, (await PostAsync(one, "shared-key", NewCustomer("0532 400 40 40"))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(two, "shared-key", NewCustomer("0532 400 40 41"))).StatusCode);
        Assert.Equal(1, await TotalCustomersAsync(two));
    }

    [Fact]
    public async Task A_request_refused_by_validation_is_not_stored_so_the_corrected_request_may_reuse_the_key()
    {
        // As at Stripe: only a request that started executing keeps its key.
        var tenant = await app.CreateTenantAsync();

        var invalid = await PostAsync(tenant, "fix-1", NewCustomer("12"));
        var corrected = await PostAsync(tenant, "fix-1", NewCustomer("0532 400 50 50"));

        Assert.True((int)invalid.StatusCode is 400 or 422);
        Assert.Equal(HttpStatusCode.Created, corrected.StatusCode);
        Assert.Equal(1, await TotalCustomersAsync(tenant));
    }

    private static object NewCustomer(string phone) => new { kind = "person", firstName = "Deniz", lastName = "Aksoy", phone };

    private static Task<HttpResponseMessage> PostAsync(TestTenant tenant, string key, object body)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/customers") { Content = content };
        request.Headers.Add("Idempotency-Key", key);
        return tenant.Api.SendAsync(request);
    }

    private static async Task<int> TotalCustomersAsync(TestTenant tenant)
    {
        using var json = JsonDocument.Parse(await tenant.Api.GetStringAsync("/api/v1/customers?pageSize=1"));
        return json.RootElement.GetProperty("total").GetInt32();
    }

    /// <summary>Stores the key as a concurrent, unfinished request would have, with the same request hash.</summary>
    private async Task MarkInFlightAsync(TestTenant tenant, string key, object body)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant.Id, null, "tests");
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<MuhtarDbContext>>().CreateDbContextAsync();
        var keyId = await db.Set<ApiKey>().Select(k => k.Id).SingleAsync();
        var json = JsonSerializer.SerializeToUtf8Bytes(body);
        var hash = IdempotencyMiddleware.HashOf("POST", "/api/v1/customers", "", json);
        db.Add(new IdempotencyRecord("key:" + keyId, key, hash, app.Clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync();
    }
}

public sealed class IdempotencyTests_Sqlite(SqliteApp app) : IdempotencyTests(app), IClassFixture<SqliteApp>;

public sealed class IdempotencyTests_Postgres(PostgresApp app) : IdempotencyTests(app), IClassFixture<PostgresApp>;
