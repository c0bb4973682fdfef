using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Muhtar.IntegrationTests.CustomerTests.Support;
using Muhtar.IntegrationTests.Identity;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Platform.Identity;

namespace Muhtar.IntegrationTests.CustomerTests.CustomFields;

/// <summary>C1: tags with colours; renaming a tag renames it on every customer.</summary>
public abstract class CustomerTagColourTests(MuhtarAppFactory app)
{
    [Fact]
    public async Task Tags_get_colours_from_the_palette_or_a_hex_and_in_use_tags_are_listed_too()
    {
        var api = await CustomerApi.NewTenantAsync(app);
        await api.CreateIdAsync(new { firstName = "Ali", tags = new[] { "Toptancı", "VIP" } });

        var vip = await Problems.JsonAsync(await api.Client.PostAsJsonAsync("/api/v1/customer-tags", new { name = "vip", colour = "purple" }), HttpStatusCode.Created);
        Assert.Equal("purple", vip.GetProperty("colour").GetString());
        await Problems.JsonAsync(await api.Client.PostAsJsonAsync("/api/v1/customer-tags", new { name = "Borçlu", colour = "#1E6091" }), HttpStatusCode.Created);
        await Problems.AssertAsync(await api.Client.PostAsJsonAsync("/api/v1/customer-tags", new { name = "Yeni", colour = "menekşe" }), HttpStatusCode.UnprocessableEntity, "colour");
        await Problems.AssertAsync(await api.Client.PostAsJsonAsync("/api/v1/customer-tags", new { name = "VİP", colour = "red" }), HttpStatusCode.Conflict, "name");

        var tags = (await api.GetJsonAsync("/api/v1/customer-tags")).EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!);
        Assert.Equal(["Borçlu", "Toptancı", "vip"], tags.Keys.Order(StringComparer.Create(new System.Globalization.CultureInfo("tr-TR"), true)));
        Assert.Equal("#1e6091", tags["Borçlu"].GetProperty("colour").GetString());
        Assert.Equal("#ffffff", tags["Borçlu"].GetProperty("foreground").GetString());
        Assert.Equal("gray", tags["Toptancı"].GetProperty("colour").GetString());
        Assert.Equal(JsonValueKind.Null, tags["Toptancı"].GetProperty("id").ValueKind);
    }

    [Fact]
    public async Task Renaming_a_tag_renames_it_on_every_customer_and_audits_it()
    {
        var tenant = await app.CreateTenantAsync();
        var api = new CustomerApi(tenant.Id, tenant.Api);
        var one = await api.CreateIdAsync(new { firstName = "Bir", tags = new[] { "Sadık" } });
        var both = await api.CreateIdAsync(new { firstName = "İki", tags = new[] { "SADIK", "Sadık müşteri" } });
        var tag = await Problems.JsonAsync(await api.Client.PostAsJsonAsync("/api/v1/customer-tags", new { name = "Sadık", colour = "green" }), HttpStatusCode.Created);
        var id = tag.GetProperty("id").GetGuid();

        var sales = await tenant.LoginAsync(Roles.Sales);
        Assert.Equal(HttpStatusCode.Forbidden, (await sales.PatchAsJsonAsync($"/api/v1/customer-tags/{id}", new { name = "X" })).StatusCode);
        var renamed = await Problems.JsonAsync(await api.Client.PatchAsJsonAsync($"/api/v1/customer-tags/{id}", new { name = "Sadık müşteri" }));
        Assert.Equal("green", renamed.GetProperty("colour").GetString());

        Assert.Equal(["Sadık müşteri"], (await api.GetJsonAsync($"/api/v1/customers/{one}")).GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(["Sadık müşteri"], (await api.GetJsonAsync($"/api/v1/customers/{both}")).GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal([one, both], CustomerApi.Ids(await api.GetJsonAsync("/api/v1/customers?tag=sadik%20musteri")));
        var audit = (await api.GetJsonAsync($"/api/v1/customers/{one}/audit")).GetProperty("items").EnumerateArray();
        Assert.Contains(audit, e => e.GetProperty("field").GetString() == "tags" && e.GetProperty("newValue").GetString() == "Sadık müşteri");

        Assert.Equal(HttpStatusCode.NoContent, (await api.Client.DeleteAsync($"/api/v1/customer-tags/{id}")).StatusCode);
        var listed = (await api.GetJsonAsync("/api/v1/customer-tags")).EnumerateArray().Single();
        Assert.Equal(("Sadık müşteri", "gray"), (listed.GetProperty("name").GetString(), listed.GetProperty("colour").GetString()));
    }
}

public sealed class CustomerTagColourTests_Sqlite(SqliteApp app) : CustomerTagColourTests(app), IClassFixture<SqliteApp>;

public sealed class CustomerTagColourTests_Postgres(PostgresApp app) : CustomerTagColourTests(app), IClassFixture<PostgresApp>;
