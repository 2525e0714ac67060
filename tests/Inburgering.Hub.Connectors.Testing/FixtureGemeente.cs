namespace Inburgering.Hub.Connectors.Testing;

/// <summary>A gemeente configured in the test hub (<c>Hub:Gemeenten</c>).</summary>
/// <param name="Code">CBS gemeentecode, <c>GMnnnn</c>.</param>
/// <param name="Naam">Name.</param>
/// <param name="Regio">Region.</param>
public sealed record FixtureGemeente(string Code, string Naam, string Regio)
{
    /// <summary>The seven Westfriesland gemeenten.</summary>
    public static IReadOnlyList<FixtureGemeente> Westfriesland { get; } =
    [
        new("GM0405", "Hoorn", "Westfriesland"),
        new("GM0388", "Enkhuizen", "Westfriesland"),
        new("GM0498", "Drechterland", "Westfriesland"),
        new("GM1598", "Koggenland", "Westfriesland"),
        new("GM0420", "Medemblik", "Westfriesland"),
        new("GM0432", "Opmeer", "Westfriesland"),
        new("GM0532", "Stede Broec", "Westfriesland"),
    ];
}
