using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Platform.Identity;
using Muhtar.Platform.Tenancy;

namespace Muhtar.IntegrationTests.Identity;

/// <summary>Sign-up, login, logout and invitations through the real server-rendered forms (I5, I6).</summary>
public abstract class AccountPageTests(MuhtarAppFactory app)
{
    [Fact]
    public async Task Signing_up_creates_the_business_and_signs_the_owner_in()
    {
        var client = app.CreateBrowserlikeClient();
        var slug = "s" + Guid.NewGuid().ToString("N")[..10];
        var response = await PageForms.SubmitAsync(client, "/account/signup", new Dictionary<string, string>
        {
            ["businessName"] = "Kuaför Ayşe",
            ["slug"] = slug,
            ["ownerName"] = "Ayşe Yılmaz",
            ["ownerEmail"] = $"ayse-{slug}@example.com",
            ["password"] = TestTenant.Password,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", Problems.RedirectPath(response));
        var me = await Problems.JsonAsync(await client.GetAsync("/api/v1/me"));
        Assert.Equal(slug, me.GetProperty("tenantSlug").GetString());
        Assert.Equal("Kuaför Ayşe", me.GetProperty("tenantName").GetString());
        Assert.Equal([Roles.Owner], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Signing_up_with_a_taken_slug_shows_the_message_next_to_the_field()
    {
        var existing = await app.CreateTenantAsync();
        var response = await PageForms.SubmitAsync(app.CreateBrowserlikeClient(), "/account/signup", new Dictionary<string, string>
        {
            ["businessName"] = "Başka İşletme",
            ["slug"] = existing.Slug,
            ["ownerName"] = "Mehmet Kaya",
            ["ownerEmail"] = $"mehmet-{Guid.NewGuid():N}@example.com",
            ["password"] = TestTenant.Password,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"slug-error\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"ownerEmail-error\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_with_the_right_password_signs_in_and_logout_signs_out()
    {
        var tenant = await app.CreateTenantAsync();
        var client = await TestTenant.SignInAsync(app, tenant.OwnerEmail, TestTenant.Password);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/users")).StatusCode);

        var logout = await PageForms.LogoutAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        await Problems.AssertAsync(await client.GetAsync("/api/v1/users"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Login_with_a_wrong_password_shows_a_clear_message()
    {
        var tenant = await app.CreateTenantAsync();
        var client = app.CreateBrowserlikeClient();

        var response = await PageForms.SubmitAsync(client, "/account/login",
            new Dictionary<string, string> { ["email"] = tenant.OwnerEmail, ["password"] = "wrong-password-1" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-testid=\"login-error\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await Problems.AssertAsync(await client.GetAsync("/api/v1/me"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_deactivated_user_cannot_log_in()
    {
        var tenant = await app.CreateTenantAsync();
        var owner = await TestTenant.SignInAsync(app, tenant.OwnerEmail, TestTenant.Password);
        var email = $"clerk-{Guid.NewGuid():N}@example.com";
        var created = await Problems.JsonAsync(await owner.PostAsJsonAsync("/api/v1/users",
            new { email, displayName = "Zeynep Demir", role = Roles.Clerk, password = TestTenant.Password }), HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.NoContent, (await owner.PostAsync($"/api/v1/users/{created.GetProperty("id").GetGuid()}/deactivate", null)).StatusCode);

        var response = await PageForms.SubmitAsync(app.CreateBrowserlikeClient(), "/account/login",
            new Dictionary<string, string> { ["email"] = email, ["password"] = TestTenant.Password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-testid=\"login-error\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invitee_sets_a_password_through_the_link_and_is_signed_in_once()
    {
        var tenant = await app.CreateTenantAsync();
        var email = $"invitee-{Guid.NewGuid():N}@example.com";
        UserInvitation invitation;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant.Id);
            invitation = await scope.ServiceProvider.GetRequiredService<UserAdministration>().InviteAsync(email, "Elif Şahin", Roles.Sales);
        }

        var blocked = await PageForms.SubmitAsync(app.CreateBrowserlikeClient(), "/account/login",
            new Dictionary<string, string> { ["email"] = email, ["password"] = TestTenant.Password });
        Assert.Equal(HttpStatusCode.OK, blocked.StatusCode);

        var client = app.CreateBrowserlikeClient();
        var accepted = await PageForms.SubmitAsync(client, invitation.AcceptPath, new Dictionary<string, string> { ["password"] = TestTenant.Password });
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var me = await Problems.JsonAsync(await client.GetAsync("/api/v1/me"));
        Assert.Equal(email, me.GetProperty("actor").GetString());
        Assert.Equal([Roles.Sales], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));

        var again = await app.CreateBrowserlikeClient().GetStringAsync(invitation.AcceptPath);
        Assert.Contains("data-testid=\"invitation-invalid\"", again, StringComparison.Ordinal);
        await TestTenant.SignInAsync(app, email, TestTenant.Password);
    }

    [Fact]
    public async Task Login_does_not_follow_a_return_url_to_another_site()
    {
        var tenant = await app.CreateTenantAsync();
        var response = await PageForms.SubmitAsync(app.CreateBrowserlikeClient(), "/account/login?returnUrl=%2F%2Fevil.example%2F",
            new Dictionary<string, string> { ["email"] = tenant.OwnerEmail, ["password"] = TestTenant.Password, ["returnUrl"] = "//evil.example/" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", Problems.RedirectPath(response));
    }

    [Fact]
    public async Task A_page_asks_an_anonymous_visitor_to_log_in()
    {
        var response = await app.CreateBrowserlikeClient().GetAsync("/settings/users");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", Problems.RedirectPath(response), StringComparison.Ordinal);
    }
}

public sealed class AccountPageTests_Sqlite(SqliteApp app) : AccountPageTests(app), IClassFixture<SqliteApp>;

public sealed class AccountPageTests_Postgres(PostgresApp app) : AccountPageTests(app), IClassFixture<PostgresApp>;
