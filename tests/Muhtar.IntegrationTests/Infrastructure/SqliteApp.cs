using Muhtar.Platform.Data;

namespace Muhtar.IntegrationTests.Infrastructure;

public class SqliteApp : MuhtarAppFactory
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override Task<string> CreateDatabaseAsync()
    {
        var file = Path.Combine(Path.GetTempPath(), $"muhtar-test-{Guid.NewGuid():N}.db");
        return Task.FromResult($"Data Source={file};Pooling=False");
    }
}
