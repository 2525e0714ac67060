using Inburgering.Hub.Domain;

namespace Inburgering.Hub.Sync.Persons;

/// <summary>What one record says about its person.</summary>
/// <param name="Key">Pseudonymised identity.</param>
/// <param name="GemeenteCode">The gemeente on the record.</param>
/// <param name="Prioriteit">How authoritative that gemeente is for the person (DUO plicht &gt; COA &gt; others).</param>
/// <param name="Geboortejaar">Birth year, when the record carries it.</param>
/// <param name="Herkomstland">Country of origin, when the record carries it.</param>
public sealed record PersonClaim(
    PersonKey Key,
    string GemeenteCode,
    GemeentePrioriteit Prioriteit,
    int? Geboortejaar = null,
    string? Herkomstland = null);
