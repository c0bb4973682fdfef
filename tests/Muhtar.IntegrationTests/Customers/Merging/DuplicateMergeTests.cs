using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Muhtar.IntegrationTests.CustomerTests.Support;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Platform.Identity;

namespace Muhtar.IntegrationTests.CustomerTests.Merging;

/// <summary>C4: duplicates are found with Turkish-aware matching, merged with every linked row, and undone exactly.</summary>
public abstract class DuplicateMergeTests(MuhtarAppFactory app)
{
    private static readonly DateOnly Birthday = new(1984, 5, 19);

    [Fact]
    public async Task The_scan_finds_turkish_spellings_of_one_name_with_reasons_and_remembers_a_dismissal()
    {
        var api = await CustomerApi.NewTenantAsync(app);
        var ahmet = await api.CreateIdAsync(new { firstName = "Ahmet", lastName = "Yılmaz", phone = "0532 111 22 33", birthDate = Birthday });
        var ahmetCaps = await api.CreateIdAsync(new { firstName = "AHMET", lastName = "YILMAZ", phone = "0544 987 65 43", birthDate = Birthday });
        var isik = await api.CreateIdAsync(new { firstName = "Işık", lastName = "Çağrı" });
        var isikPlain = await api.CreateIdAsync(new { firstName = "isik", lastName = "CAGRI" });
        var zeynep = await api.CreateIdAsync(new { firstName = "Zeynep", lastName = "Kaya" });

        await MergeRows.ScanAsync(app, api.TenantId);
        var groups = (await api.GetJsonAsync("/api/v1/customers/duplicates")).GetProperty("items").EnumerateArray().ToList();

        var first = Assert.Single(groups, g => Ids(g).SetEquals([ahmet, ahmetCaps]));
        Assert.Equal(["sameName", "sameBirthDate"], Reasons(first));
        Assert.Equal(85, first.GetProperty("score").GetInt32());
        var second = Assert.Single(groups, g => Ids(g).SetEquals([isik, isikPlain]));
        Assert.Equal(["sameName"], Reasons(second));
        Assert.Equal(2, groups.Count);
        Assert.DoesNotContain(groups, g => Ids(g).Contains(zeynep));
        Assert.True(groups[0].GetProperty("score").GetInt32() >= groups[1].GetProperty("score").GetInt32());

        var dismissed = await api.Client.PostAsync($"/api/v1/customers/duplicates/{second.GetProperty("id").GetGuid()}/dismiss", null);
        Assert.Equal(HttpStatusCode.NoContent, dismissed.StatusCode);
        await MergeRows.ScanAsync(app, api.TenantId);
        var after = (await api.GetJsonAsync("/api/v1/customers/duplicates")).GetProperty("items").EnumerateArray().ToList();
        Assert.Single(after);
        Assert.True(Ids(after[0]).SetEquals([ahmet, ahmetCaps]));
    }

    [Fact]
    public async Task A_merge_moves_notes_tags_and_receipts_takes_the_chosen_values_and_hides_the_merged_customer()
    {
        var api = await CustomerApi.NewTenantAsync(app);
        var survivor = await api.CreateIdAsync(new { firstName = "Ayşe", lastName = "Demir", phone = "0532 200 00 01", tags = new[] { "VIP" } });
        var duplicate = await api.CreateIdAsync(new
        {
            firstName = "AYŞE",
            lastName = "DEMİR",
            phone = "0532 200 00 02",
            email = "ayse@example.com",
            tags = new[] { "vip", "Toptancı" },
        });
        await api.Client.PostAsJsonAsync($"/api/v1/customers/{survivor}/notes", new { text = "Kendi notu" });
        await api.Client.PostAsJsonAsync($"/api/v1/customers/{duplicate}/notes", new { text = "Çift kaydın notu" });
        var receipts = await MergeRows.AddReceiptsAsync(app, api.TenantId, survivor, duplicate, duplicate);

        var response = await api.Client.PostAsJsonAsync("/api/v1/customers/merges", new
        {
            survivorId = survivor,
            mergedIds = new[] { duplicate },
            fields = new Dictionary<string, Guid> { ["phone"] = duplicate, ["email"] = duplicate },
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var kept = await api.GetJsonAsync($"/api/v1/customers/{survivor}");
        Assert.Equal("+905322000002", kept.GetProperty("phone").GetString());
        Assert.Equal("ayse@example.com", kept.GetProperty("email").GetString());
        Assert.Equal("Ayşe", kept.GetProperty("firstName").GetString());
        Assert.Equal(["Toptancı", "VIP"], kept.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        var notes = (await api.GetJsonAsync($"/api/v1/customers/{survivor}/notes")).GetProperty("items").EnumerateArray().Select(n => n.GetProperty("text").GetString());
        Assert.Equal(["Kendi notu", "Çift kaydın notu"], notes.Order(StringComparer.Ordinal));
        Assert.Equal(receipts.Order(), await MergeRows.ReceiptIdsOfAsync(app, api.TenantId, survivor));
        Assert.Equal([survivor], await api.SearchAsync("ayşe demir"));
        Assert.Equal([survivor], await api.SearchAsync("ayse@example.com"));
        Assert.Equal([survivor], await api.SearchAsync("0532 200 00 02"));
        Assert.Equal(1, (await api.GetJsonAsync("/api/v1/customers?archived=all")).GetProperty("total").GetInt32());
        var merge = await response.Content.ReadFromJsonAsync<JsonElement>();
        var stored = await api.GetJsonAsync($"/api/v1/customers/merges/{merge.GetProperty("id").GetGuid()}");
        Assert.True(stored.GetProperty("canUndo").GetBoolean());
        Assert.Equal([duplicate], stored.GetProperty("mergedIds").EnumerateArray().Select(x => x.GetGuid()));
    }

    [Fact]
    public async Task Undo_puts_every_customer_and_pos_row_back_exactly()
    {
        var api = await CustomerApi.NewTenantAsync(app);
        var company = await api.CreateIdAsync(new { kind = "company", companyName = "Acar Gıda Ltd", phone = "0532 300 00 01", cardNumber = "C-1", externalIds = new { logo = "L1" } });
        var twin = await api.CreateIdAsync(new
        {
            kind = "company",
            companyName = "ACAR GIDA LTD",
            phone = "0532 300 00 02",
            email = "info@acar.com.tr",
            cardNumber = "C-2",
            externalIds = new { logo = "L2", shopify = "S2" },
            tags = new[] { "Toptancı" },
        });
        await api.CreateIdAsync(new { firstName = "Kerem", lastName = "Acar", parentCompanyId = twin });
        await api.Client.PostAsJsonAsync($"/api/v1/customers/{twin}/notes", new { text = "Vadeli çalışır" });
        await api.Client.PostAsJsonAsync($"/api/v1/customers/{twin}/addresses", new { line = "Moda Cad. 5", city = "İstanbul" });
        await api.Client.PostAsJsonAsync($"/api/v1/customers/{company}/tags", new { tag = "toptanci" });
        await MergeRows.AddReceiptsAsync(app, api.TenantId, company, twin, null);
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        var before = await MergeRows.SnapshotAsync(app);

        var merged = await api.Client.PostAsJsonAsync("/api/v1/customers/merges", new
        {
            survivorId = company,
            mergedIds = new[] { twin },
            fields = new Dictionary<string, Guid> { ["phone"] = twin, ["cardNumber"] = twin, ["email"] = twin },
        });
        Assert.Equal(HttpStatusCode.Created, merged.StatusCode);
        Assert.NotEqual(before, await MergeRows.SnapshotAsync(app));
        var id = (await merged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        app.Clock.Advance(TimeSpan.FromDays(2));
        var undone = await api.Client.PostAsync($"/api/v1/customers/merges/{id}/undo", null);

        Assert.Equal(HttpStatusCode.OK, undone.StatusCode);
        Assert.Equal(before, await MergeRows.SnapshotAsync(app));
        var again = await api.Client.PostAsync($"/api/v1/customers/merges/{id}/undo", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task Undo_after_30_days_is_refused_with_a_clear_message()
    {
        var api = await CustomerApi.NewTenantAsync(app);
        var (a, b) = (await api.CreateIdAsync(new { firstName = "Can", lastName = "Öz" }), await api.CreateIdAsync(new { firstName = "CAN", lastName = "ÖZ" }));
        var merge = await MergeAsync(api, a, b);
        app.Clock.Advance(TimeSpan.FromDays(30) + TimeSpan.FromMinutes(1));

        var response = await api.Client.PostAsync($"/api/v1/customers/merges/{merge}/undo", null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("30", problem.GetRawText(), StringComparison.Ordinal);
        Assert.False((await api.GetJsonAsync($"/api/v1/customers/merges/{merge}")).GetProperty("canUndo").GetBoolean());
    }

    [Fact]
    public async Task An_older_merge_cannot_be_undone_while_a_later_merge_involves_its_survivor()
    {
        var api = await CustomerApi.NewTenantAsync(app);
        var a = await api.CreateIdAsync(new { firstName = "Deniz", lastName = "Er" });
        var b = await api.CreateIdAsync(new { firstName = "DENİZ", lastName = "ER" });
        var c = await api.CreateIdAsync(new { firstName = "deniz", lastName = "er" });
        var first = await MergeAsync(api, a, b);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await MergeAsync(api, a, c);

        var blocked = await api.Client.PostAsync($"/api/v1/customers/merges/{first}/undo", null);
        Assert.Equal(HttpStatusCode.Conflict, blocked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.Client.PostAsync($"/api/v1/customers/merges/{second}/undo", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.Client.PostAsync($"/api/v1/customers/merges/{first}/undo", null)).StatusCode);
        Assert.Equal(3, (await api.GetJsonAsync("/api/v1/customers")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Another_business_ids_are_not_found_and_change_nothing()
    {
        var owner = await CustomerApi.NewTenantAsync(app);
        var intruder = await CustomerApi.NewTenantAsync(app);
        var (a, b) = (await owner.CreateIdAsync(new { firstName = "Elif", lastName = "Su" }), await owner.CreateIdAsync(new { firstName = "ELİF", lastName = "SU" }));
        var mine = await intruder.CreateIdAsync(new { firstName = "Elif", lastName = "Su" });
        var before = await MergeRows.SnapshotAsync(app);

        var crossMerge = await intruder.Client.PostAsJsonAsync("/api/v1/customers/merges", new { survivorId = mine, mergedIds = new[] { a } });
        var foreignSurvivor = await intruder.Client.PostAsJsonAsync("/api/v1/customers/merges", new { survivorId = a, mergedIds = new[] { mine } });
        Assert.Equal(HttpStatusCode.NotFound, crossMerge.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreignSurvivor.StatusCode);
        Assert.Equal(before, await MergeRows.SnapshotAsync(app));

        var merge = await MergeAsync(owner, a, b);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.Client.GetAsync($"/api/v1/customers/merges/{merge}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.Client.PostAsync($"/api/v1/customers/merges/{merge}/undo", null)).StatusCode);
        Assert.True((await owner.GetJsonAsync($"/api/v1/customers/merges/{merge}")).GetProperty("canUndo").GetBoolean());
    }

    [Fact]
    public async Task A_role_without_the_merge_permission_gets_403()
    {
        var tenant = await app.CreateTenantAsync();
        var sales = await tenant.LoginAsync(Roles.Sales);

        Assert.Equal(HttpStatusCode.Forbidden, (await sales.GetAsync("/api/v1/customers/duplicates")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await sales.PostAsJsonAsync("/api/v1/customers/merges", new { survivorId = Guid.NewGuid() })).StatusCode);
    }

    [Fact]
    public async Task Creating_a_look_alike_with_checkDuplicates_answers_409_listing_it_and_saves_nothing()
    {
        var api = await CustomerApi.NewTenantAsync(app);
        var existing = await api.CreateIdAsync(new { firstName = "Çağrı", lastName = "Işık", phone = "0532 400 00 01" });

        var warned = await api.Client.PostAsJsonAsync("/api/v1/customers?checkDuplicates=true", new { firstName = "CAGRI", lastName = "ISIK", phone = "0532 400 00 09" });
        var problem = await warned.Content.ReadFromJsonAsync<JsonElement>();
        var saved = await api.Client.PostAsJsonAsync("/api/v1/customers", new { firstName = "CAGRI", lastName = "ISIK", phone = "0532 400 00 09" });

        Assert.Equal(HttpStatusCode.Conflict, warned.StatusCode);
        Assert.Equal(existing, problem.GetProperty("possibleDuplicates")[0].GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        Assert.Equal(2, (await api.GetJsonAsync("/api/v1/customers")).GetProperty("total").GetInt32());
    }

    private static async Task<Guid> MergeAsync(CustomerApi api, Guid survivor, Guid merged)
    {
        var response = await api.Client.PostAsJsonAsync("/api/v1/customers/merges", new { survivorId = survivor, mergedIds = new[] { merged } });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await CustomerApi.Describe(response));
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static HashSet<Guid> Ids(JsonElement group) =>
        group.GetProperty("customers").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ToHashSet();

    private static List<string?> Reasons(JsonElement group) =>
        group.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()).ToList();
}

public sealed class DuplicateMergeTests_Sqlite(SqliteApp app) : DuplicateMergeTests(app), IClassFixture<SqliteApp>;

public sealed class DuplicateMergeTests_Postgres(PostgresApp app) : DuplicateMergeTests(app), IClassFixture<PostgresApp>;
