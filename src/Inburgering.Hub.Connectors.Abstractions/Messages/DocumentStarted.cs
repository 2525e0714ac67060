namespace Inburgering.Hub.Connectors.Abstractions;

/// <summary>A file or page begins. The engine archives its metadata for lineage.</summary>
/// <param name="Name">File name or URL (no credentials).</param>
/// <param name="Sha256">SHA-256 of the bytes, lowercase hex.</param>
/// <param name="Size">Size in bytes.</param>
public sealed record DocumentStarted(string Name, string Sha256, long Size) : SourceMessage;
