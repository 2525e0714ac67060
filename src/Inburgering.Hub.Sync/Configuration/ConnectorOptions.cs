namespace Inburgering.Hub.Sync.Configuration;

/// <summary>Configuration <c>Hub:Connectors:&lt;name&gt;</c>.</summary>
public sealed class ConnectorOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>Quartz cron expression, e.g. <c>0 0 6 * * ?</c>; empty: manual runs only.</summary>
    public string? Schedule { get; set; }

    /// <summary>This connector's <c>Hub:Sync:MaxRecordSize</c> (unset: the global one).</summary>
    public int? MaxRecordSize { get; set; }

    /// <summary>This connector's <c>Hub:Sync:MaxFieldSize</c> (unset: the global one).</summary>
    public int? MaxFieldSize { get; set; }

    /// <summary>Connector settings (see the connector's manifest).</summary>
    public Dictionary<string, string?> Settings { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
