using Inburgering.Hub.Data;
using Inburgering.Hub.Domain.Entities;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.Sync.Tables;

/// <summary>A table of facts about one person: also re-pointed when two persons merge.</summary>
internal sealed class PersonFactTable<T> : SourcedTable<T>
    where T : PersonFact
{
    public override Task<List<long>> PersonsOfAsync(HubDbContext db, string connector, string stream, long fileId, string? sourceId, CancellationToken ct) =>
        Doomed(db, connector, stream, fileId, sourceId).Select(f => f.InburgeraarId).Distinct().ToListAsync(ct);

    public override Task ReassignPersonAsync(HubDbContext db, long fromId, long intoId, CancellationToken ct) =>
        db.Set<T>().IgnoreQueryFilters()
            .Where(f => f.InburgeraarId == fromId)
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.InburgeraarId, intoId), ct);
}
