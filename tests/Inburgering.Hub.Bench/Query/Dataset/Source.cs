namespace Inburgering.Hub.Bench.Query.Dataset;

/// <summary>Where generated rows say they came from: connector, stream, sync run and (for file partners) the source file.</summary>
internal sealed record Source(string Connector, string Stream, long RunId, long? FileId, string Location);
