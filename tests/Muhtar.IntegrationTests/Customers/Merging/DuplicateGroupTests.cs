using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.Customers.Duplicates;
using Muhtar.IntegrationTests.CustomerTests.Support;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Platform.Data;
using Muhtar.Platform.Tenancy;

namespace Muhtar.IntegrationTests.CustomerTests.Merging;

/// <summary>
/// C4: candidate pairs that share customers (A~B, B~C) are shown as one group with every member, each
/// pair's score and reasons and the best score; the whole group merges into one chosen survivor.
/// </summary>
public abstract class DuplicateGroupTests(MuhtarAppFactory app)
{
    [Fact]
    public async Task Chained_pairs_form_one_group_with_every_member_and_the_group_merges_into_the_chosen_survivor_field_by_field()
    {
        var api = await CustomerApi.NewTenantAsync(app);
        var a = await CreateAsync(api, new { firstName = "Mehmet", lastName = "Demir", phone = "0532 500 00 01", tags = new[] { "vip" } });
        var b = await CreateAsync(api, new { firstName = "MEHMET", lastName = "DEMİR", phone = "0532 500 00 02", tags = new[] { "toptan" } });
        var c = await CreateAsync(api, new { firstName = "Mehmet", lastName = "Demirr", email = "mehmet@ornek.com" });
        var d = await CreateAsync(api, new { firstName = "Zeynep", lastName = "Ak" });
        var e = await CreateAsync(api, new { firstName = "Zeynep", lastName = "Akk" });
        var ab = await AddCandidateAsync(api.TenantId, a, b, 60, "sameName");
        var bc = await AddCandidateAsync(api.TenantId, b, c, 85, "similarName", "sameBirthDate");
        var de = await AddCandidateAsync(api.TenantId, d, e, 70, "similarName", "sameEmailUser");

        var groups = await GroupsAsync(api);

        Assert.Equal(2, groups.Count);
        var chain = groups[0];
        Assert.Equal((bc, 85), (chain.GetProperty("id").GetGuid(), chain.GetProperty("score").GetInt32()));
        Assert.Equal([a, b, c], Members(chain)); // oldest record first
        Assert.Equal(["similarName", "sameBirthDate", "sameName"], Strings(chain.GetProperty("reasons")));
        var pairs = chain.GetProperty("pairs").EnumerateArray().ToList();
        Assert.Equal([(bc, 85), (ab, 60)], pairs.Select(p => (p.GetProperty("id").GetGuid(), p.GetProperty("score").GetInt32())));
        Assert.Equal(["sameName"], Strings(pairs[1].GetProperty("reasons")));
        Assert.Equal([d, e], Members(groups[1]));

        // Any pair of the group opens the whole group; the pair list keeps its shape.
        var opened = await api.GetJsonAsync($"/api/v1/customers/duplicates/groups/{ab}");
        Assert.Equal(bc, opened.GetProperty("id").GetGuid());
        Assert.Equal([a, b, c], Members(opened));
        Assert.Equal(3, (await api.GetJsonAsync("/api/v1/customers/duplicates")).GetProperty("total").GetInt32());

        var merge = await api.Client.PostAsJsonAsync("/api/v1/customers/merges", new
        {
            survivorId = a,
            mergedIds = new[] { b, c },
            fields = new Dictionary<string, Guid> { ["phone"] = b, ["email"] = c },
        });

        Assert.Equal(HttpStatusCode.Created, merge.StatusCode);
        var kept = await api.GetJsonAsync($"/api/v1/customers/{a}");
        Assert.Equal(("Mehmet", "Demir", "+905325000002", "mehmet@ornek.com"), (kept.GetProperty("firstName").GetString(),
            kept.GetProperty("lastName").GetString(), kept.GetProperty("phone").GetString(), kept.GetProperty("email").GetString()));
        Assert.Equal(["toptan", "vip"], Strings(kept.GetProperty("tags")));
        Assert.Equal([a], await api.SearchAsync("mehmet"));
        var left = await GroupsAsync(api);
        Assert.Equal([d, e], Members(Assert.Single(left)));
    }

    [Fact]
    public async Task Three_spellings_of_one_name_found_by_the_scan_are_one_group_and_another_business_cannot_open_it()
    {
        var api = await CustomerApi.NewTenantAsync(app);
        var ids = new List<Guid>
        {
            await CreateAsync(api, new { firstName = "Şükrü", lastName = "Öztürk", phone = "0532 600 00 01" }),
            await CreateAsync(api, new { firstName = "ŞÜKRÜ", lastName = "ÖZTÜRK", phone = "0532 600 00 02" }),
            await CreateAsync(api, new { firstName = "sukru", lastName = "ozturk" }),
        };
        await api.CreateIdAsync(new { firstName = "Elif", lastName = "Şahin" });

        await MergeRows.ScanAsync(app, api.TenantId);
        var group = Assert.Single(await GroupsAsync(api));

        Assert.Equal(ids, Members(group));
        Assert.Equal(3, group.GetProperty("pairs").GetArrayLength());
        Assert.All(group.GetProperty("pairs").EnumerateArray(), p => Assert.Contains("sameName", Strings(p.GetProperty("reasons"))));
        var other = await CustomerApi.NewTenantAsync(app);
        var response = await other.Client.GetAsync($"/api/v1/customers/duplicates/groups/{group.GetProperty("id").GetGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, (await other.GetJsonAsync("/api/v1/customers/duplicates/groups")).GetProperty("total").GetInt32());
    }

    /// <summary>Creates a customer a second after the previous one, so "oldest first" has one answer.</summary>
    private async Task<Guid> CreateAsync(CustomerApi api, object customer)
    {
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        return await api.CreateIdAsync(customer);
    }

    private async Task<Guid> AddCandidateAsync(Guid tenantId, Guid first, Guid second, int score, params string[] reasons)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenantId, null, "tests");
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<MuhtarDbContext>>().CreateDbContextAsync();
        var candidate = new DuplicateCandidate(first, second, score, reasons, app.Clock.GetUtcNow().UtcDateTime);
        db.Add(candidate);
        await db.SaveChangesAsync();
        return candidate.Id;
    }

    private static async Task<List<JsonElement>> GroupsAsync(CustomerApi api) =>
        (await api.GetJsonAsync("/api/v1/customers/duplicates/groups")).GetProperty("items").EnumerateArray().ToList();

    private static List<Guid> Members(JsonElement group) =>
        group.GetProperty("customers").EnumerateArray().Select(x => x.GetProperty("id").GetGuid()).ToList();

    private static List<string> Strings(JsonElement array) => array.EnumerateArray().Select(x => x.GetString()!).ToList();
}

public sealed class DuplicateGroupTests_Sqlite(SqliteApp app) : DuplicateGroupTests(app), IClassFixture<SqliteApp>;

public sealed class DuplicateGroupTests_Postgres(PostgresApp app) : DuplicateGroupTests(app), IClassFixture<PostgresApp>;
