using Muhtar.Platform.Data;

namespace Muhtar.E2E.Infrastructure;

public sealed class PostgresBrowserApp : BrowserApp
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
