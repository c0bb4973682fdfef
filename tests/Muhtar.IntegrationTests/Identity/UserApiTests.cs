using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Platform.Identity;

namespace Muhtar.IntegrationTests.Identity;

/// <summary>/api/v1/users: the people of one business, managed by Owners and Managers only (I5, I6).</summary>
public abstract class UserApiTests(MuhtarAppFactory app)
{
    [Fact]
    public async Task An_owner_invites_a_user_sees_them_and_changes_their_role()
    {
        var tenant = await app.CreateTenantAsync();
        var owner = await tenant.LoginAsync(Roles.Owner);
        var email = $"new-{Guid.NewGuid():N}@example.com";

        var invited = await Problems.JsonAsync(await owner.PostAsJsonAsync("/api/v1/users",
            new { email, displayName = "Can Öztürk", role = Roles.Clerk }), HttpStatusCode.Created);
        var id = invited.GetProperty("id").GetGuid();
        Assert.StartsWith("/account/accept?token=", invited.GetProperty("acceptUrl").GetString(), StringComparison.Ordinal);

        var listed = await FindAsync(owner, id);
        Assert.Equal(("invited", Roles.Clerk), (listed.GetProperty("status").GetString(), listed.GetProperty("role").GetString()));

        var patch = await owner.PatchAsJsonAsync($"/api/v1/users/{id}/role", new { role = Roles.Technician });
        Assert.Equal(HttpStatusCode.NoContent, patch.StatusCode);
        Assert.Equal(Roles.Technician, (await FindAsync(owner, id)).GetProperty("role").GetString());
    }

    [Fact]
    public async Task The_last_active_owner_can_be_neither_demoted_nor_deactivated()
    {
        var tenant = await app.CreateTenantAsync();
        var owner = await TestTenant.SignInAsync(app, tenant.OwnerEmail, TestTenant.Password);
        var ownerId = (await ListAsync(owner)).Single(u => u.GetProperty("email").GetString() == tenant.OwnerEmail).GetProperty("id").GetGuid();

        await Problems.AssertAsync(await owner.PatchAsJsonAsync($"/api/v1/users/{ownerId}/role", new { role = Roles.Manager }), HttpStatusCode.Conflict, "role");
        await Problems.AssertAsync(await owner.PostAsync($"/api/v1/users/{ownerId}/deactivate", null), HttpStatusCode.Conflict, "userId");

        // With a second owner the first may step down.
        var second = await Problems.JsonAsync(await owner.PostAsJsonAsync("/api/v1/users",
            new { email = $"owner2-{Guid.NewGuid():N}@example.com", displayName = "İkinci Sahip", role = Roles.Owner, password = TestTenant.Password }),
            HttpStatusCode.Created);
        Assert.NotEqual(Guid.Empty, second.GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.NoContent, (await owner.PatchAsJsonAsync($"/api/v1/users/{ownerId}/role", new { role = Roles.Manager })).StatusCode);
    }

    [Fact]
    public async Task A_manager_manages_users_but_cannot_hand_out_or_touch_the_owner_role()
    {
        var tenant = await app.CreateTenantAsync();
        var manager = await tenant.LoginAsync(Roles.Manager);
        var ownerId = (await ListAsync(manager)).Single(u => u.GetProperty("role").GetString() == Roles.Owner).GetProperty("id").GetGuid();

        await Problems.AssertAsync(await manager.PostAsJsonAsync("/api/v1/users",
            new { email = $"x-{Guid.NewGuid():N}@example.com", displayName = "X", role = Roles.Owner }), HttpStatusCode.Forbidden, "role");
        await Problems.AssertAsync(await manager.PostAsync($"/api/v1/users/{ownerId}/deactivate", null), HttpStatusCode.Forbidden, "role");
        Assert.Equal(HttpStatusCode.Created, (await manager.PostAsJsonAsync("/api/v1/users",
            new { email = $"y-{Guid.NewGuid():N}@example.com", displayName = "Y", role = Roles.Sales })).StatusCode);
    }

    [Fact]
    public async Task Another_business_s_users_are_invisible_and_untouchable()
    {
        var a = await app.CreateTenantAsync();
        var b = await app.CreateTenantAsync();
        var ownerA = await a.LoginAsync(Roles.Owner);
        var ownerB = await b.LoginAsync(Roles.Owner);
        var usersOfB = await ListAsync(ownerB);
        var idOfB = usersOfB.First().GetProperty("id").GetGuid();

        Assert.DoesNotContain(await ListAsync(ownerA), u => u.GetProperty("id").GetGuid() == idOfB);
        await Problems.AssertAsync(await ownerA.GetAsync($"/api/v1/users/{idOfB}"), HttpStatusCode.NotFound);
        await Problems.AssertAsync(await ownerA.PatchAsJsonAsync($"/api/v1/users/{idOfB}/role", new { role = Roles.Clerk }), HttpStatusCode.NotFound);
        await Problems.AssertAsync(await ownerA.PostAsync($"/api/v1/users/{idOfB}/deactivate", null), HttpStatusCode.NotFound);
        Assert.Equal(usersOfB.Select(u => u.GetRawText()), (await ListAsync(ownerB)).Select(u => u.GetRawText()));
    }

    [Fact]
    public async Task An_e_mail_already_used_anywhere_is_a_conflict()
    {
        var a = await app.CreateTenantAsync();
        var b = await app.CreateTenantAsync();
        var ownerB = await b.LoginAsync(Roles.Owner);

        await Problems.AssertAsync(await ownerB.PostAsJsonAsync("/api/v1/users",
            new { email = a.OwnerEmail, displayName = "Kopya", role = Roles.Clerk }), HttpStatusCode.Conflict, "email");
    }

    [Fact]
    public async Task Roles_without_users_manage_are_refused_and_anonymous_callers_are_unauthenticated()
    {
        var tenant = await app.CreateTenantAsync();
        foreach (var role in RolePermissions.RolesWithout(Permissions.UsersManage))
        {
            var client = await tenant.LoginAsync(role);
            await Problems.AssertAsync(await client.GetAsync("/api/v1/users"), HttpStatusCode.Forbidden);
            await Problems.AssertAsync(await client.PostAsJsonAsync("/api/v1/users",
                new { email = $"z-{Guid.NewGuid():N}@example.com", displayName = "Z", role = Roles.Clerk }), HttpStatusCode.Forbidden);
        }

        await Problems.AssertAsync(await tenant.Api.GetAsync("/api/v1/users"), HttpStatusCode.Forbidden);
        await Problems.AssertAsync(await app.CreateClient().GetAsync("/api/v1/users"), HttpStatusCode.Unauthorized);
    }

    private static async Task<JsonElement> FindAsync(HttpClient client, Guid id) =>
        await Problems.JsonAsync(await client.GetAsync($"/api/v1/users/{id}"));

    private static async Task<List<JsonElement>> ListAsync(HttpClient client)
    {
        var page = await Problems.JsonAsync(await client.GetAsync("/api/v1/users?page=1&pageSize=200"));
        return [.. page.GetProperty("items").EnumerateArray()];
    }
}

public sealed class UserApiTests_Sqlite(SqliteApp app) : UserApiTests(app), IClassFixture<SqliteApp>;

public sealed class UserApiTests_Postgres(PostgresApp app) : UserApiTests(app), IClassFixture<PostgresApp>;
