namespace Inburgering.Hub.Server.Demo;

/// <summary>The generated region: every journey, from which each partner's deliveries are written.</summary>
/// <param name="ExportDate">The date of the latest deliveries.</param>
/// <param name="Journeys">Everyone the partners know.</param>
/// <param name="Withdrawn">Koppelingen COA exported earlier and withdrew since (absent from the latest export).</param>
/// <param name="AanbiederOf">The taalaanbieder serving a gemeente.</param>
internal sealed record DemoRegion(
    DateOnly ExportDate,
    IReadOnlyList<DemoJourney> Journeys,
    IReadOnlyList<DemoJourney> Withdrawn,
    Func<string, string> AanbiederOf);
