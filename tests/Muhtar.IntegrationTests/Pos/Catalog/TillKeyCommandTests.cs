using System.Net;
using Muhtar.IntegrationTests.Identity;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Platform.Data;
using Muhtar.Web.Hosting;
using static Muhtar.IntegrationTests.Pos.Catalog.CatalogApi;

namespace Muhtar.IntegrationTests.Pos.Catalog;

/// <summary><c>apikey create … --store IST01 [--till 2]</c> on the operator command line, against its own fresh database.</summary>
public abstract class TillKeyCommandTests : OperatorCommandHarness
{
    [Fact]
    public async Task Apikey_create_with_store_and_till_prints_a_key_bound_to_them()
    {
        var slug = "till-" + Guid.NewGuid().ToString("N")[..8];
        Assert.Equal(0, (await RunAsync("tenant", "create", "--name", "Zincir Market", "--slug", slug)).ExitCode);
        var admin = await RunAsync("apikey", "create", "--tenant", slug, "--name", "erp", "--scopes", "catalog");
        await using var app = await OpenAppAsync();
        var erp = TestTenant.CreateApiClient(app, admin.LastLine);
        var store = await SendAsync(erp, HttpMethod.Post, "/api/v1/pos/stores", new { code = "IST01", name = "Kadıköy" }, HttpStatusCode.Created);
        await SendAsync(erp, HttpMethod.Post, $"/api/v1/pos/stores/{store.GetProperty("id").GetGuid()}/tills", new { code = "2" }, HttpStatusCode.Created);

        var tillKey = await RunAsync("apikey", "create", "--tenant", slug, "--name", "till-1", "--scopes", "pos", "--store", "IST01", "--till", "2");
        var storeKey = await RunAsync("apikey", "create", "--tenant", slug, "--name", "store-1", "--scopes", "pos", "--store", "IST01");
        var unknownTill = await RunAsync("apikey", "create", "--tenant", slug, "--name", "till-9", "--scopes", "pos", "--store", "IST01", "--till", "9");

        Assert.Equal(0, tillKey.ExitCode);
        var me = await Problems.JsonAsync(await TestTenant.CreateApiClient(app, tillKey.LastLine).GetAsync("/api/v1/me"));
        Assert.Equal(("IST01", "2"), (me.GetProperty("storeCode").GetString(), me.GetProperty("tillCode").GetString()));
        Assert.Equal(["pos"], me.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        var storeMe = await Problems.JsonAsync(await TestTenant.CreateApiClient(app, storeKey.LastLine).GetAsync("/api/v1/me"));
        Assert.Equal(("IST01", null), (storeMe.GetProperty("storeCode").GetString(), storeMe.GetProperty("tillCode").GetString()));
        Assert.Equal(1, unknownTill.ExitCode);
        Assert.StartsWith("tillCode:", unknownTill.Errors, StringComparison.Ordinal);
        Assert.Equal("", unknownTill.Output);
    }
}

[Collection(OperatorCommandCollection.Name)]
public sealed class TillKeyCommandTests_Sqlite : TillKeyCommandTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override Task<string> CreateDatabaseAsync() =>
        Task.FromResult($"Data Source={Path.Combine(Path.GetTempPath(), $"muhtar-till-{Guid.NewGuid():N}.db")};Pooling=False");
}

[Collection(OperatorCommandCollection.Name)]
public sealed class TillKeyCommandTests_Postgres : TillKeyCommandTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;

    protected override Task<string> CreateDatabaseAsync() => PostgresCluster.CreateDatabaseAsync();
}
