namespace Inburgering.Hub.Server.Tests.Authorization.Matrix;

/// <summary>
/// The callers of the security matrix: each tries every entry point to reach gemeente B's persons.
/// EXTENSION POINT: add a caller here (e.g. an analist with a <c>regio</c> claim, aggregate-only access)
/// and every entry point is tried with it.
/// </summary>
public static class MatrixCallers
{
    public const string A = Support.RegionFixture.Hoorn;
    public const string B = Support.RegionFixture.Enkhuizen;

    /// <summary>The region of A and B: aggregate-only access for an analist, nothing for others.</summary>
    public const string Regio = "Westfriesland";

    public static IReadOnlyList<MatrixCaller> All { get; } =
    [
        new("anonymous", [], [], Anonymous: true),
        new("no role, gemeente A", [], [A]),
        new("medewerker A", ["medewerker"], [A]),
        new("analist A", ["analist"], [A]),
        new("beheerder A", ["beheerder"], [A]),
        new("auditor", ["auditor"], []),
        new("auditor only, with gemeente A claim", ["auditor"], [A]),
        new("analist A with regio (aggregate-only B)", ["analist"], [A], [Regio]),
        new("medewerker A with regio claim", ["medewerker"], [A], [Regio]),
    ];

    public static MatrixCaller Named(string name) => All.Single(c => c.Name == name);
}
