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
            // A consent line whose evidence carries the marker, so consent and İYS endpoints have a row to leak.
            await tenant.Api.PostAsJsonAsync($"/api/v1/customers/{ids["/api/v1/customers/"]}/consents", new
            {
                channel = "sms",
                status = "approved",
                source = "shop",
                evidence = marker,
            });
            // A message whose text carries the marker, so /api/v1/messages/{id} and its retry aim at a real row.
            var message = await tenant.Api.PostAsJsonAsync($"/api/v1/customers/{ids["/api/v1/customers/"]}/messages", new
            {
                channel = "sms",
                body = marker,
            });
            if (message.IsSuccessStatusCode)
            {
                using var sent = JsonDocument.Parse(await message.Content.ReadAsStringAsync());
                ids["/api/v1/messages/"] = sent.RootElement.GetProperty("id").GetString()!;
            }

            var request = await tenant.Api.PostAsJsonAsync("/api/v1/privacy/requests", new
            {
                customerId = ids["/api/v1/customers/"],
                type = "export",
                channel = "email",
                requestedOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)),
            });
            if (request.IsSuccessStatusCode)
            {
                using var created = JsonDocument.Parse(await request.Content.ReadAsStringAsync());
                ids["/api/v1/privacy/requests/"] = created.RootElement.GetProperty("id").GetString()!;
            }

            ids["/api/v1/customers/merges/"] = await SeedMergeAsync(tenant, ids["/api/v1/customers/"], marker);
        }

        // A custom field and a coloured tag, so /api/v1/custom-fields/{id} and /api/v1/customer-tags/{id} aim at real rows.
        var field = await tenant.Api.PostAsJsonAsync("/api/v1/custom-fields", new { key = marker.ToLowerInvariant(), label = marker, type = "text" });
        if (field.IsSuccessStatusCode)
        {
            using var json = JsonDocument.Parse(await field.Content.ReadAsStringAsync());
            ids["/api/v1/custom-fields/"] = json.RootElement.GetProperty("id").GetString()!;
        }

        var tag = await tenant.Api.PostAsJsonAsync("/api/v1/customer-tags", new { name = marker + "Etiket", colour = "teal" });
        if (tag.IsSuccessStatusCode)
        {
            using var json = JsonDocument.Parse(await tag.Content.ReadAsStringAsync());
            ids["/api/v1/customer-tags/"] = json.RootElement.GetProperty("id").GetString()!;
        }

        // An uploaded (not yet run) customer import, so the import endpoints are aimed at a real row.
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes($"Ad;Telefon\n{marker}import;05321110000\n"));
        var upload = await tenant.Api.PostAsync("/api/v1/customers/imports", new MultipartFormDataContent { { file, "file", "rows.csv" } });
        if (upload.IsSuccessStatusCode)
        {
            using var json = JsonDocument.Parse(await upload.Content.ReadAsStringAsync());
            ids["/api/v1/customers/imports/"] = json.RootElement.GetProperty("id").GetString()!;
        }

        // A message template whose name and text carry the marker, so /api/v1/messaging/templates/{id} aims at a real row.
        var template = await tenant.Api.PostAsJsonAsync("/api/v1/messaging/templates", new
        {
            name = marker + "Şablon",
            channel = "sms",
            purpose = "commercial",
            body = marker + " {{ customer | salutation }}",
        });
        if (template.IsSuccessStatusCode)
        {
            using var json = JsonDocument.Parse(await template.Content.ReadAsStringAsync());
            ids["/api/v1/messaging/templates/"] = json.RootElement.GetProperty("id").GetString()!;
        }

        // An outgoing webhook described with the marker, so /api/v1/webhooks/{id} and its deliveries aim at a real row.
        var webhook = await tenant.Api.PostAsJsonAsync("/api/v1/webhooks", new { url = "https://hooks.example.com/" + marker, description = marker, events = new[] { "customer.created" } });
        if (webhook.IsSuccessStatusCode)
        {
            using var json = JsonDocument.Parse(await webhook.Content.ReadAsStringAsync());
            ids["/api/v1/webhooks/"] = json.RootElement.GetProperty("id").GetString()!;
        }

        // An automation rule named with the marker, so the rule and run endpoints aim at a real row.
        var rule = await tenant.Api.PostAsJsonAsync("/api/v1/automation/rules", new
        {
            name = marker + "Kural",
            trigger = new { kind = "event", @event = "CustomerCreated" },
            actions = new[] { new { kind = "addTag", tag = marker } },
        });
        if (rule.IsSuccessStatusCode)
        {
            using var ruleJson = JsonDocument.Parse(await rule.Content.ReadAsStringAsync());
            ids["/api/v1/automation/rules/"] = ruleJson.RootElement.GetProperty("id").GetString()!;
        }

        // An SMS channel whose user code carries the marker; its webhook key aims the webhook routes at a real channel.
        var channel = await tenant.Api.PutAsJsonAsync("/api/v1/messaging/channels/sms", new
        {
            provider = "netgsm",
            settings = new { usercode = marker, password = marker + "Parola", msgheader = "MUHTAR" },
        });
        if (channel.IsSuccessStatusCode)
        {
            using var json = JsonDocument.Parse(await channel.Content.ReadAsStringAsync());
            ids["/api/v1/messaging/channels/"] = "sms";
            ids["/api/v1/webhooks/messaging/"] = new Uri(json.RootElement.GetProperty("webhookUrl").GetString()!).Segments[^1];
        }

        await SeedPromotionsAsync(tenant, ids, marker);
        await SeedLoyaltyAsync(tenant, ids, marker);
        await SeedSchedulingAsync(tenant, ids, marker);
        await SeedPublicBookingAsync(tenant, ids);
        await SeedLedgerAsync(tenant, ids, marker);
        await SeedWorkOrdersAsync(tenant, ids, marker);
        await SeedCatalogAsync(tenant, marker, ids);

        return new TenantRows(ids, [marker, tenant.OwnerEmail, tenant.Slug]);
    }

    /// <summary>A look-alike of the customer merged into it, so the merge endpoints have a real row to aim at.</summary>
    private static async Task<string> SeedMergeAsync(TestTenant tenant, string survivorId, string marker)
    {
        var twin = await tenant.Api.PostAsJsonAsync("/api/v1/customers", new { kind = "person", firstName = marker.ToUpperInvariant(), lastName = "YILMAZ" });
        using var twinJson = JsonDocument.Parse(await twin.Content.ReadAsStringAsync());
        var merge = await tenant.Api.PostAsJsonAsync("/api/v1/customers/merges", new { survivorId, mergedIds = new[] { twinJson.RootElement.GetProperty("id").GetString() } });
        using var mergeJson = JsonDocument.Parse(await merge.Content.ReadAsStringAsync());
        return mergeJson.RootElement.GetProperty("id").GetString()!;
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
