using System.Net;
using System.Net.Http.Json;
using Muhtar.IntegrationTests.Identity;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Platform.Identity;
using static Muhtar.IntegrationTests.Pos.Catalog.CatalogApi;

namespace Muhtar.IntegrationTests.Pos.Catalog;

/// <summary>API keys bound to a store and optionally a till (P1 "API key per store/till").</summary>
public abstract class TillKeyTests(MuhtarAppFactory app)
{
    [Fact]
    public async Task A_till_key_carries_its_store_and_till_and_a_store_key_only_its_store()
    {
        var tenant = await app.CreateTenantAsync();
        await PosRows.SeedAsync(app, tenant);
        var owner = await tenant.LoginAsync(Roles.Owner);

        var tillKey = await SendAsync(owner, HttpMethod.Post, "/api/v1/api-keys", new { name = "kasa-2", scopes = new[] { "pos" }, storeCode = "IST01", tillCode = "02" }, HttpStatusCode.Created);
        var storeKey = await SendAsync(owner, HttpMethod.Post, "/api/v1/api-keys", new { name = "ankara", scopes = new[] { "pos" }, storeCode = "ANK01" }, HttpStatusCode.Created);

        var till = await SendAsync(TestTenant.CreateApiClient(app, tillKey.GetProperty("key").GetString()!), HttpMethod.Get, "/api/v1/me", null);
        var store = await SendAsync(TestTenant.CreateApiClient(app, storeKey.GetProperty("key").GetString()!), HttpMethod.Get, "/api/v1/me", null);
        var plain = await SendAsync(tenant.Api, HttpMethod.Get, "/api/v1/me", null);
        Assert.Equal(("IST01", "02"), (till.GetProperty("storeCode").GetString(), till.GetProperty("tillCode").GetString()));
        Assert.Equal(("ANK01", null), (store.GetProperty("storeCode").GetString(), store.GetProperty("tillCode").GetString()));
        Assert.Null(plain.GetProperty("storeCode").GetString());

        var keys = (await SendAsync(owner, HttpMethod.Get, "/api/v1/api-keys", null)).GetProperty("items").EnumerateArray().ToList();
        var listed = keys.Single(k => k.GetProperty("name").GetString() == "kasa-2");
        Assert.Equal(("IST01", "02"), (listed.GetProperty("storeCode").GetString(), listed.GetProperty("tillCode").GetString()));
    }

    [Fact]
    public async Task A_till_key_for_a_store_or_till_the_business_lacks_is_refused_naming_the_field()
    {
        var tenant = await app.CreateTenantAsync();
        await PosRows.SeedAsync(app, tenant);
        var owner = await tenant.LoginAsync(Roles.Owner);

        await Problems.AssertAsync(await owner.PostAsJsonAsync("/api/v1/api-keys", new { name = "x", scopes = new[] { "pos" }, storeCode = "IST99" }), HttpStatusCode.UnprocessableEntity, "storeCode");
        await Problems.AssertAsync(await owner.PostAsJsonAsync("/api/v1/api-keys", new { name = "x", scopes = new[] { "pos" }, storeCode = "ANK01", tillCode = "02" }), HttpStatusCode.UnprocessableEntity, "tillCode");
        await Problems.AssertAsync(await owner.PostAsJsonAsync("/api/v1/api-keys", new { name = "x", scopes = new[] { "pos" }, tillCode = "01" }), HttpStatusCode.UnprocessableEntity, "storeCode");
        var other = await app.CreateTenantAsync();
        var otherOwner = await other.LoginAsync(Roles.Owner);
        await Problems.AssertAsync(await otherOwner.PostAsJsonAsync("/api/v1/api-keys", new { name = "x", scopes = new[] { "pos" }, storeCode = "IST01" }), HttpStatusCode.UnprocessableEntity, "storeCode");
    }

    [Fact]
    public async Task A_store_code_a_live_till_key_is_bound_to_cannot_change_until_the_key_is_revoked()
    {
        var tenant = await app.CreateTenantAsync();
        var rows = await PosRows.SeedAsync(app, tenant);
        var owner = await tenant.LoginAsync(Roles.Owner);
        var key = await SendAsync(owner, HttpMethod.Post, "/api/v1/api-keys", new { name = "kasa", scopes = new[] { "pos" }, storeCode = "ANK01" }, HttpStatusCode.Created);
        var rename = new { code = "ANK09", name = "Çankaya Kızılay Şubesi", city = "Ankara", district = "Çankaya" };

        await Problems.AssertAsync(await tenant.Api.PutAsJsonAsync($"/api/v1/pos/stores/{rows.CankayaId}", rename), HttpStatusCode.Conflict, "code");
        await SendAsync(owner, HttpMethod.Post, $"/api/v1/api-keys/{key.GetProperty("id").GetGuid()}/revoke", null, HttpStatusCode.NoContent);
        var renamed = await SendAsync(tenant.Api, HttpMethod.Put, $"/api/v1/pos/stores/{rows.CankayaId}", rename);

        Assert.Equal("ANK09", renamed.GetProperty("code").GetString());
    }
}

public sealed class TillKeyTests_Sqlite(SqliteApp app) : TillKeyTests(app), IClassFixture<SqliteApp>;

public sealed class TillKeyTests_Postgres(PostgresApp app) : TillKeyTests(app), IClassFixture<PostgresApp>;
