namespace Inburgering.Hub.Data;

/// <summary>Configuration section <c>Hub:Database</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Hub:Database";

    /// <summary><c>Sqlite</c> (default) or another registered provider.</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>Connection string; default: a SQLite file under <c>data/</c>.</summary>
    public string ConnectionString { get; set; } = "Data Source=data/hub.db";

    /// <summary>Apply pending migrations at start.</summary>
    public bool MigrateOnStart { get; set; } = true;
}
