using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.Abstractions.Customers.Events;
using Muhtar.IntegrationTests.ConsentTests;
using Muhtar.IntegrationTests.CustomerTests.Support;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Platform.Data;
using Muhtar.Platform.Jobs;

namespace Muhtar.IntegrationTests.CustomerTests.Import;

/// <summary>
/// C6: customers an import creates are written set-based (COPY on PostgreSQL, multi-row INSERT on SQLite)
/// and must be indistinguishable from ones created one by one: searchable, tagged, with custom-field
/// values, external ids and consent, one audit line naming the import, and their outbox events
/// (CustomerCreated, CustomerTagAdded) delivered to the workers. Updates of stored customers keep their
/// field-by-field audit.
/// </summary>
public abstract class ImportBulkWriteTests(MuhtarAppFactory app)
{
    [Fact]
    public async Task Created_customers_are_complete_searchable_audited_once_with_the_file_name_and_announce_themselves_to_the_workers()
    {
        var api = await CustomerApi.NewTenantAsync(app);
        var import = new ImportClient(app, api.Client);
        (await api.Client.PostAsJsonAsync("/api/v1/custom-fields", new { key = "ayakkabi_no", label = "Ayakkabı No", type = "number" }))
            .EnsureSuccessStatusCode();
        var stored = await api.CreateIdAsync(new { firstName = "Ahmet", lastName = "Yılmaz", phone = "0532 400 00 01", tags = new[] { "eski" } });
        var csv = string.Join('\n',
            "Ad Soyad;Telefon;E-posta;Etiketler;Ayakkabı No;Müşteri kodu;SMS izni",
            "ŞÜKRÜ ÖZTÜRK;0532 400 00 02;;vip, toptan;42;C-1;evet",   // 1 new
            ";0532 400 00 02;sukru@ornek.com;yeni;;;",                // 2 same phone as row 1, in the same batch: merged into the new one
            ";0532 400 00 01;;yeni;;;",                              // 3 updates the stored Ahmet
            "ayşe kaya;0532 400 00 04;;;;;hayır") + "\n";             // 4 new, refuses SMS

        var done = await import.ImportAsync(ImportClient.Utf8(csv), "bayi-listesi.csv");

        var progress = done.GetProperty("progress");
        Assert.Equal((2, 1, 1, 0), (progress.GetProperty("created").GetInt32(), progress.GetProperty("updated").GetInt32(),
            progress.GetProperty("merged").GetInt32(), progress.GetProperty("rejected").GetInt32()));
        var sukruId = Assert.Single(await api.SearchAsync("şükrü"));
        Assert.Equal(sukruId, Assert.Single(await api.SearchAsync("ozturk")));
        Assert.Equal(sukruId, Assert.Single(await api.SearchAsync("sukru@ornek.com")));
        var sukru = await api.GetJsonAsync($"/api/v1/customers/{sukruId}");
        Assert.Equal(("Şükrü Öztürk", "+905324000002", "sukru@ornek.com"),
            (sukru.GetProperty("displayName").GetString(), sukru.GetProperty("phone").GetString(), sukru.GetProperty("email").GetString()));
        Assert.Equal(["toptan", "vip", "yeni"], sukru.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("C-1", sukru.GetProperty("externalIds").GetProperty("erp").GetString());
        Assert.Equal(42, sukru.GetProperty("customFields").GetProperty("ayakkabi_no").GetDouble());
        Assert.Equal("approved", await new ConsentApi(app, api, sukruId).CurrentAsync("sms"));
        var ayseId = Assert.Single(await api.SearchAsync("05324000004"));
        Assert.Equal("refused", await new ConsentApi(app, api, ayseId).CurrentAsync("sms"));

        // One line on the customer's page says where the record came from; no line per field.
        var audit = (await api.GetJsonAsync($"/api/v1/customers/{sukruId}/audit")).GetProperty("items").EnumerateArray().ToList();
        var created = Assert.Single(audit);
        Assert.Equal(("created", "import", "bayi-listesi.csv"),
            (created.GetProperty("action").GetString(), created.GetProperty("field").GetString(), created.GetProperty("newValue").GetString()));
        Assert.False(string.IsNullOrEmpty(created.GetProperty("actor").GetString()));
        var ahmet = await api.GetJsonAsync($"/api/v1/customers/{stored}");
        Assert.Equal(["eski", "yeni"], ahmet.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        var ahmetAudit = (await api.GetJsonAsync($"/api/v1/customers/{stored}/audit")).GetProperty("items").EnumerateArray();
        Assert.Contains(ahmetAudit, a => a.GetProperty("field").GetString() == "tags" && a.GetProperty("newValue").GetString()!.Contains("yeni", StringComparison.Ordinal));

        // The events are in the outbox and the workers have delivered them (a payload they could not read would fail the job).
        var jobs = await EventsAsync(api.TenantId);
        Assert.All(jobs, j => Assert.True(j.CompletedAt is not null && j.FailedAt is null, $"{j.Type} {j.Payload}: {j.LastError}"));
        var sukruCreated = Assert.Single(jobs, j => j.Type == JobTypeName.Of(typeof(CustomerCreated)) && j.Payload.Contains(sukruId.ToString(), StringComparison.Ordinal));
        var payload = JsonSerializer.Deserialize<CustomerCreated>(sukruCreated.Payload, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        Assert.Equal((sukruId, "person", true), (payload.CustomerId, payload.Kind, payload.HasPhone));
        Assert.Single(jobs, j => j.Type == JobTypeName.Of(typeof(CustomerCreated)) && j.Payload.Contains(ayseId.ToString(), StringComparison.Ordinal));
        Assert.DoesNotContain(jobs, j => j.Type == JobTypeName.Of(typeof(CustomerUpdated)) && j.Payload.Contains(sukruId.ToString(), StringComparison.Ordinal));
        Assert.Equal(["toptan", "vip", "yeni"], TagsAdded(jobs, sukruId));
        // "eski" was announced when the customer was created by hand; the import announces only the tag it adds.
        Assert.Equal(["eski", "yeni"], TagsAdded(jobs, stored));
        Assert.Single(jobs, j => j.Type == JobTypeName.Of(typeof(CustomerUpdated)) && j.Payload.Contains(stored.ToString(), StringComparison.Ordinal)
            && j.Payload.Contains("\"tags\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Many_batches_of_new_customers_are_all_stored_once_with_one_creation_event_each()
    {
        const int rows = 1_203; // three batches of 500 and a short one
        var api = await CustomerApi.NewTenantAsync(app);
        var text = new System.Text.StringBuilder("Ad;Soyad;Telefon;Etiketler\n");
        for (var i = 1; i <= rows; i++)
        {
            text.Append($"Kişi{i};Çalışkan;0533 {i / 10000 + 100} {i / 100 % 100:00} {i % 100:00};grup{i % 3}\n");
        }

        var done = await new ImportClient(app, api.Client).ImportAsync(ImportClient.Utf8(text.ToString()));

        Assert.Equal(rows, done.GetProperty("progress").GetProperty("created").GetInt32());
        Assert.Equal(rows, (await api.GetJsonAsync("/api/v1/customers?pageSize=1")).GetProperty("total").GetInt32());
        Assert.Equal(rows, (await api.GetJsonAsync("/api/v1/customers?search=caliskan&pageSize=1")).GetProperty("total").GetInt32());
        Assert.Equal(rows / 3, (await api.GetJsonAsync("/api/v1/customers?tag=grup0&pageSize=1")).GetProperty("total").GetInt32());
        var jobs = await EventsAsync(api.TenantId);
        Assert.Equal(rows, jobs.Count(j => j.Type == JobTypeName.Of(typeof(CustomerCreated))));
        Assert.Equal(rows, jobs.Count(j => j.Type == JobTypeName.Of(typeof(CustomerTagAdded))));
    }

    private async Task<List<Job>> EventsAsync(Guid tenantId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<MuhtarDbContext>>().CreateDbContextAsync();
        return await db.Set<Job>().AsNoTracking().Where(j => j.TenantId == tenantId && j.Kind == JobKind.Event).ToListAsync();
    }

    private static List<string> TagsAdded(List<Job> jobs, Guid customerId) =>
        jobs.Where(j => j.Type == JobTypeName.Of(typeof(CustomerTagAdded)) && j.Payload.Contains(customerId.ToString(), StringComparison.Ordinal))
            .Select(j => JsonSerializer.Deserialize<CustomerTagAdded>(j.Payload, new JsonSerializerOptions(JsonSerializerDefaults.Web))!.Tag)
            .Order(StringComparer.Ordinal)
            .ToList();
}

public sealed class ImportBulkWriteTests_Sqlite(SqliteApp app) : ImportBulkWriteTests(app), IClassFixture<SqliteApp>;

public sealed class ImportBulkWriteTests_Postgres(PostgresApp app) : ImportBulkWriteTests(app), IClassFixture<PostgresApp>;
