namespace Inburgering.Hub.Domain.Operational;

/// <summary>What started a sync run.</summary>
public enum SyncTrigger
{
    Manual,
    Schedule,
    Cli,
    Demo,
}
