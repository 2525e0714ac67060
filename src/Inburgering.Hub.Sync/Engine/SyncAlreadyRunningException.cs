namespace Inburgering.Hub.Sync.Engine;

/// <summary>A run of the connector is already under way.</summary>
public sealed class SyncAlreadyRunningException : Exception
{
    public SyncAlreadyRunningException()
    {
    }

    public SyncAlreadyRunningException(string message)
        : base(message)
    {
    }

    public SyncAlreadyRunningException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
