namespace Inburgering.Hub.Connectors.Abstractions;

/// <summary>A record about one person in one gemeente.</summary>
public abstract record PersonIngestRecord : IngestRecord
{
    /// <summary>The person the record is about.</summary>
    public required PersonRef Person { get; init; }

    /// <summary>CBS gemeentecode on the record.</summary>
    public required string GemeenteCode { get; init; }
}
