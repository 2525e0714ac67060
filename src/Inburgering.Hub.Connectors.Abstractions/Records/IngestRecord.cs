namespace Inburgering.Hub.Connectors.Abstractions;

/// <summary>
/// A source record in canonical terms. Codes are the canonical CONSTANT_CASE codes (for example
/// <c>ASIELSTATUSHOUDER</c>): a connector translates its partner's vocabulary, the engine validates
/// the codes and quarantines what it does not know.
/// </summary>
public abstract record IngestRecord;
