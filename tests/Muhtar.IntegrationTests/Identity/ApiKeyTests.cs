using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Platform.Errors;
using Muhtar.Platform.Identity;
using Muhtar.Platform.Tenancy;

namespace Muhtar.IntegrationTests.Identity;

/// <summary>API keys: created by an Owner, shown once, stored hashed, scoped to one business, revocable (I1, I6).</summary>
public abstract class ApiKeyTests(MuhtarAppFactory app)
{
    [Fact]
    public async Task A_created_key_works_until_it_is_revoked()
    {
        var tenant = await app.CreateTenantAsync();
        var owner = await tenant.LoginAsync(Roles.Owner);
        var created = await Problems.JsonAsync(await owner.PostAsJsonAsync("/api/v1/api-keys", new { name = "till-1", scopes = new[] { "pos" } }),
            HttpStatusCode.Created);
        var key = TestTenant.CreateApiClient(app, created.GetProperty("key").GetString()!);

        var me = await Problems.JsonAsync(await key.GetAsync("/api/v1/me"));
        Assert.Equal(tenant.Id, me.GetProperty("tenantId").GetGuid());
        Assert.Equal(("apikey", "apikey:till-1"), (me.GetProperty("kind").GetString(), me.GetProperty("actor").GetString()));
        Assert.Equal(["pos"], me.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));

        var revoke = await owner.PostAsync($"/api/v1/api-keys/{created.GetProperty("id").GetGuid()}/revoke", null);
        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        var refused = await key.GetAsync("/api/v1/me");
        await Problems.AssertAsync(refused, HttpStatusCode.Unauthorized);
        Assert.Contains("Bearer", refused.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mk_abcdefgh_0123456789012345678901234567890123456789")]
    [InlineData("not-a-key")]
    public async Task An_unknown_key_is_answered_with_a_401_problem(string presented)
    {
        await Problems.AssertAsync(await TestTenant.CreateApiClient(app, presented).GetAsync("/api/v1/me"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_key_with_a_changed_secret_but_the_same_prefix_is_refused()
    {
        var tenant = await app.CreateTenantAsync();
        var forged = tenant.ApiKey[..^4] + (tenant.ApiKey.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");
        await Problems.AssertAsync(await TestTenant.CreateApiClient(app, forged).GetAsync("/api/v1/me"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_list_shows_prefix_and_last_use_but_never_the_key()
    {
        var tenant = await app.CreateTenantAsync();
        var owner = await tenant.LoginAsync(Roles.Owner);
        Assert.Equal(HttpStatusCode.OK, (await tenant.Api.GetAsync("/api/v1/me")).StatusCode);

        var body = await (await owner.GetAsync("/api/v1/api-keys")).Content.ReadAsStringAsync();
        var item = JsonDocument.Parse(body).RootElement.GetProperty("items").EnumerateArray().Single();

        Assert.DoesNotContain(tenant.ApiKey, body, StringComparison.Ordinal);
        Assert.StartsWith(tenant.ApiKey[..(ApiKeyFormat.Marker.Length + ApiKeyFormat.PrefixLength)], item.GetProperty("prefix").GetString(), StringComparison.Ordinal);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, item.GetProperty("lastUsedAt").GetDateTime().ToUniversalTime());
        Assert.Equal(JsonValueKind.Null, item.GetProperty("revokedAt").ValueKind);
    }

    [Fact]
    public async Task A_business_cannot_see_or_revoke_another_business_s_keys()
    {
        var a = await app.CreateTenantAsync();
        var b = await app.CreateTenantAsync();
        var ownerA = await a.LoginAsync(Roles.Owner);
        var ownerB = await b.LoginAsync(Roles.Owner);
        var keyOfB = (await Problems.JsonAsync(await ownerB.GetAsync("/api/v1/api-keys"))).GetProperty("items")[0].GetProperty("id").GetGuid();

        var listA = await Problems.JsonAsync(await ownerA.GetAsync("/api/v1/api-keys"));
        Assert.DoesNotContain(listA.GetProperty("items").EnumerateArray(), k => k.GetProperty("id").GetGuid() == keyOfB);
        await Problems.AssertAsync(await ownerA.PostAsync($"/api/v1/api-keys/{keyOfB}/revoke", null), HttpStatusCode.NotFound);

        var me = await Problems.JsonAsync(await b.Api.GetAsync("/api/v1/me"));
        Assert.Equal(b.Id, me.GetProperty("tenantId").GetGuid());
    }

    [Fact]
    public async Task A_key_of_one_business_acts_only_for_that_business()
    {
        var a = await app.CreateTenantAsync();
        var b = await app.CreateTenantAsync();
        var meA = await Problems.JsonAsync(await a.Api.GetAsync("/api/v1/me"));

        Assert.Equal((a.Id, a.Slug), (meA.GetProperty("tenantId").GetGuid(), meA.GetProperty("tenantSlug").GetString()));
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(b.Id);
        var service = scope.ServiceProvider.GetRequiredService<ApiKeyService>();
        await Assert.ThrowsAsync<InvalidOperationException>(() => service.CreateAsync(a.Id, "sneaky"));
        Assert.All(await service.ListAsync(), k => Assert.Equal("tests", k.Name));
        Assert.Single(await service.ListAsync());
    }

    [Fact]
    public async Task Unknown_scopes_are_refused_naming_the_field()
    {
        var tenant = await app.CreateTenantAsync();
        var owner = await tenant.LoginAsync(Roles.Owner);
        await Problems.AssertAsync(await owner.PostAsJsonAsync("/api/v1/api-keys", new { name = "erp", scopes = new[] { "everything" } }),
            HttpStatusCode.UnprocessableEntity, "scopes");

        await using var scope = app.Services.CreateAsyncScope();
        var violation = await Assert.ThrowsAsync<RuleViolation>(() =>
            scope.ServiceProvider.GetRequiredService<ApiKeyService>().CreateAsync(tenant.Id, "erp", ["customers", "nope"]));
        Assert.Equal("scopes", violation.Field);
    }

    [Fact]
    public async Task Only_owners_manage_keys_and_keys_cannot_manage_keys()
    {
        var tenant = await app.CreateTenantAsync();
        foreach (var role in RolePermissions.RolesWithout(Permissions.ApiKeysManage))
        {
            var client = await tenant.LoginAsync(role);
            await Problems.AssertAsync(await client.GetAsync("/api/v1/api-keys"), HttpStatusCode.Forbidden);
            await Problems.AssertAsync(await client.PostAsJsonAsync("/api/v1/api-keys", new { name = "x" }), HttpStatusCode.Forbidden);
        }

        await Problems.AssertAsync(await tenant.Api.PostAsJsonAsync("/api/v1/api-keys", new { name = "x" }), HttpStatusCode.Forbidden);
        await Problems.AssertAsync(await app.CreateClient().GetAsync("/api/v1/api-keys"), HttpStatusCode.Unauthorized);
    }
}

public sealed class ApiKeyTests_Sqlite(SqliteApp app) : ApiKeyTests(app), IClassFixture<SqliteApp>;

public sealed class ApiKeyTests_Postgres(PostgresApp app) : ApiKeyTests(app), IClassFixture<PostgresApp>;
