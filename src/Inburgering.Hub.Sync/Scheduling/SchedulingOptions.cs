namespace Inburgering.Hub.Sync.Scheduling;

/// <summary>Configuration <c>Hub:Scheduling</c>: where Quartz keeps the connector schedules.</summary>
public sealed class SchedulingOptions
{
    public const string Section = "Hub:Scheduling";

    /// <summary>
    /// Keep the schedules in the database (Quartz's ADO job store, clustered with instance id AUTO),
    /// so several hub nodes share them and a connector never runs on two nodes at once. Needs
    /// <c>Hub:Database:Provider=PostgreSql</c>; false (default): the in-memory store of one node.
    /// </summary>
    public bool Clustered { get; set; }

    /// <summary>
    /// Time zone of every cron schedule (IANA id), so a schedule fires at the same moment on any host
    /// whatever the host's own zone; daylight saving time as Quartz handles it.
    /// </summary>
    public string TimeZone { get; set; } = "Europe/Amsterdam";

    /// <summary>Connection string of the job store; default: <c>Hub:Database:ConnectionString</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Prefix of Quartz's tables (created at start when missing).</summary>
    public string TablePrefix { get; set; } = "qrtz_";

    /// <summary>How often a node records in the job store that it is alive.</summary>
    public TimeSpan CheckinInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long past a missed check-in before the other nodes take over a node's work.</summary>
    public TimeSpan CheckinMisfireThreshold { get; set; } = TimeSpan.FromSeconds(60);
}
