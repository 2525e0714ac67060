namespace Inburgering.Hub.GraphQL.Privacy;

/// <summary>Configuration <c>Hub:Privacy</c>: small-cell suppression of aggregates over aggregate-only gemeenten.</summary>
public sealed class SuppressionOptions
{
    public const string Section = "Hub:Privacy";

    /// <summary>
    /// The smallest count shown: a cell whose persons from aggregate-only gemeenten number 1..K−1
    /// is hidden (null, listed in <c>extensions.onderdrukt</c>). Default 5.
    /// </summary>
    public int K { get; set; } = 5;

    /// <summary>Throws a clear message for a configuration that would not protect anything.</summary>
    public SuppressionOptions Validated()
    {
        if (K < 2)
        {
            throw new InvalidOperationException($"{Section}:K must be at least 2 (it is {K}); counts 1..K-1 are suppressed.");
        }

        return this;
    }
}
