using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Muhtar.IntegrationTests.CustomerTests.Support;
using Muhtar.IntegrationTests.Infrastructure;

namespace Muhtar.IntegrationTests.CustomerTests;

/// <summary>C2: the phone is the unique key; invalid values are refused naming the field.</summary>
public abstract class CustomerRuleTests(MuhtarAppFactory app)
{
    [Fact]
    public async Task The_same_phone_in_another_format_is_refused_with_409_naming_phone_and_the_existing_customer()
    {
        var api = await CustomerApi.NewTenantAsync(app);
        var existing = await api.CreateIdAsync(new { firstName = "Ahmet", phone = "0532 123 45 67" });

        var response = await api.Client.PostAsJsonAsync("/api/v1/customers", new { firstName = "Mehmet", phone = "+90 (532) 123-4567" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(existing, problem.GetProperty("existingCustomerId").GetGuid());
        Assert.Contains("0532 123 45 67", problem.GetProperty("errors").GetProperty("phone")[0].GetString(), StringComparison.Ordinal);
        Assert.Single(CustomerApi.Ids(await api.GetJsonAsync("/api/v1/customers")));
    }

    [Fact]
    public async Task Changing_a_phone_to_one_another_customer_has_is_refused()
    {
        var api = await CustomerApi.NewTenantAsync(app);
        var first = await api.CreateIdAsync(new { firstName = "Ahmet", phone = "05321234567" });
        var second = await api.CreateIdAsync(new { firstName = "Mehmet", phone = "05321234568" });

        var response = await api.PatchAsync(second, """{ "phone": "532 123 45 67" }""");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(first, problem.GetProperty("existingCustomerId").GetGuid());
        Assert.True(problem.GetProperty("errors").TryGetProperty("phone", out _));
        Assert.Equal("+905321234568", (await api.GetJsonAsync($"/api/v1/customers/{second}")).GetProperty("phone").GetString());
    }

    [Fact]
    public async Task The_same_phone_in_two_businesses_is_two_customers()
    {
        var a = await CustomerApi.NewTenantAsync(app);
        var b = await CustomerApi.NewTenantAsync(app);

        await a.CreateIdAsync(new { firstName = "Ahmet", phone = "05321234567" });
        await b.CreateIdAsync(new { firstName = "Ahmet", phone = "05321234567" });
    }

    [Fact]
    public async Task An_email_another_customer_has_is_refused_whatever_its_case()
    {
        var api = await CustomerApi.NewTenantAsync(app);
        var existing = await api.CreateIdAsync(new { firstName = "Ahmet", email = "ahmet@example.com" });

        var response = await api.Client.PostAsJsonAsync("/api/v1/customers", new { firstName = "Ahmet", email = "AHMET@Example.com" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(existing, problem.GetProperty("existingCustomerId").GetGuid());
        Assert.True(problem.GetProperty("errors").TryGetProperty("email", out _));
    }

    [Fact]
    public async Task An_invalid_phone_is_refused_naming_the_field_and_the_value()
    {
        var api = await CustomerApi.NewTenantAsync(app);

        var response = await api.Client.PostAsJsonAsync("/api/v1/customers", new { firstName = "Ali", phone = "0532 12" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("0532 12", problem.GetProperty("errors").GetProperty("phone")[0].GetString(), StringComparison.Ordinal);
        Assert.Empty(CustomerApi.Ids(await api.GetJsonAsync("/api/v1/customers")));
    }

    [Theory]
    [InlineData("""{ "kind": "company" }""", "companyName")]
    [InlineData("""{ "kind": "person", "companyName": "Acme" }""", "firstName")]
    [InlineData("""{ "kind": "robot", "firstName": "Ali" }""", "kind")]
    [InlineData("""{ "firstName": "Ali", "gender": "other" }""", "gender")]
    [InlineData("""{ "firstName": "Ali", "email": "not-an-email" }""", "email")]
    [InlineData("""{ "firstName": "Ali", "birthDate": "2030-01-01" }""", "birthDate")]
    [InlineData("""{ "firstName": "Ali", "parentCompanyId": "0195f000-0000-7000-8000-000000000000" }""", "parentCompanyId")]
    public async Task Invalid_values_are_a_422_naming_the_field(string body, string field)
    {
        var api = await CustomerApi.NewTenantAsync(app);

        var response = await api.Client.PostAsync("/api/v1/customers", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), await CustomerApi.Describe(response));
    }

    [Fact]
    public async Task A_wrongly_typed_patch_member_is_a_422_naming_it()
    {
        var api = await CustomerApi.NewTenantAsync(app);
        var id = await api.CreateIdAsync(new { firstName = "Ali" });

        var response = await api.PatchAsync(id, """{ "tags": "VIP" }""");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("tags", out _));
    }

    [Fact]
    public async Task A_read_only_key_cannot_create_customers()
    {
        var api = await CustomerApi.NewTenantAsync(app, "customers.read");

        var response = await api.Client.PostAsJsonAsync("/api/v1/customers", new { firstName = "Ali" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

public sealed class CustomerRuleTests_Sqlite(SqliteApp app) : CustomerRuleTests(app), IClassFixture<SqliteApp>;

public sealed class CustomerRuleTests_Postgres(PostgresApp app) : CustomerRuleTests(app), IClassFixture<PostgresApp>;
