using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Muhtar.IntegrationTests.CustomerTests.Support;
using Muhtar.IntegrationTests.Infrastructure;

namespace Muhtar.IntegrationTests.CustomerTests;

/// <summary>C1 changes and I7: a PATCH changes what it names, and the audit trail tells who changed what.</summary>
public abstract class CustomerUpdateTests(MuhtarAppFactory app)
{
    [Fact]
    public async Task A_patch_changes_only_the_given_fields_and_null_clears_one()
    {
        var api = await CustomerApi.NewTenantAsync(app);
        var id = await api.CreateIdAsync(new { firstName = "Ahmet", lastName = "Yılmaz", email = "ahmet@example.com", phone = "05321234567", tags = new[] { "VIP" } });

        var response = await api.PatchAsync(id, """{ "lastName": "Kaya", "email": null, "gender": "male", "birthDate": "1980-05-17" }""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var customer = await api.GetJsonAsync($"/api/v1/customers/{id}");
        Assert.Equal("Ahmet", customer.GetProperty("firstName").GetString());
        Assert.Equal("Kaya", customer.GetProperty("lastName").GetString());
        Assert.Equal("Ahmet Kaya", customer.GetProperty("displayName").GetString());
        Assert.Equal(JsonValueKind.Null, customer.GetProperty("email").ValueKind);
        Assert.Equal("+905321234567", customer.GetProperty("phone").GetString());
        Assert.Equal("male", customer.GetProperty("gender").GetString());
        Assert.Equal("1980-05-17", customer.GetProperty("birthDate").GetString());
        Assert.Equal(["VIP"], customer.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal([id], await api.SearchAsync("kaya"));
        Assert.Empty(await api.SearchAsync("yilmaz"));
    }

    [Fact]
    public async Task The_audit_trail_shows_who_changed_which_field_from_what_to_what()
    {
        var api = await CustomerApi.NewTenantAsync(app);
        var id = await api.CreateIdAsync(new { firstName = "Ahmet", lastName = "Yılmaz", phone = "0532 123 45 67" });
        app.Clock.Advance(TimeSpan.FromMinutes(5));

        (await api.PatchAsync(id, """{ "lastName": "Kaya", "phone": "0533 765 43 21", "tags": ["VIP"] }""")).EnsureSuccessStatusCode();

        var audit = await api.GetJsonAsync($"/api/v1/customers/{id}/audit");
        var entries = audit.GetProperty("items").EnumerateArray().ToList();
        var lastName = entries.Single(e => e.GetProperty("field").GetString() == "lastName");
        Assert.Equal("updated", lastName.GetProperty("action").GetString());
        Assert.Equal("Yılmaz", lastName.GetProperty("oldValue").GetString());
        Assert.Equal("Kaya", lastName.GetProperty("newValue").GetString());
        Assert.False(string.IsNullOrWhiteSpace(lastName.GetProperty("actor").GetString()));
        Assert.Equal(app.Clock.GetUtcNow(), lastName.GetProperty("at").GetDateTimeOffset());
        var phone = entries.Single(e => e.GetProperty("field").GetString() == "phone");
        Assert.Equal("+905321234567", phone.GetProperty("oldValue").GetString());
        Assert.Equal("+905337654321", phone.GetProperty("newValue").GetString());
        Assert.Equal("VIP", entries.Single(e => e.GetProperty("field").GetString() == "tags").GetProperty("newValue").GetString());
        Assert.Equal("created", entries[^1].GetProperty("action").GetString());
        Assert.DoesNotContain(entries, e => e.GetProperty("field").GetString() is "searchName" or "sortName" or "updatedAt");
    }

    [Fact]
    public async Task Reading_the_audit_trail_needs_the_audit_permission()
    {
        var owner = await CustomerApi.NewTenantAsync(app);
        var id = await owner.CreateIdAsync(new { firstName = "Ali" });
        var reader = await CustomerApi.NewTenantAsync(app, "customers.read");

        Assert.Equal(HttpStatusCode.Forbidden, (await reader.Client.GetAsync($"/api/v1/customers/{id}/audit")).StatusCode);
    }

    [Fact]
    public async Task Notes_addresses_and_tags_are_added_listed_and_audited()
    {
        var api = await CustomerApi.NewTenantAsync(app);
        var id = await api.CreateIdAsync(new { firstName = "Ayşe" });

        var note = await api.Client.PostAsJsonAsync($"/api/v1/customers/{id}/notes", new { text = "X marka süt alıyor" });
        var address = await api.Client.PostAsJsonAsync($"/api/v1/customers/{id}/addresses",
            new { label = "Ev", line = "Moda Cad. No 5", district = "Kadıköy", city = "İstanbul", postalCode = "34710" });
        var tagged = await api.Client.PostAsJsonAsync($"/api/v1/customers/{id}/tags", new { tag = "Komşu" });

        Assert.Equal(HttpStatusCode.Created, note.StatusCode);
        Assert.Equal(HttpStatusCode.Created, address.StatusCode);
        Assert.Equal(HttpStatusCode.OK, tagged.StatusCode);
        var notes = await api.GetJsonAsync($"/api/v1/customers/{id}/notes");
        Assert.Equal("X marka süt alıyor", notes.GetProperty("items")[0].GetProperty("text").GetString());
        Assert.False(string.IsNullOrWhiteSpace(notes.GetProperty("items")[0].GetProperty("author").GetString()));
        var addresses = await api.GetJsonAsync($"/api/v1/customers/{id}/addresses");
        Assert.Equal("Kadıköy", addresses[0].GetProperty("district").GetString());
        Assert.Equal([id], CustomerApi.Ids(await api.GetJsonAsync("/api/v1/customers?tag=KOMSU")));

        var untagged = await api.Client.DeleteAsync($"/api/v1/customers/{id}/tags/komşu");
        Assert.Equal(HttpStatusCode.OK, untagged.StatusCode);
        Assert.Empty((await api.GetJsonAsync($"/api/v1/customers/{id}")).GetProperty("tags").EnumerateArray());
        var fields = (await api.GetJsonAsync($"/api/v1/customers/{id}/audit")).GetProperty("items").EnumerateArray()
            .Select(e => e.GetProperty("field").GetString()).ToList();
        Assert.Contains("notes", fields);
        Assert.Contains("addresses", fields);
        Assert.Equal(2, fields.Count(f => f == "tags"));
    }

    [Fact]
    public async Task A_company_lists_its_contacts()
    {
        var api = await CustomerApi.NewTenantAsync(app);
        var company = await api.CreateIdAsync(new { kind = "company", companyName = "Acar Tekstil" });
        var contact = await api.CreateIdAsync(new { firstName = "Elif", parentCompanyId = company });
        await api.CreateIdAsync(new { firstName = "Başkası" });

        var contacts = await api.GetJsonAsync($"/api/v1/customers/{company}/contacts");

        Assert.Equal([contact], CustomerApi.Ids(contacts));
        var refused = await api.Client.PostAsJsonAsync("/api/v1/customers", new { firstName = "Can", parentCompanyId = contact });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var toPerson = await api.PatchAsync(company, """{ "kind": "person", "firstName": "Acar" }""");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, toPerson.StatusCode);
    }
}

public sealed class CustomerUpdateTests_Sqlite(SqliteApp app) : CustomerUpdateTests(app), IClassFixture<SqliteApp>;

public sealed class CustomerUpdateTests_Postgres(PostgresApp app) : CustomerUpdateTests(app), IClassFixture<PostgresApp>;
