using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Platform.Data;
using Muhtar.Web.Hosting;

namespace Muhtar.IntegrationTests.Identity;

/// <summary>Runs the operator command line in-process against a fresh database of its own, as a script would,
/// and opens the app on that database to check what the commands did.</summary>
public abstract class OperatorCommandHarness : IAsyncLifetime
{
    private string _connectionString = "";

    protected abstract DatabaseProvider Provider { get; }

    public async Task InitializeAsync() => _connectionString = await CreateDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    protected abstract Task<string> CreateDatabaseAsync();

    protected async Task<CommandRun> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        string[] withDatabase = [.. args, "--Database:Provider", Provider.ToString(), "--ConnectionStrings:Muhtar", _connectionString];
        var exit = await OperatorCommands.RunAsync(withDatabase, output, errors);
        return new CommandRun(exit, output.ToString(), errors.ToString());
    }

    /// <summary>The app on the commands' database (started; dispose it).</summary>
    protected async Task<MuhtarAppFactory> OpenAppAsync()
    {
        var app = new ExistingDatabaseApp(Provider, _connectionString);
        await app.InitializeAsync();
        return app;
    }

    protected sealed record CommandRun(int ExitCode, string Output, string Errors)
    {
        public string LastLine => Output.TrimEnd().Split('\n').Last().Trim();
    }

    private sealed class ExistingDatabaseApp(DatabaseProvider provider, string connectionString) : MuhtarAppFactory
    {
        public override DatabaseProvider Provider => provider;

        protected override Task<string> CreateDatabaseAsync() => Task.FromResult(connectionString);
    }
}
