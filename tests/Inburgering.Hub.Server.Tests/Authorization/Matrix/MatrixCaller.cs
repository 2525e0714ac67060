using Inburgering.Hub.Reporting.Authorization;

namespace Inburgering.Hub.Server.Tests.Authorization.Matrix;

/// <summary>Who knocks: a token with these claims, or none at all (<see cref="Anonymous"/>).</summary>
/// <param name="Name">Shown in the test name.</param>
/// <param name="Roles"><c>role</c> claims.</param>
/// <param name="Gemeenten"><c>gemeente</c> claims.</param>
/// <param name="Regios"><c>regio</c> claims.</param>
/// <param name="Anonymous">No token at all.</param>
public sealed record MatrixCaller(string Name, string[] Roles, string[] Gemeenten, string[]? Regios = null, bool Anonymous = false)
{
    /// <summary>The gemeenten whose person-level rows this caller may see (authorization.md rule 1).</summary>
    public IReadOnlyList<string> RowScope =>
        !Anonymous && Roles.Any(HubRoles.WithRowScope.Contains) ? Gemeenten : [];

    /// <summary>An analist with a <c>regio</c> claim: aggregates over B, perturbed by the cell-key method.</summary>
    public bool AggregatesOverRegio => !Anonymous && Regios is { Length: > 0 } && Roles.Contains(HubRoles.Analist);

    public override string ToString() => Name;
}
