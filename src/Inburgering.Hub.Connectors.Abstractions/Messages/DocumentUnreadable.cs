namespace Inburgering.Hub.Connectors.Abstractions;

/// <summary>
/// The document cannot be read at all (wrong header, not a CSV/XML, unreadable encoding). The
/// engine records it in the run and quarantine and applies nothing of it; the connector keeps the
/// file where it is.
/// </summary>
public sealed record DocumentUnreadable(string ReasonCode, string Message) : SourceMessage;
