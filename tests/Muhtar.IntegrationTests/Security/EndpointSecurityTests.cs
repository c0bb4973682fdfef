using System.Net;
using System.Text;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Platform.Identity;

namespace Muhtar.IntegrationTests.Security;

/// <summary>
/// Generated from the endpoint list: every API endpoint is tried without credentials, by each role that
/// lacks its permission, and with another business's key against this business's rows.
/// </summary>
public abstract class EndpointSecurityTests(MuhtarAppFactory app)
{
    private IReadOnlyList<ApiEndpoint> Endpoints => ApiEndpoint.All(app.Services);

    [Fact]
    public void Every_api_endpoint_declares_the_permission_it_needs()
    {
        Assert.NotEmpty(Endpoints);
        var undeclared = Endpoints.Where(e => !e.AllowsAnonymous && e.Permission is null && !e.RequiresSignIn).ToList();
        Assert.True(undeclared.Count == 0, "without RequirePermission: " + string.Join(", ", undeclared));
    }

    [Fact]
    public async Task Every_api_endpoint_refuses_a_caller_without_credentials()
    {
        var client = app.CreateBrowserlikeClient();
        var wrong = new List<string>();
        foreach (var endpoint in Endpoints.Where(e => !e.AllowsAnonymous))
        {
            var response = await SendAsync(client, endpoint, endpoint.Url(_ => null));
            if (response.StatusCode != HttpStatusCode.Unauthorized)
            {
                wrong.Add($"{endpoint} → {(int)response.StatusCode}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("; ", wrong));
    }

    [Fact]
    public async Task Every_api_endpoint_refuses_a_role_without_its_permission()
    {
        var tenant = await app.CreateTenantAsync();
        var clients = new Dictionary<string, HttpClient>();
        var wrong = new List<string>();
        var checkedCalls = 0;
        foreach (var endpoint in Endpoints.Where(e => e.Permission is not null))
        {
            foreach (var role in RolePermissions.RolesWithout(endpoint.Permission!))
            {
                if (!clients.TryGetValue(role, out var client))
                {
                    client = clients[role] = await tenant.LoginAsync(role);
                }

                var response = await SendAsync(client, endpoint, endpoint.Url(_ => null));
                checkedCalls++;
                if (response.StatusCode != HttpStatusCode.Forbidden)
                {
                    wrong.Add($"{role}: {endpoint} → {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(checkedCalls > 0, "some endpoint is closed to some role");
        Assert.True(wrong.Count == 0, string.Join("; ", wrong));
    }

    [Fact]
    public async Task Another_business_cannot_read_or_change_this_business_rows()
    {
        var owner = await app.CreateTenantAsync();
        var intruder = await app.CreateTenantAsync();
        var seeded = await TenantRows.SeedAsync(owner);
        var before = await TenantRows.SnapshotAsync(owner, Endpoints, seeded);

        var leaks = new List<string>();
        foreach (var endpoint in Endpoints)
        {
            var url = endpoint.Url(seeded.IdFor);
            var response = await SendAsync(intruder.Api, endpoint, url);
            var body = await response.Content.ReadAsStringAsync();
            var leaked = seeded.Markers.Where(m => body.Contains(m, StringComparison.OrdinalIgnoreCase)).ToList();
            if (leaked.Count > 0)
            {
                leaks.Add($"{endpoint} showed {string.Join(",", leaked)}");
            }

            if (endpoint.Pattern.Parameters.Count > 0 && seeded.IdFor(endpoint.Route) is not null && response.IsSuccessStatusCode)
            {
                leaks.Add($"{endpoint} answered {(int)response.StatusCode} for another business's id");
            }
        }

        var after = await TenantRows.SnapshotAsync(owner, Endpoints, seeded);
        Assert.True(leaks.Count == 0, string.Join("; ", leaks));
        Assert.Equal(before, after);
    }

    internal static Task<HttpResponseMessage> SendAsync(HttpClient client, ApiEndpoint endpoint, string url)
    {
        var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), url);
        if (endpoint.Method is "POST" or "PUT" or "PATCH")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        return client.SendAsync(request);
    }
}

public sealed class EndpointSecurityTests_Sqlite(SqliteApp app) : EndpointSecurityTests(app), IClassFixture<SqliteApp>;

public sealed class EndpointSecurityTests_Postgres(PostgresApp app) : EndpointSecurityTests(app), IClassFixture<PostgresApp>;
