namespace Inburgering.Hub.Connectors.Abstractions;

/// <summary>Outcome of <see cref="IConnector.CheckAsync"/>.</summary>
public sealed record CheckResult(bool Succeeded, string Message)
{
    public static CheckResult Ok(string message = "OK") => new(true, message);

    public static CheckResult Fail(string message) => new(false, message);
}
