using Muhtar.Platform.Data;

namespace Muhtar.E2E.Infrastructure;

public sealed class SqliteBrowserApp : BrowserApp
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}
