using System.Net;
using System.Net.Http.Json;
using Muhtar.IntegrationTests.Infrastructure;

namespace Muhtar.IntegrationTests.Pos.Checkout;

public abstract class TillLookupTests(MuhtarAppFactory app)
{
    [Fact]
    public async Task A_phone_in_any_form_finds_the_customer_with_salutation_points_and_a_hint()
    {
        var tenant = await app.CreateTenantAsync();
        var id = await TillClient.CreateCustomerAsync(tenant.Api, "0532 111 22 33", "AHMET");

        using var json = await TillClient.ReadAsync(await tenant.Api.GetAsync("/api/v1/pos/lookup?phone=%2B90%20(532)%201112233"), HttpStatusCode.OK);

        var root = json.RootElement;
        Assert.Equal(id, root.GetProperty("customer").GetProperty("id").GetGuid());
        Assert.Equal("Ahmet Bey", root.GetProperty("salutation").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, root.GetProperty("segment").ValueKind);
        Assert.Equal(0, root.GetProperty("points").GetProperty("balance").GetInt64());
        Assert.Contains("Ahmet Bey", root.GetProperty("hint").GetString());
    }

    [Fact]
    public async Task An_unknown_phone_is_a_404_problem_with_the_enrol_link()
    {
        var tenant = await app.CreateTenantAsync();

        using var problem = await TillClient.ProblemAsync(await tenant.Api.GetAsync("/api/v1/pos/lookup?phone=05329998877"), HttpStatusCode.NotFound, "phone");

        Assert.Equal("/api/v1/pos/enrol", problem.RootElement.GetProperty("enrolUrl").GetString());
    }

    [Fact]
    public async Task Lookup_needs_exactly_one_of_phone_card_or_email()
    {
        var tenant = await app.CreateTenantAsync();

        await TillClient.ProblemAsync(await tenant.Api.GetAsync("/api/v1/pos/lookup"), HttpStatusCode.UnprocessableEntity, "phone");
    }

    [Fact]
    public async Task Enrolment_with_just_a_phone_creates_a_customer_the_till_then_finds_with_its_consents()
    {
        var tenant = await app.CreateTenantAsync();

        var response = await tenant.Api.PostAsJsonAsync("/api/v1/pos/enrol", new { phone = "0533 444 55 66", consents = new { sms = true, whatsapp = false } });

        using var enrolled = await TillClient.ReadAsync(response, HttpStatusCode.Created);
        var id = enrolled.RootElement.GetProperty("customer").GetProperty("id").GetGuid();
        using var found = await TillClient.ReadAsync(await tenant.Api.GetAsync("/api/v1/pos/lookup?phone=05334445566"), HttpStatusCode.OK);
        Assert.Equal(id, found.RootElement.GetProperty("customer").GetProperty("id").GetGuid());
        var consents = await tenant.Api.GetStringAsync($"/api/v1/customers/{id}/consents");
        Assert.Contains("\"approved\"", consents);
        Assert.Contains("\"refused\"", consents);
    }

    [Fact]
    public async Task Enrolment_with_an_email_consent_is_refused_before_anyone_is_created()
    {
        var tenant = await app.CreateTenantAsync();

        var response = await tenant.Api.PostAsJsonAsync("/api/v1/pos/enrol", new { phone = "0533 444 55 67", consents = new { email = true } });

        await TillClient.ProblemAsync(response, HttpStatusCode.UnprocessableEntity, "consents.email");
        Assert.Equal(HttpStatusCode.NotFound, (await tenant.Api.GetAsync("/api/v1/pos/lookup?phone=05334445567")).StatusCode);
    }

    [Fact]
    public async Task Enrolling_a_phone_another_customer_has_is_a_409_naming_that_customer()
    {
        var tenant = await app.CreateTenantAsync();
        var existing = await TillClient.CreateCustomerAsync(tenant.Api, "0532 777 88 99");

        var response = await tenant.Api.PostAsJsonAsync("/api/v1/pos/enrol", new { phone = "+905327778899", firstName = "Başka" });

        using var problem = await TillClient.ProblemAsync(response, HttpStatusCode.Conflict, "phone");
        Assert.Equal(existing, problem.RootElement.GetProperty("existingCustomerId").GetGuid());
    }

    [Fact]
    public async Task A_till_key_of_another_business_cannot_find_the_customer_by_phone()
    {
        var owner = await app.CreateTenantAsync();
        var intruder = await app.CreateTenantAsync();
        await TillClient.CreateCustomerAsync(owner.Api, "0532 123 45 67");

        var response = await intruder.Api.GetAsync("/api/v1/pos/lookup?phone=05321234567");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Ahmet", await response.Content.ReadAsStringAsync());
    }
}

public sealed class TillLookupTests_Sqlite(SqliteApp app) : TillLookupTests(app), IClassFixture<SqliteApp>;

public sealed class TillLookupTests_Postgres(PostgresApp app) : TillLookupTests(app), IClassFixture<PostgresApp>;
