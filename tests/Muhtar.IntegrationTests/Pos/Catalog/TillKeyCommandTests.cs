using System.Net;
using Muhtar.IntegrationTests.Identity;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Platform.Data;
using Muhtar.Web.Hosting;
using static Muhtar.IntegrationTests.Pos.Catalog.CatalogApi;

namespace Muhtar.IntegrationTests.Pos.Catalog;

/// <summary><c>apikey create … --store IST01 [--till 2]</c> on the operator command line, against its own fresh database.</summary>
public abstract class TillKeyCommandTests : IAsyncLifetime
{
    private string _connectionString = "";

    protected abstract DatabaseProvider Provider { get; }

    public async Task InitializeAsync() => _connectionString = await CreateDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    protected abstract Task<string> CreateDatabaseAsync();

    [Fact]
    public async Task Apikey_create_with_store_and_till_prints_a_key_bound_to_them()
    {
        var slug = "till-" + Guid.NewGuid().ToString("N")[..8];
        Assert.Equal(0, (await RunAsync("tenant", "create", "--name", "Zincir Market", "--slug", slug)).ExitCode);
        var admin = await RunAsync("apikey", "create", "--tenant", slug, "--name", "erp", "--scopes", "catalog");
        await using var app = new ExistingDatabaseApp(Provider, _connectionString);
        await app.InitializeAsync();
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

    private async Task<CommandRun> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        string[] withDatabase = [.. args, "--Database:Provider", Provider.ToString(), "--ConnectionStrings:Muhtar", _connectionString];
        var exit = await OperatorCommands.RunAsync(withDatabase, output, errors);
        return new CommandRun(exit, output.ToString(), errors.ToString());
    }

    private sealed record CommandRun(int ExitCode, string Output, string Errors)
    {
        public string LastLine => Output.TrimEnd().Split('\n').Last().Trim();
    }

    private sealed class ExistingDatabaseApp(DatabaseProvider provider, string connectionString) : MuhtarAppFactory
    {
        public override DatabaseProvider Provider => provider;

        protected override Task<string> CreateDatabaseAsync() => Task.FromResult(connectionString);
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
