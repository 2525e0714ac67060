namespace Inburgering.Hub.Connectors.Abstractions;

/// <summary>A record the connector could not read; the engine quarantines it.</summary>
/// <param name="Location">Where it stands, e.g. <c>line 12</c>.</param>
/// <param name="Raw">The raw text (the engine masks BSNs before storing it).</param>
/// <param name="ReasonCode">One of <see cref="ReasonCodes"/> or a connector-specific code.</param>
/// <param name="Message">Human-readable reason naming the field and value.</param>
/// <param name="SourceId">The record id, when it could be read.</param>
/// <param name="GemeenteCode">The gemeente, when it could be read (scopes who may see the quarantine row).</param>
public sealed record SourceRejection(
    string Location,
    string Raw,
    string ReasonCode,
    string Message,
    string? SourceId = null,
    string? GemeenteCode = null) : SourceMessage;
