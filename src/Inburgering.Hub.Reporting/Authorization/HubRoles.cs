namespace Inburgering.Hub.Reporting.Authorization;

/// <summary>The values of the <c>role</c> claim (see docs/authorization.md).</summary>
public static class HubRoles
{
    /// <summary>Person-level rows of the caller's own gemeenten.</summary>
    public const string Medewerker = "medewerker";

    /// <summary>Aggregates and reports.</summary>
    public const string Analist = "analist";

    /// <summary>Connectors, sync runs, quarantine, triggers.</summary>
    public const string Beheerder = "beheerder";

    /// <summary>The audit log.</summary>
    public const string Auditor = "auditor";

    /// <summary>Every role the hub knows.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal) { Medewerker, Analist, Beheerder, Auditor };

    /// <summary>Roles whose work involves gemeente-bound rows and that therefore get the caller's <c>gemeente</c> claims as row scope.</summary>
    /// <summary>Roles for which a <c>regio</c> claim opens (perturbed) aggregates over the region's other gemeenten.</summary>
    public static IReadOnlySet<string> WithRegioAggregates { get; } = new HashSet<string>(StringComparer.Ordinal) { Analist };

    public static IReadOnlySet<string> WithRowScope { get; } = new HashSet<string>(StringComparer.Ordinal) { Medewerker, Analist, Beheerder };
}
