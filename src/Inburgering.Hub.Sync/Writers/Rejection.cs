namespace Inburgering.Hub.Sync.Writers;

/// <summary>Why the engine refused a record the connector could read.</summary>
public sealed record Rejection(string ReasonCode, string Message);
