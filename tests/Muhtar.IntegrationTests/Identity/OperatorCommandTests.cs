using System.Net;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Platform.Data;
using Muhtar.Web.Hosting;

namespace Muhtar.IntegrationTests.Identity;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class OperatorCommandCollection
{
    // The commands build their own host in-process; run alone so no app factory mistakes it for its own.
    public const string Name = "Operator commands";
}

/// <summary>The operator command line run in-process against its own fresh database, as a script would (issue 2, item 9).</summary>
public abstract class OperatorCommandTests : OperatorCommandHarness
{
    [Fact]
    public async Task Tenant_create_and_apikey_create_print_a_tenant_id_and_a_working_key_last()
    {
        var slug = "cli-" + Guid.NewGuid().ToString("N")[..8];
        var tenant = await RunAsync("tenant", "create", "--name", "Kuaför Ayşe", "--slug", slug,
            "--owner-email", $"ayse-{slug}@example.com", "--owner-password", TestTenant.Password);
        Assert.Equal(0, tenant.ExitCode);
        var tenantId = Guid.Parse(tenant.LastLine);

        var created = await RunAsync("apikey", "create", "--tenant", slug, "--name", "till-1", "--scopes", "pos,customers.read");
        Assert.Equal(0, created.ExitCode);
        Assert.StartsWith("mk_", created.LastLine, StringComparison.Ordinal);

        await using var app = await OpenAppAsync();
        var me = await Problems.JsonAsync(await TestTenant.CreateApiClient(app, created.LastLine).GetAsync("/api/v1/me"));
        Assert.Equal(tenantId, me.GetProperty("tenantId").GetGuid());
        Assert.Equal(["customers.read", "pos"], me.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()).Order());
        await TestTenant.SignInAsync(app, $"ayse-{slug}@example.com", TestTenant.Password);

        var keyId = created.Output.Split('(', ')')[1];
        var revoked = await RunAsync("apikey", "revoke", "--tenant", slug, "--id", keyId);
        Assert.Equal((0, keyId), (revoked.ExitCode, revoked.LastLine));
        await Problems.AssertAsync(await TestTenant.CreateApiClient(app, created.LastLine).GetAsync("/api/v1/me"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_business_without_an_owner_can_be_created_and_given_a_key()
    {
        var slug = "cli-" + Guid.NewGuid().ToString("N")[..8];
        var tenant = await RunAsync("tenant", "create", "--name", "Zincir Market", "--slug", slug);
        Assert.True(Guid.TryParse(tenant.LastLine, out _), tenant.Output);

        var key = await RunAsync("apikey", "create", "--tenant", slug, "--name", "erp");
        Assert.StartsWith("mk_", key.LastLine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Failures_go_to_stderr_with_exit_code_1()
    {
        var slug = "cli-" + Guid.NewGuid().ToString("N")[..8];
        Assert.Equal(0, (await RunAsync("tenant", "create", "--name", "Bir", "--slug", slug)).ExitCode);

        var taken = await RunAsync("tenant", "create", "--name", "İki", "--slug", slug);
        var unknownTenant = await RunAsync("apikey", "create", "--tenant", "nobody-" + slug, "--name", "x");
        var badScope = await RunAsync("apikey", "create", "--tenant", slug, "--name", "x", "--scopes", "everything");
        var missing = await RunAsync("apikey", "create", "--tenant", slug);
        var unknown = await RunAsync("tenant", "delete", "--slug", slug);

        foreach (var run in new[] { taken, unknownTenant, badScope, missing, unknown })
        {
            Assert.Equal(1, run.ExitCode);
            Assert.Equal("", run.Output);
            Assert.NotEqual("", run.Errors.Trim());
        }

        Assert.StartsWith("slug:", taken.Errors, StringComparison.Ordinal);
        Assert.StartsWith("scopes:", badScope.Errors, StringComparison.Ordinal);
    }
}

[Collection(OperatorCommandCollection.Name)]
public sealed class OperatorCommandTests_Sqlite : OperatorCommandTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override Task<string> CreateDatabaseAsync() =>
        Task.FromResult($"Data Source={Path.Combine(Path.GetTempPath(), $"muhtar-cli-{Guid.NewGuid():N}.db")};Pooling=False");
}

[Collection(OperatorCommandCollection.Name)]
public sealed class OperatorCommandTests_Postgres : OperatorCommandTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;

    protected override Task<string> CreateDatabaseAsync() => PostgresCluster.CreateDatabaseAsync();
}
