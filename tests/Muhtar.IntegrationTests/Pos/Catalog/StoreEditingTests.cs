using System.Net;
using System.Net.Http.Json;
using Muhtar.IntegrationTests.Identity;
using Muhtar.IntegrationTests.Infrastructure;
using static Muhtar.IntegrationTests.Pos.Catalog.CatalogApi;

namespace Muhtar.IntegrationTests.Pos.Catalog;

/// <summary>Stores and their tills through the API (P3).</summary>
public abstract class StoreEditingTests(MuhtarAppFactory app)
{
    [Fact]
    public async Task A_store_is_created_changed_and_given_tills_that_can_be_renamed_and_deleted()
    {
        var tenant = await app.CreateTenantAsync();
        var store = await SendAsync(tenant.Api, HttpMethod.Post, "/api/v1/pos/stores",
            new { code = "IZM01", name = "Alsancak Şubesi", city = "İzmir", district = "Konak" }, HttpStatusCode.Created);
        var id = store.GetProperty("id").GetGuid();

        var changed = await SendAsync(tenant.Api, HttpMethod.Put, $"/api/v1/pos/stores/{id}",
            new { code = "WEB", name = "Çevrimiçi Mağaza", city = "", district = "", isOnline = true });
        await SendAsync(tenant.Api, HttpMethod.Post, $"/api/v1/pos/stores/{id}/tills", new { code = "1" }, HttpStatusCode.Created);
        var second = await SendAsync(tenant.Api, HttpMethod.Post, $"/api/v1/pos/stores/{id}/tills", new { code = "2" }, HttpStatusCode.Created);
        var third = await SendAsync(tenant.Api, HttpMethod.Post, $"/api/v1/pos/stores/{id}/tills", new { code = "3" }, HttpStatusCode.Created);
        await Problems.AssertAsync(await tenant.Api.PostAsJsonAsync($"/api/v1/pos/stores/{id}/tills", new { code = "1" }), HttpStatusCode.Conflict, "code");
        await SendAsync(tenant.Api, HttpMethod.Put, $"/api/v1/pos/tills/{second.GetProperty("id").GetGuid()}", new { code = "7" }, HttpStatusCode.NoContent);
        await SendAsync(tenant.Api, HttpMethod.Delete, $"/api/v1/pos/tills/{third.GetProperty("id").GetGuid()}", null, HttpStatusCode.NoContent);

        Assert.True(changed.GetProperty("isOnline").GetBoolean());
        var read = await SendAsync(tenant.Api, HttpMethod.Get, $"/api/v1/pos/stores/{id}", null);
        Assert.Equal(("WEB", "Çevrimiçi Mağaza"), (read.GetProperty("code").GetString(), read.GetProperty("name").GetString()));
        Assert.Equal(["1", "7"], read.GetProperty("tills").EnumerateArray().Select(t => t.GetProperty("code").GetString()));
        var list = await SendAsync(tenant.Api, HttpMethod.Get, "/api/v1/pos/stores", null);
        Assert.Equal(["1", "7"], list.GetProperty("items")[0].GetProperty("tills").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task A_taken_store_code_and_a_missing_name_are_refused_naming_the_field()
    {
        var tenant = await app.CreateTenantAsync();
        await SendAsync(tenant.Api, HttpMethod.Post, "/api/v1/pos/stores", new { code = "BRS01", name = "Nilüfer" }, HttpStatusCode.Created);

        await Problems.AssertAsync(await tenant.Api.PostAsJsonAsync("/api/v1/pos/stores", new { code = "BRS01", name = "Osmangazi" }), HttpStatusCode.Conflict, "code");
        await Problems.AssertAsync(await tenant.Api.PostAsJsonAsync("/api/v1/pos/stores", new { code = "BRS02", name = " " }), HttpStatusCode.UnprocessableEntity, "name");
    }

    [Fact]
    public async Task A_till_with_receipts_cannot_be_deleted()
    {
        var tenant = await app.CreateTenantAsync();
        var rows = await PosRows.SeedAsync(app, tenant);
        var store = await SendAsync(tenant.Api, HttpMethod.Get, $"/api/v1/pos/stores/{rows.KadikoyId}", null);
        var till = store.GetProperty("tills").EnumerateArray().Single(t => t.GetProperty("code").GetString() == "01").GetProperty("id").GetGuid();

        await Problems.AssertAsync(await tenant.Api.DeleteAsync($"/api/v1/pos/tills/{till}"), HttpStatusCode.Conflict, "id");

        var after = await SendAsync(tenant.Api, HttpMethod.Get, $"/api/v1/pos/stores/{rows.KadikoyId}", null);
        Assert.Equal(["01", "02"], after.GetProperty("tills").EnumerateArray().Select(t => t.GetProperty("code").GetString()));
    }
}

public sealed class StoreEditingTests_Sqlite(SqliteApp app) : StoreEditingTests(app), IClassFixture<SqliteApp>;

public sealed class StoreEditingTests_Postgres(PostgresApp app) : StoreEditingTests(app), IClassFixture<PostgresApp>;
