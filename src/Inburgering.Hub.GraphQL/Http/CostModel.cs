namespace Inburgering.Hub.GraphQL.Http;

/// <summary>
/// What the fields that compute over a whole region cost in the complexity analysis
/// (<see cref="GraphQLLimits.MaxComplexity"/>), next to GraphQL.NET's default of 1 per field times the
/// page size of enclosing lists. Their cost is not their output but the rows they read: the
/// voortgangsrapportage counts every fact of its period for every gemeente (seconds of CPU on the
/// 200,000-person bench), a statistics field is one <c>GROUP BY</c> over the caller's rows. With the
/// defaults a medewerker (250,000) may ask two reports in one request and an analist (1,000,000) nine.
/// </summary>
public static class CostModel
{
    /// <summary>Cost of one <c>voortgangsrapportage</c> selection (each alias counts again).</summary>
    public const double Voortgangsrapportage = 100_000;

    /// <summary>Cost of one <c>xxxStatistieken</c> selection (each alias counts again).</summary>
    public const double Statistieken = 10_000;
}
