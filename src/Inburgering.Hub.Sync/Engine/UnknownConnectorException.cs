namespace Inburgering.Hub.Sync.Engine;

/// <summary>A sync was asked for a connector that is not installed.</summary>
public sealed class UnknownConnectorException : Exception
{
    public UnknownConnectorException()
    {
    }

    public UnknownConnectorException(string message)
        : base(message)
    {
    }

    public UnknownConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
