using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Muhtar.IntegrationTests.CustomerTests.Support;
using Muhtar.IntegrationTests.Infrastructure;

namespace Muhtar.IntegrationTests.CustomerTests;

/// <summary>C2, C3: phones in any written form, Turkish-insensitive names, e-mail, card and external ids.</summary>
public abstract class CustomerSearchTests(MuhtarAppFactory app)
{
    [Fact]
    public async Task A_phone_written_nationally_is_stored_in_E164_and_found_by_any_other_form()
    {
        var api = await CustomerApi.NewTenantAsync(app);

        var response = await api.Client.PostAsJsonAsync("/api/v1/customers",
            new { kind = "person", firstName = "Ahmet", lastName = "Yılmaz", phone = "0532 123 45 67" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/customers/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("+905321234567", created.GetProperty("phone").GetString());
        Assert.Equal("Ahmet Yılmaz", created.GetProperty("displayName").GetString());
        Assert.Equal([id], await api.SearchAsync("+90 532 1234567"));
        Assert.Equal([id], await api.SearchAsync("5321234567"));
        Assert.Equal([id], await api.SearchAsync("+90 (532) 123-4567"));
        Assert.Empty(await api.SearchAsync("0533 123 45 67"));
    }

    [Fact]
    public async Task Names_match_regardless_of_Turkish_casing_and_diacritics()
    {
        var api = await CustomerApi.NewTenantAsync(app);
        var ahmet = await api.CreateIdAsync(new { firstName = "Ahmet", lastName = "Yılmaz" });
        var mehmet = await api.CreateIdAsync(new { firstName = "MEHMET", lastName = "YILMAZ" });
        var ayse = await api.CreateIdAsync(new { firstName = "Ayşe", lastName = "Işık" });

        Assert.Equal([ahmet], await api.SearchAsync("AHMET"));
        Assert.Equal([ahmet], await api.SearchAsync("ahmet yilmaz"));
        Assert.Equal([ahmet], await api.SearchAsync("AHMET YİLMAZ"));
        Assert.Equal([ahmet, mehmet], await api.SearchAsync("yilmaz"));
        Assert.Equal([ahmet], await api.SearchAsync("ah yıl"));
        Assert.Equal([ayse], await api.SearchAsync("isik"));
        Assert.Equal([ayse], await api.SearchAsync("IŞIK AYŞE"));
        Assert.Empty(await api.SearchAsync("ahmet kaya"));
    }

    [Fact]
    public async Task Email_card_number_and_external_id_each_find_the_customer()
    {
        var api = await CustomerApi.NewTenantAsync(app);
        var id = await api.CreateIdAsync(new
        {
            firstName = "Zeynep",
            email = "Zeynep.Kaya@Example.com",
            cardNumber = "1234 5678",
            externalIds = new Dictionary<string, string> { ["shopify"] = "SH-981" },
        });
        await api.CreateIdAsync(new { firstName = "Başka", email = "other@example.com", cardNumber = "999" });

        Assert.Equal([id], await api.SearchAsync("zeynep.kaya@example.com"));
        Assert.Equal([id], await api.SearchAsync("12345678"));
        Assert.Equal([id], await api.SearchAsync("1234-5678"));
        Assert.Equal([id], await api.SearchAsync("SH-981"));
        var customer = await api.GetJsonAsync($"/api/v1/customers/{id}");
        Assert.Equal("SH-981", customer.GetProperty("externalIds").GetProperty("shopify").GetString());
        Assert.Equal("12345678", customer.GetProperty("cardNumber").GetString());
    }

    [Fact]
    public async Task Filters_by_kind_tag_and_phone_presence()
    {
        var api = await CustomerApi.NewTenantAsync(app);
        var person = await api.CreateIdAsync(new { firstName = "Ali", phone = "05321112233", tags = new[] { "VIP" } });
        var company = await api.CreateIdAsync(new { kind = "company", companyName = "Acar Ltd", tags = new[] { "toptan" } });

        Assert.Equal([company], CustomerApi.Ids(await api.GetJsonAsync("/api/v1/customers?kind=company")));
        Assert.Equal([person], CustomerApi.Ids(await api.GetJsonAsync("/api/v1/customers?tag=vip")));
        Assert.Equal([person], CustomerApi.Ids(await api.GetJsonAsync("/api/v1/customers?hasPhone=true")));
        Assert.Equal([company], CustomerApi.Ids(await api.GetJsonAsync("/api/v1/customers?hasPhone=false")));
    }
}

public sealed class CustomerSearchTests_Sqlite(SqliteApp app) : CustomerSearchTests(app), IClassFixture<SqliteApp>;

public sealed class CustomerSearchTests_Postgres(PostgresApp app) : CustomerSearchTests(app), IClassFixture<PostgresApp>;
