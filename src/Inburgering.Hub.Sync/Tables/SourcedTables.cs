using Inburgering.Hub.Domain.Entities;

namespace Inburgering.Hub.Sync.Tables;

/// <summary>Every table of sourced canonical rows, listed once: a new entity is added here only.</summary>
internal static partial class SourcedTables
{
    public static IReadOnlyList<ISourcedTable> All { get; } =
    [
        new PersonFactTable<Koppeling>(), new SourcedTable<Taakstelling>(), new PersonFactTable<Inburgeringsplicht>(),
        new PersonFactTable<PlichtGemeente>(), new PersonFactTable<DuoMelding>(), new PersonFactTable<Examenonderdeel>(),
        new PersonFactTable<TermijnVerlenging>(), new PersonFactTable<Boete>(), new PersonFactTable<BredeIntake>(),
        new PersonFactTable<LeerrouteDeelname>(), new PersonFactTable<Voortgangsmeting>(), new PersonFactTable<Pvt>(),
        new PersonFactTable<Uitkering>(), new PersonFactTable<Ontzorgtraject>(), new PersonFactTable<MapTraject>(),
        new PersonFactTable<Participatieactiviteit>(),
    ];
}
