namespace Muhtar.Platform.Data;

/// <summary>Bound from configuration: <c>Database:Provider</c> and <c>ConnectionStrings:Muhtar</c>.</summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    public string ConnectionString { get; set; } = "";
}
