using System.Net;
using System.Net.Http.Json;
using Muhtar.IntegrationTests.CustomerTests.Support;
using Muhtar.IntegrationTests.Identity;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Platform.Identity;

namespace Muhtar.IntegrationTests.CustomerTests.CustomFields;

/// <summary>C1: a business defines its own customer fields; only Owner and Manager may.</summary>
public abstract class CustomFieldDefinitionTests(MuhtarAppFactory app)
{
    [Fact]
    public async Task A_field_is_defined_listed_changed_archived_and_deleted()
    {
        var api = await CustomerApi.NewTenantAsync(app);

        var created = await api.DefineAsync(new { label = "Ayakkabı No.", type = "number", required = false });
        Assert.Equal("ayakkabi_no", created.GetProperty("key").GetString());
        Assert.Equal("Ayakkabı No.", created.GetProperty("label").GetString());
        var id = created.GetProperty("id").GetGuid();
        await api.DefineAsync(new { key = "segment", label = "Segment", type = "choice", options = new[] { "Altın", "Gümüş" } });

        var again = await api.Client.PostAsJsonAsync("/api/v1/custom-fields", new { key = "ayakkabi_no", label = "Başka", type = "text" });
        await Problems.AssertAsync(again, HttpStatusCode.Conflict, "key");
        await Problems.AssertAsync(await api.Client.PostAsJsonAsync("/api/v1/custom-fields", new { label = "X", type = "renk" }), HttpStatusCode.UnprocessableEntity, "type");
        await Problems.AssertAsync(await api.Client.PostAsJsonAsync("/api/v1/custom-fields", new { label = "Y", type = "choice" }), HttpStatusCode.UnprocessableEntity, "options");
        await Problems.AssertAsync(await api.Client.PostAsJsonAsync("/api/v1/custom-fields", new { key = "Bad Key", label = "Z", type = "text" }), HttpStatusCode.UnprocessableEntity, "key");

        var changed = await Problems.JsonAsync(await api.Client.PatchAsJsonAsync($"/api/v1/custom-fields/{id}", new { label = "Numara", order = 9, archived = true }));
        Assert.Equal("Numara", changed.GetProperty("label").GetString());
        Assert.True(changed.GetProperty("archived").GetBoolean());
        await Problems.AssertAsync(await api.Client.PatchAsJsonAsync($"/api/v1/custom-fields/{id}", new { key = "numara" }), HttpStatusCode.UnprocessableEntity, "key");

        var list = await api.GetJsonAsync("/api/v1/custom-fields");
        Assert.Equal(["segment", "ayakkabi_no"], list.EnumerateArray().Select(f => f.GetProperty("key").GetString()));

        Assert.Equal(HttpStatusCode.NoContent, (await api.Client.DeleteAsync($"/api/v1/custom-fields/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Client.GetAsync($"/api/v1/custom-fields/{id}")).StatusCode);
    }

    [Fact]
    public async Task The_type_of_a_field_with_values_cannot_change_except_choice_to_multi_choice()
    {
        var api = await CustomerApi.NewTenantAsync(app);
        var number = (await api.DefineAsync(new { key = "puan", label = "Puan", type = "number" })).GetProperty("id").GetGuid();
        var choice = (await api.DefineAsync(new { key = "renk", label = "Renk", type = "choice", options = new[] { "Mavi", "Yeşil" } })).GetProperty("id").GetGuid();
        var empty = (await api.DefineAsync(new { key = "bos", label = "Boş", type = "number" })).GetProperty("id").GetGuid();
        await api.CreateIdAsync(new { firstName = "Ayşe", customFields = new { puan = 5, renk = "Mavi" } });

        await Problems.AssertAsync(await api.Client.PatchAsJsonAsync($"/api/v1/custom-fields/{number}", new { type = "text" }), HttpStatusCode.Conflict, "type");
        var multi = await Problems.JsonAsync(await api.Client.PatchAsJsonAsync($"/api/v1/custom-fields/{choice}", new { type = "multiChoice" }));
        Assert.Equal("multiChoice", multi.GetProperty("type").GetString());
        var text = await Problems.JsonAsync(await api.Client.PatchAsJsonAsync($"/api/v1/custom-fields/{empty}", new { type = "text" }));
        Assert.Equal("text", text.GetProperty("type").GetString());

        // An option some customer has chosen cannot be taken away; an unused one can.
        await Problems.AssertAsync(
            await api.Client.PatchAsJsonAsync($"/api/v1/custom-fields/{choice}", new { options = new[] { "Yeşil" } }), HttpStatusCode.Conflict, "options");
        var fewer = await Problems.JsonAsync(await api.Client.PatchAsJsonAsync($"/api/v1/custom-fields/{choice}", new { options = new[] { "Mavi", "Kırmızı" } }));
        Assert.Equal(["Mavi", "Kırmızı"], fewer.GetProperty("options").EnumerateArray().Select(o => o.GetString()));
    }

    [Fact]
    public async Task Sales_cannot_define_fields_but_can_set_their_values()
    {
        var tenant = await app.CreateTenantAsync();
        var api = new CustomerApi(tenant.Id, tenant.Api);
        var field = (await api.DefineAsync(new { key = "not", label = "Kısa not", type = "text" })).GetProperty("id").GetGuid();
        var id = await api.CreateIdAsync(new { firstName = "Mehmet" });
        var sales = await tenant.LoginAsync(Roles.Sales);
        var manager = await tenant.LoginAsync(Roles.Manager);

        Assert.Equal(HttpStatusCode.Forbidden, (await sales.PostAsJsonAsync("/api/v1/custom-fields", new { label = "Yeni", type = "text" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await sales.PatchAsJsonAsync($"/api/v1/custom-fields/{field}", new { label = "Değişti" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await sales.DeleteAsync($"/api/v1/custom-fields/{field}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await sales.GetAsync("/api/v1/custom-fields")).StatusCode);
        var patched = await sales.PatchAsync($"/api/v1/customers/{id}", JsonContent.Create(new { customFields = new { not = "Salı günleri gelir" } }));
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        Assert.Equal("Salı günleri gelir", (await api.CustomFieldsOfAsync(id)).GetProperty("not").GetString());

        Assert.Equal(HttpStatusCode.Created, (await manager.PostAsJsonAsync("/api/v1/custom-fields", new { label = "Yöneticinin alanı", type = "yesNo" })).StatusCode);
    }

    [Fact]
    public async Task Another_business_field_keys_are_unknown_here()
    {
        var owner = await CustomerApi.NewTenantAsync(app);
        await owner.DefineAsync(new { key = "gizli_alan", label = "Gizli", type = "text" });
        var other = await CustomerApi.NewTenantAsync(app);

        var create = await other.Client.PostAsJsonAsync("/api/v1/customers", new { firstName = "Ali", customFields = new { gizli_alan = "x" } });
        await Problems.AssertAsync(create, HttpStatusCode.UnprocessableEntity, "customFields.gizli_alan");
        await Problems.AssertAsync(await other.Client.GetAsync("/api/v1/customers?cf.gizli_alan=x"), HttpStatusCode.UnprocessableEntity, "cf.gizli_alan");
        Assert.Empty((await other.GetJsonAsync("/api/v1/custom-fields")).EnumerateArray());
    }
}

public sealed class CustomFieldDefinitionTests_Sqlite(SqliteApp app) : CustomFieldDefinitionTests(app), IClassFixture<SqliteApp>;

public sealed class CustomFieldDefinitionTests_Postgres(PostgresApp app) : CustomFieldDefinitionTests(app), IClassFixture<PostgresApp>;
