namespace Inburgering.Hub.Server.Auth;

/// <summary>The claim types the hub reads (see docs/authorization.md).</summary>
public static class HubClaims
{
    /// <summary>Row access: person-level data of this gemeente (repeatable, GMnnnn).</summary>
    public const string Gemeente = "gemeente";

    /// <summary>Aggregate-only access to every gemeente of a region (repeatable).</summary>
    public const string Regio = "regio";

    /// <summary>medewerker, analist, beheerder, auditor.</summary>
    public const string Role = "role";

    public const string Subject = "sub";
}
