namespace Inburgering.Hub.Connectors.Abstractions;

/// <summary>The source deleted a record; the engine marks the canonical rows deleted.</summary>
public sealed record SourceTombstone(string SourceId, string Location) : SourceMessage;
