using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Muhtar.IntegrationTests.CustomerTests.Support;
using Muhtar.IntegrationTests.Infrastructure;

namespace Muhtar.IntegrationTests.CustomerTests;

/// <summary>I6: another business's customer is as good as unknown, and a body cannot choose the business.</summary>
public abstract class CustomerTenancyTests(MuhtarAppFactory app)
{
    [Fact]
    public async Task Another_business_gets_404_on_every_customer_endpoint_and_changes_nothing()
    {
        var owner = await CustomerApi.NewTenantAsync(app);
        var other = await CustomerApi.NewTenantAsync(app);
        var id = await owner.CreateIdAsync(new { kind = "company", companyName = "Acar Ltd", phone = "05321234567", tags = new[] { "GizliEtiket" } });
        var before = await owner.GetJsonAsync($"/api/v1/customers/{id}");
        var json = JsonContent.Create(new { text = "x", tag = "x", line = "x" });

        var responses = new[]
        {
            await other.Client.GetAsync($"/api/v1/customers/{id}"),
            await other.PatchAsync(id, """{ "companyName": "Ele geçirildi" }"""),
            await other.Client.PostAsync($"/api/v1/customers/{id}/archive", null),
            await other.Client.PostAsync($"/api/v1/customers/{id}/unarchive", null),
            await other.Client.GetAsync($"/api/v1/customers/{id}/notes"),
            await other.Client.PostAsync($"/api/v1/customers/{id}/notes", json),
            await other.Client.GetAsync($"/api/v1/customers/{id}/addresses"),
            await other.Client.PostAsync($"/api/v1/customers/{id}/addresses", json),
            await other.Client.PostAsync($"/api/v1/customers/{id}/tags", json),
            await other.Client.DeleteAsync($"/api/v1/customers/{id}/tags/GizliEtiket"),
            await other.Client.GetAsync($"/api/v1/customers/{id}/audit"),
            await other.Client.GetAsync($"/api/v1/customers/{id}/contacts"),
        };

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        var after = await owner.GetJsonAsync($"/api/v1/customers/{id}");
        Assert.Equal(before.GetRawText(), after.GetRawText());
        Assert.Equal(0, (await owner.GetJsonAsync($"/api/v1/customers/{id}/notes")).GetProperty("total").GetInt32());
        Assert.Empty(await other.SearchAsync("05321234567"));
        Assert.Empty(await other.SearchAsync("acar"));
        Assert.Equal(0, (await other.GetJsonAsync("/api/v1/customers?archived=all")).GetProperty("total").GetInt32());
        Assert.Equal(["GizliEtiket"], (await owner.GetJsonAsync("/api/v1/customer-tags")).EnumerateArray().Select(t => t.GetProperty("name").GetString()));
        Assert.Empty((await other.GetJsonAsync("/api/v1/customer-tags")).EnumerateArray());
    }

    [Fact]
    public async Task A_tenant_id_in_the_body_is_ignored()
    {
        var victim = await CustomerApi.NewTenantAsync(app);
        var attacker = await CustomerApi.NewTenantAsync(app);

        var created = await attacker.CreateAsync(new { tenantId = victim.TenantId, firstName = "Sızma" });
        var id = created.GetProperty("id").GetGuid();
        (await attacker.PatchAsync(id, $$"""{ "tenantId": "{{victim.TenantId}}", "id": "{{Guid.NewGuid()}}", "firstName": "Yine" }""")).EnsureSuccessStatusCode();

        Assert.False(created.TryGetProperty("tenantId", out _));
        Assert.Equal("Yine", (await attacker.GetJsonAsync($"/api/v1/customers/{id}")).GetProperty("firstName").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await victim.Client.GetAsync($"/api/v1/customers/{id}")).StatusCode);
        Assert.Equal(0, (await victim.GetJsonAsync("/api/v1/customers")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Without_credentials_the_customer_api_is_closed()
    {
        var response = await app.CreateClient().GetAsync("/api/v1/customers");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}

public sealed class CustomerTenancyTests_Sqlite(SqliteApp app) : CustomerTenancyTests(app), IClassFixture<SqliteApp>;

public sealed class CustomerTenancyTests_Postgres(PostgresApp app) : CustomerTenancyTests(app), IClassFixture<PostgresApp>;
