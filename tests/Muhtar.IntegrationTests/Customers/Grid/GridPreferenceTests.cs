using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.Customers.Grid;
using Muhtar.IntegrationTests.CustomerTests.Support;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Platform.Tenancy;

namespace Muhtar.IntegrationTests.CustomerTests.Grid;

/// <summary>
/// C1: the custom-field columns a user adds to the customer grid are remembered on the server, per user and
/// per business, so they come back on the next visit from any device; fields since archived drop out.
/// </summary>
public abstract class GridPreferenceTests(MuhtarAppFactory app)
{
    [Fact]
    public async Task Chosen_columns_come_back_for_the_same_user_in_the_same_business_only()
    {
        var api = await CustomerApi.NewTenantAsync(app);
        var other = await CustomerApi.NewTenantAsync(app);
        await FieldAsync(api, "ayakkabi_no", "number");
        var sube = await FieldAsync(api, "sube", "text");
        await FieldAsync(api, "notlar", "text");
        await FieldAsync(other, "sube", "text");
        var ayse = Guid.NewGuid();
        var mehmet = Guid.NewGuid();

        Assert.True(await SaveAsync(api.TenantId, ayse, "sube", "yok_boyle_alan", "ayakkabi_no"));

        Assert.Equal(["sube", "ayakkabi_no"], await ColumnsAsync(api.TenantId, ayse));
        Assert.Empty(await ColumnsAsync(api.TenantId, mehmet));
        Assert.Empty(await ColumnsAsync(other.TenantId, ayse));

        // Choosing again replaces the choice; an archived field is no longer offered as a column.
        Assert.True(await SaveAsync(api.TenantId, ayse, "sube", "notlar"));
        var archive = await api.Client.PatchAsJsonAsync($"/api/v1/custom-fields/{sube}", new { archived = true });
        Assert.True(archive.IsSuccessStatusCode, await archive.Content.ReadAsStringAsync());
        Assert.Equal(["notlar"], await ColumnsAsync(api.TenantId, ayse));
        Assert.True(await SaveAsync(api.TenantId, ayse));
        Assert.Empty(await ColumnsAsync(api.TenantId, ayse));
    }

    [Fact]
    public async Task A_caller_without_a_user_keeps_no_choice()
    {
        var api = await CustomerApi.NewTenantAsync(app);
        await FieldAsync(api, "sube", "text");

        Assert.False(await SaveAsync(api.TenantId, null, "sube"));
        Assert.Empty(await ColumnsAsync(api.TenantId, null));
    }

    private static async Task<Guid> FieldAsync(CustomerApi api, string key, string type)
    {
        var response = await api.Client.PostAsJsonAsync("/api/v1/custom-fields", new { key, label = key, type });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private async Task<bool> SaveAsync(Guid tenantId, Guid? userId, params string[] columns)
    {
        await using var scope = Scope(tenantId, userId);
        return await scope.ServiceProvider.GetRequiredService<GridPreferences>().SaveColumnsAsync(columns);
    }

    private async Task<IReadOnlyList<string>> ColumnsAsync(Guid tenantId, Guid? userId)
    {
        await using var scope = Scope(tenantId, userId);
        return await scope.ServiceProvider.GetRequiredService<GridPreferences>().ColumnsAsync();
    }

    private AsyncServiceScope Scope(Guid tenantId, Guid? userId)
    {
        var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenantId, userId, "Ayşe");
        return scope;
    }
}

public sealed class GridPreferenceTests_Sqlite(SqliteApp app) : GridPreferenceTests(app), IClassFixture<SqliteApp>;

public sealed class GridPreferenceTests_Postgres(PostgresApp app) : GridPreferenceTests(app), IClassFixture<PostgresApp>;
