namespace Inburgering.Hub.Domain.Operational;

/// <summary>One audited API operation or export.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public string Subject { get; set; } = "";

    public string Roles { get; set; } = "";

    public string? OperationName { get; set; }

    public string DocumentHash { get; set; } = "";

    public string GemeentenTouched { get; set; } = "";

    public int RowsReturned { get; set; }

    public double DurationMs { get; set; }

    public string Outcome { get; set; } = "";
}
