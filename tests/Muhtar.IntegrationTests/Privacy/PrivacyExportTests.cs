using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Muhtar.IntegrationTests.CustomerTests.Support;
using Muhtar.IntegrationTests.Infrastructure;

namespace Muhtar.IntegrationTests.Privacy;

/// <summary>C7 access right: everything held about the person, as JSON and as a readable, safe HTML page.</summary>
public abstract class PrivacyExportTests(MuhtarAppFactory app)
{
    [Fact]
    public async Task The_export_holds_the_customers_values_notes_addresses_receipts_and_audit_trail()
    {
        var tenant = await app.CreateTenantAsync();
        var person = await PrivacyPerson.CreateAsync(app, tenant);
        await PrivacyPerson.SeedReceiptsAsync(app, tenant, person.CustomerId);
        var customer = await new CustomerApi(tenant.Id, tenant.Api).GetJsonAsync($"/api/v1/customers/{person.CustomerId}");
        var request = await PrivacyApi.CreateAsync(tenant.Api, new { customerId = person.CustomerId, type = "export", channel = "email", requestedOn = PrivacyApi.Today(app) });

        var response = await tenant.Api.GetAsync($"/api/v1/privacy/requests/{request.GetProperty("id")}/export?format=json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var export = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(person.CustomerId, export.GetProperty("customerId").GetGuid());
        var sections = export.GetProperty("sections");
        var held = sections.GetProperty("customer");
        Assert.Equal(person.Phone, held.GetProperty("phone").GetString());
        Assert.Equal(customer.GetProperty("email").GetString(), held.GetProperty("email").GetString());
        Assert.Equal(customer.GetProperty("cardNumber").GetString(), held.GetProperty("cardNumber").GetString());
        Assert.Equal(customer.GetProperty("birthDate").GetString(), held.GetProperty("birthDate").GetString());
        Assert.Equal(person.Markers[0], held.GetProperty("lastName").GetString());
        Assert.Contains(person.Markers[13], held.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(person.Markers[10], held.GetProperty("externalIds")[0].GetProperty("value").GetString());
        Assert.Equal(person.Markers[11], held.GetProperty("addresses")[0].GetProperty("line").GetString());
        Assert.Equal(person.Markers[12], held.GetProperty("notes")[0].GetProperty("text").GetString());

        var receipts = sections.GetProperty("receipts");
        Assert.Equal(3, receipts.GetProperty("count").GetInt32());
        Assert.Equal((3 * 64_00) + 290_00 + (2 * 45_50), receipts.GetProperty("totalKurus").GetInt64());
        Assert.Equal(["Moda Şubesi", "Moda Şubesi", "Kızılay Şubesi"], receipts.GetProperty("receipts").EnumerateArray().Select(r => r.GetProperty("store").GetString()));

        var emailChange = Assert.Single(sections.GetProperty("audit").EnumerateArray(), a => a.GetProperty("field").GetString() == "Email");
        Assert.Equal(person.Markers[7], emailChange.GetProperty("oldValue").GetString());
        Assert.Equal(person.Markers[8], emailChange.GetProperty("newValue").GetString());
        Assert.Equal("export", Assert.Single(sections.GetProperty("privacyRequests").EnumerateArray()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task The_readable_export_is_a_printable_page_that_encodes_every_value()
    {
        var tenant = await app.CreateTenantAsync();
        var person = await PrivacyPerson.CreateAsync(app, tenant);
        var hostile = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        (await tenant.Api.PostAsJsonAsync($"/api/v1/customers/{person.CustomerId}/notes", new { text = hostile })).EnsureSuccessStatusCode();
        var request = await PrivacyApi.CreateAsync(tenant.Api, new { customerId = person.CustomerId, type = "export", channel = "inPerson", requestedOn = PrivacyApi.Today(app) });

        var response = await tenant.Api.GetAsync($"/api/v1/privacy/requests/{request.GetProperty("id")}/export?format=html");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("Kişisel veri dökümü (KVKK)", html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        Assert.Contains(person.Markers[2], html, StringComparison.Ordinal);
        Assert.Contains(person.Phone, System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);

        using var english = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/privacy/requests/{request.GetProperty("id")}/export?format=html");
        english.Headers.Add("Cookie", ".AspNetCore.Culture=c%3Den-US%7Cuic%3Den-US");
        var englishHtml = await (await tenant.Api.SendAsync(english)).Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"en\">", englishHtml, StringComparison.Ordinal);
        Assert.Contains("Personal data export (KVKK)", englishHtml, StringComparison.Ordinal);
        Assert.Contains("Customer record", englishHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Completing_an_export_request_records_who_answered_it()
    {
        var tenant = await app.CreateTenantAsync();
        var person = await PrivacyPerson.CreateAsync(app, tenant);
        var request = await PrivacyApi.CreateAsync(tenant.Api, new { customerId = person.CustomerId, type = "export", channel = "kep", requestedOn = PrivacyApi.Today(app).AddDays(-1) });
        var url = $"/api/v1/privacy/requests/{request.GetProperty("id")}";

        var completed = await PrivacyApi.PostAsync(tenant.Api, url + "/complete");

        Assert.Equal("completed", completed.GetProperty("status").GetString());
        Assert.Equal("apikey:tests", completed.GetProperty("handledBy").GetString());
        // An answered access request still hands out the export (the person may ask for a copy again).
        Assert.Equal(HttpStatusCode.OK, (await tenant.Api.GetAsync(url + "/export")).StatusCode);
        Assert.Equal(person.Phone, (await new CustomerApi(tenant.Id, tenant.Api).GetJsonAsync($"/api/v1/customers/{person.CustomerId}")).GetProperty("phone").GetString());
    }
}

public sealed class PrivacyExportTests_Sqlite(SqliteApp app) : PrivacyExportTests(app), IClassFixture<SqliteApp>;

public sealed class PrivacyExportTests_Postgres(PostgresApp app) : PrivacyExportTests(app), IClassFixture<PostgresApp>;
