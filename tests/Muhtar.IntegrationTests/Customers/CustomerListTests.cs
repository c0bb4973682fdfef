using System.Net;
using Muhtar.IntegrationTests.CustomerTests.Support;
using Muhtar.IntegrationTests.Infrastructure;

namespace Muhtar.IntegrationTests.CustomerTests;

/// <summary>The list: pages with totals, Turkish alphabetical order, time orders, archived hidden by default.</summary>
public abstract class CustomerListTests(MuhtarAppFactory app)
{
    private static readonly string[] TurkishOrder = ["Cem", "Çağlar", "Ilgın", "İsmail", "Osman", "Öykü", "Sami", "Şule"];

    [Fact]
    public async Task Pages_carry_the_total_and_names_sort_in_Turkish_alphabetical_order()
    {
        var api = await CustomerApi.NewTenantAsync(app);
        foreach (var name in TurkishOrder.Reverse())
        {
            await api.CreateIdAsync(new { firstName = name });
        }

        var page2 = await api.GetJsonAsync("/api/v1/customers?sort=name&page=2&pageSize=3");
        var descending = await api.GetJsonAsync("/api/v1/customers?sort=-name&pageSize=200");

        Assert.Equal(8, page2.GetProperty("total").GetInt32());
        Assert.Equal(2, page2.GetProperty("page").GetInt32());
        Assert.Equal(3, page2.GetProperty("pageSize").GetInt32());
        Assert.Equal(TurkishOrder[3..6], CustomerApi.Names(page2));
        Assert.Equal(TurkishOrder.Reverse(), CustomerApi.Names(descending));
    }

    [Fact]
    public async Task Customers_sort_by_creation_and_update_time()
    {
        var api = await CustomerApi.NewTenantAsync(app);
        var first = await api.CreateIdAsync(new { firstName = "Birinci" });
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await api.CreateIdAsync(new { firstName = "İkinci" });
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        (await api.PatchAsync(first, """{ "lastName": "Güncel" }""")).EnsureSuccessStatusCode();

        Assert.Equal([first, second], CustomerApi.Ids(await api.GetJsonAsync("/api/v1/customers?sort=createdAt")));
        Assert.Equal([second, first], CustomerApi.Ids(await api.GetJsonAsync("/api/v1/customers?sort=-createdAt")));
        Assert.Equal([first, second], CustomerApi.Ids(await api.GetJsonAsync("/api/v1/customers?sort=-updatedAt")));
    }

    [Fact]
    public async Task Archived_customers_are_left_out_unless_asked_for()
    {
        var api = await CustomerApi.NewTenantAsync(app);
        var kept = await api.CreateIdAsync(new { firstName = "Kalan" });
        var archived = await api.CreateIdAsync(new { firstName = "Giden" });

        var response = await api.Client.PostAsync($"/api/v1/customers/{archived}/archive", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([kept], CustomerApi.Ids(await api.GetJsonAsync("/api/v1/customers")));
        Assert.Empty(await api.SearchAsync("giden"));
        Assert.Equal([archived], CustomerApi.Ids(await api.GetJsonAsync("/api/v1/customers?archived=true")));
        Assert.Equal(2, (await api.GetJsonAsync("/api/v1/customers?archived=all")).GetProperty("total").GetInt32());
        Assert.True((await api.GetJsonAsync($"/api/v1/customers/{archived}")).GetProperty("isArchived").GetBoolean());

        (await api.Client.PostAsync($"/api/v1/customers/{archived}/unarchive", null)).EnsureSuccessStatusCode();
        Assert.Equal(2, (await api.GetJsonAsync("/api/v1/customers")).GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("pageSize=201", "pageSize")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("page=0", "page")]
    [InlineData("sort=phone", "sort")]
    [InlineData("archived=maybe", "archived")]
    public async Task Invalid_list_parameters_are_a_422_naming_them(string query, string field)
    {
        var api = await CustomerApi.NewTenantAsync(app);

        var response = await api.Client.GetAsync("/api/v1/customers?" + query);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains($"\"{field}\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

public sealed class CustomerListTests_Sqlite(SqliteApp app) : CustomerListTests(app), IClassFixture<SqliteApp>;

public sealed class CustomerListTests_Postgres(PostgresApp app) : CustomerListTests(app), IClassFixture<PostgresApp>;
