namespace Muhtar.Platform.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
