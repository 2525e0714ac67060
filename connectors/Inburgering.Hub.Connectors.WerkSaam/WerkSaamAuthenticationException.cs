namespace Inburgering.Hub.Connectors.WerkSaam;

/// <summary>WerkSaam refused the client credentials or a freshly issued token.</summary>
public sealed class WerkSaamAuthenticationException : Exception
{
    public WerkSaamAuthenticationException()
    {
    }

    public WerkSaamAuthenticationException(string message)
        : base(message)
    {
    }

    public WerkSaamAuthenticationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
