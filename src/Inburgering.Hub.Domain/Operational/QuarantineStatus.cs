namespace Inburgering.Hub.Domain.Operational;

/// <summary>Lifecycle of a quarantined record.</summary>
public enum QuarantineStatus
{
    Open,
    Replayed,
    Discarded,
}
