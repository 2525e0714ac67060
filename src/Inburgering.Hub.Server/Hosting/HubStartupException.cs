namespace Inburgering.Hub.Server.Hosting;

/// <summary>
/// The hub cannot start: <see cref="Exception.Message"/> is one line for the operator that says what
/// is wrong and what to do; the cause (with its stack) is the inner exception, written to the log.
/// </summary>
public sealed class HubStartupException : InvalidOperationException
{
    public HubStartupException()
    {
    }

    public HubStartupException(string message)
        : base(message)
    {
    }

    public HubStartupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
