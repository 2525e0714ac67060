namespace Inburgering.Hub.Connectors.Abstractions;

/// <summary>A connector's settings are missing or invalid.</summary>
public sealed class ConnectorSettingsException : Exception
{
    public ConnectorSettingsException()
    {
    }

    public ConnectorSettingsException(string message)
        : base(message)
    {
    }

    public ConnectorSettingsException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
