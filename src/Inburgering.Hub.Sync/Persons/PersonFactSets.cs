using Inburgering.Hub.Data;
using Inburgering.Hub.Domain.Entities;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.Sync.Persons;

/// <summary>Every table of person facts, for re-pointing facts when two persons merge.</summary>
internal static class PersonFactSets
{
    public delegate Task Reassign(HubDbContext db, long fromId, long intoId, CancellationToken cancellationToken);

    public static IReadOnlyList<Reassign> All { get; } =
    [
        For<Koppeling>, For<Inburgeringsplicht>, For<PlichtGemeente>, For<DuoMelding>, For<Examenonderdeel>,
        For<TermijnVerlenging>, For<Boete>, For<BredeIntake>, For<LeerrouteDeelname>, For<Voortgangsmeting>,
        For<Pvt>, For<Uitkering>, For<Ontzorgtraject>, For<MapTraject>, For<Participatieactiviteit>,
    ];

    private static Task For<T>(HubDbContext db, long fromId, long intoId, CancellationToken cancellationToken)
        where T : PersonFact =>
        db.Set<T>().IgnoreQueryFilters()
            .Where(f => f.InburgeraarId == fromId)
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.InburgeraarId, intoId), cancellationToken);
}
