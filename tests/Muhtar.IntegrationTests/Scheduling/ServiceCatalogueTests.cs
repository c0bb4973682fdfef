using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Platform.Identity;

namespace Muhtar.IntegrationTests.Scheduling;

/// <summary>S1: the services a business offers for booking, through /api/v1/appointments/services.</summary>
public abstract class ServiceCatalogueTests(MuhtarAppFactory app)
{
    private const string Url = "/api/v1/appointments/services";

    [Fact]
    public async Task A_service_is_created_changed_and_listed_in_Turkish_order_with_its_price_in_kurus()
    {
        var tenant = await app.CreateTenantAsync();
        var owner = await tenant.LoginAsync(Roles.Owner);
        var dye = await CreateAsync(owner, new { name = "Saç boyama", durationMinutes = 90, price = 1_200_00, bufferMinutes = 15 });
        await CreateAsync(owner, new { name = "Çocuk kesimi", durationMinutes = 30, price = 300_00, bufferMinutes = 0 });
        await CreateAsync(owner, new { name = "Ağda", durationMinutes = 20, price = 250_00, bufferMinutes = 5 });

        var changed = await owner.PutAsJsonAsync($"{Url}/{dye}", new { name = "Saç boyama", durationMinutes = 120, price = 1_500_00, bufferMinutes = 15 });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);

        // An API key with the "appointments" scope may read services to book them.
        var list = await tenant.Api.GetFromJsonAsync<JsonElement>(Url);
        Assert.Equal(["Ağda", "Çocuk kesimi", "Saç boyama"], list.EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        var saved = list[2];
        Assert.Equal((120, 1_500_00L, 15, true),
            (saved.GetProperty("durationMinutes").GetInt32(), saved.GetProperty("price").GetInt64(),
             saved.GetProperty("bufferMinutes").GetInt32(), saved.GetProperty("isActive").GetBoolean()));
    }

    [Theory]
    [InlineData("", 30, 0, 100, "name")]
    [InlineData("Kesim", 0, 0, 100, "durationMinutes")]
    [InlineData("Kesim", 32, 0, 100, "durationMinutes")]
    [InlineData("Kesim", 30, 7, 100, "bufferMinutes")]
    [InlineData("Kesim", 30, 0, -1, "price")]
    public async Task Bad_input_is_refused_naming_the_field(string name, int duration, int buffer, long price, string field)
    {
        var tenant = await app.CreateTenantAsync();

        var response = await (await tenant.LoginAsync(Roles.Owner)).PostAsJsonAsync(Url, new { name, durationMinutes = duration, price, bufferMinutes = buffer });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Empty(await tenant.Api.GetFromJsonAsync<JsonElement[]>(Url) ?? []);
    }

    [Fact]
    public async Task A_technician_or_an_api_key_sees_services_but_cannot_change_them_and_another_business_cannot_touch_them()
    {
        var tenant = await app.CreateTenantAsync();
        var other = await app.CreateTenantAsync();
        var cut = await CreateAsync(await tenant.LoginAsync(Roles.Owner), new { name = "Kesim", durationMinutes = 30, price = 300_00, bufferMinutes = 0 });
        var technician = await tenant.LoginAsync(Roles.Technician);

        Assert.Single(await technician.GetFromJsonAsync<JsonElement[]>(Url) ?? []);
        var refused = await technician.PostAsJsonAsync(Url, new { name = "Sakal", durationMinutes = 15, price = 150_00, bufferMinutes = 0 });
        var foreign = await (await other.LoginAsync(Roles.Owner)).PutAsJsonAsync($"{Url}/{cut}", new { name = "Ele geçirildi", durationMinutes = 30, price = 0, bufferMinutes = 0 });

        var byKey = await tenant.Api.PostAsJsonAsync(Url, new { name = "Sakal", durationMinutes = 15, price = 150_00, bufferMinutes = 0 });

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byKey.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Empty(await other.Api.GetFromJsonAsync<JsonElement[]>(Url) ?? []);
        Assert.Equal("Kesim", (await tenant.Api.GetFromJsonAsync<JsonElement[]>(Url))![0].GetProperty("name").GetString());
    }

    private static async Task<Guid> CreateAsync(HttpClient api, object body)
    {
        var response = await api.PostAsJsonAsync(Url, body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}

public sealed class ServiceCatalogueTests_Sqlite(SqliteApp app) : ServiceCatalogueTests(app), IClassFixture<SqliteApp>;

public sealed class ServiceCatalogueTests_Postgres(PostgresApp app) : ServiceCatalogueTests(app), IClassFixture<PostgresApp>;
