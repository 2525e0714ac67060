using System.Text.Json.Nodes;

namespace Inburgering.Hub.Server.Tests.Authorization.Matrix;

/// <summary>
/// One way to try to reach gemeente B's persons.
/// </summary>
/// <param name="Name">Shown in the test name.</param>
/// <param name="Covers">The entry point: <c>Query.field</c>, <c>Mutation.field</c> or <c>GET /path</c>.</param>
/// <param name="Roles">Roles that may use the entry point; empty: any authenticated caller. Others are refused (401/FORBIDDEN).</param>
/// <param name="Request">The request, given B's ids.</param>
/// <param name="Check">Problems with the data an entitled caller got (beyond "nothing of B"), e.g. a count that is not A's.</param>
public sealed record MatrixProbe(
    string Name,
    string Covers,
    string[] Roles,
    Func<MatrixWorld, MatrixRequest> Request,
    Func<JsonNode, MatrixWorld, MatrixCaller, IEnumerable<string>>? Check = null)
{
    /// <summary>The request names B explicitly: refused even for a caller with the role.</summary>
    public bool RefusedForEveryone { get; init; }

    /// <summary>The answer is configuration or operational metadata that may name gemeente B (not person data).</summary>
    public bool MayNameB { get; init; }

    /// <summary>Error codes that mean "reached the resolver, nothing returned" (e.g. an unknown connector).</summary>
    public IReadOnlyList<string> ReachedCodes { get; init; } = [];

    /// <summary>Statistics, the report or its CSV export: reachable over B for an analist with <c>regio</c>, perturbed.</summary>
    public bool IsAggregate =>
        Covers.EndsWith("Statistieken", StringComparison.Ordinal) || Covers is "Query.voortgangsrapportage" || Covers.StartsWith("GET /export/", StringComparison.Ordinal);

    public override string ToString() => Name;
}
