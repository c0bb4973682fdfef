using System.Net;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Platform.Identity;

namespace Muhtar.IntegrationTests.Identity;

/// <summary>The settings pages open for the roles that may use them and are refused by the server for the rest (I5).</summary>
public abstract class SettingsPageTests(MuhtarAppFactory app)
{
    [Fact]
    public async Task An_owner_sees_the_people_and_keys_of_the_business()
    {
        var tenant = await app.CreateTenantAsync();
        var owner = await tenant.LoginAsync(Roles.Owner);

        var users = await owner.GetStringAsync("/settings/users");
        var keys = WebUtility.HtmlDecode(await owner.GetStringAsync("/settings/api-keys"));

        Assert.Contains(tenant.OwnerEmail, users, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"users-table\"", users, StringComparison.Ordinal);
        Assert.Contains(ApiKeyFormat.Display(tenant.ApiKey.Substring(ApiKeyFormat.Marker.Length, ApiKeyFormat.PrefixLength)), keys, StringComparison.Ordinal);
        Assert.DoesNotContain(tenant.ApiKey, keys, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_manager_manages_users_but_not_api_keys()
    {
        var tenant = await app.CreateTenantAsync();
        var manager = await tenant.LoginAsync(Roles.Manager);

        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync("/settings/users")).StatusCode);
        var keys = await manager.GetAsync("/settings/api-keys");
        Assert.Equal(HttpStatusCode.Redirect, keys.StatusCode);
        Assert.StartsWith("/account/access-denied", Problems.RedirectPath(keys), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Roles_without_users_manage_are_refused_the_users_page()
    {
        var tenant = await app.CreateTenantAsync();
        foreach (var role in RolePermissions.RolesWithout(Permissions.UsersManage))
        {
            var response = await (await tenant.LoginAsync(role)).GetAsync("/settings/users");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/access-denied", Problems.RedirectPath(response), StringComparison.Ordinal);
        }
    }
}

public sealed class SettingsPageTests_Sqlite(SqliteApp app) : SettingsPageTests(app), IClassFixture<SqliteApp>;

public sealed class SettingsPageTests_Postgres(PostgresApp app) : SettingsPageTests(app), IClassFixture<PostgresApp>;
