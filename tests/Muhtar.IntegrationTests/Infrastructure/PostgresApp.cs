using Muhtar.Platform.Data;

namespace Muhtar.IntegrationTests.Infrastructure;

public class PostgresApp : MuhtarAppFactory
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    protected override Task<string> CreateDatabaseAsync() => PostgresCluster.CreateDatabaseAsync();
}
