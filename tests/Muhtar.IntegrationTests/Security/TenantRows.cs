using System.Net.Http.Json;
using System.Text.Json;
using Muhtar.IntegrationTests.Infrastructure;

namespace Muhtar.IntegrationTests.Security;

/// <summary>
/// Rows of one business that the cross-tenant test aims at: ids per API resource and unique markers
/// (names, e-mails) that must never show up in another business's responses.
/// </summary>
public sealed partial record TenantRows(IReadOnlyDictionary<string, string> IdsByRoutePrefix, IReadOnlyList<string> Markers)
{
    public string? IdFor(string route) =>
        IdsByRoutePrefix.Where(p => route.StartsWith(p.Key, StringComparison.Ordinal)).OrderByDescending(p => p.Key.Length)
            .Select(p => p.Value).FirstOrDefault();

    /// <summary>Creates one row per resource through the public API, as an integration would.</summary>
    public static async Task<TenantRows> SeedAsync(TestTenant tenant)
    {
        var marker = "Gizlimarker" + Guid.NewGuid().ToString("N")[..8];
        var ids = new Dictionary<string, string>();
        var response = await tenant.Api.PostAsJsonAsync("/api/v1/customers", new
        {
            kind = "person",
            firstName = marker,
            lastName = "Yılmaz",
            phone = "0532 " + Random.Shared.Next(100, 999) + " " + Random.Shared.Next(10, 99) + " " + Random.Shared.Next(10, 99),
            email = marker.ToLowerInvariant() + "@example.com",
        });
        if (response.IsSuccessStatusCode)
        {
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            ids["/api/v1/customers/"] = json.RootElement.GetProperty("id").GetString()!;
        }

        // An uploaded (not yet run) customer import, so the import endpoints are aimed at a real row.
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes($"Ad;Telefon\n{marker}import;05321110000\n"));
        var upload = await tenant.Api.PostAsync("/api/v1/customers/imports", new MultipartFormDataContent { { file, "file", "rows.csv" } });
        if (upload.IsSuccessStatusCode)
        {
            using var json = JsonDocument.Parse(await upload.Content.ReadAsStringAsync());
            ids["/api/v1/customers/imports/"] = json.RootElement.GetProperty("id").GetString()!;
        }

        return new TenantRows(ids, [marker, tenant.OwnerEmail, tenant.Slug]);
    }

    /// <summary>What the business itself sees on every GET endpoint, to prove nothing changed.</summary>
    public static async Task<IReadOnlyList<string>> SnapshotAsync(TestTenant tenant, IEnumerable<ApiEndpoint> endpoints, TenantRows rows)
    {
        var seen = new List<string>();
        foreach (var endpoint in endpoints.Where(e => e.Method == "GET"))
        {
            var response = await tenant.Api.GetAsync(endpoint.Url(rows.IdFor));
            // Problem bodies carry a per-request trace id; everything else must be identical.
            var body = TraceId().Replace(await response.Content.ReadAsStringAsync(), "");
            seen.Add($"{endpoint} {(int)response.StatusCode} {body}");
        }

        return seen;
    }

    [System.Text.RegularExpressions.GeneratedRegex("\"traceId\":\"[^\"]*\"")]
    private static partial System.Text.RegularExpressions.Regex TraceId();
}
