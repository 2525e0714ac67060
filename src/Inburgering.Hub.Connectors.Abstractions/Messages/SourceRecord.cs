namespace Inburgering.Hub.Connectors.Abstractions;

/// <summary>A record the connector could read.</summary>
/// <param name="SourceId">The partner's stable id of the record.</param>
/// <param name="Location">Where it stands, e.g. <c>line 12</c> or <c>item I-0001</c>.</param>
/// <param name="Raw">The raw text of the record (kept only, BSN-masked, if it is quarantined).</param>
/// <param name="Data">The record in canonical terms.</param>
public sealed record SourceRecord(string SourceId, string Location, string Raw, IngestRecord Data) : SourceMessage;
