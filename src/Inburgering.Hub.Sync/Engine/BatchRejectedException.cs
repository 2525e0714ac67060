namespace Inburgering.Hub.Sync.Engine;

/// <summary>Too many records of one batch were rejected: the run fails and nothing of the batch is applied.</summary>
public sealed class BatchRejectedException : Exception
{
    public BatchRejectedException()
    {
    }

    public BatchRejectedException(string message)
        : base(message)
    {
    }

    public BatchRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
