namespace Inburgering.Hub.Connectors.Abstractions;

/// <summary>
/// How a record names its person. The engine validates and pseudonymises these in memory; they are
/// never stored.
/// </summary>
/// <param name="Bsn">BSN as delivered (the engine checks the elfproef), or null.</param>
/// <param name="VNummer">V-nummer as delivered, or null.</param>
public sealed record PersonRef(string? Bsn, string? VNummer = null)
{
    /// <inheritdoc/>
    public override string ToString() => "PersonRef(***)";
}
