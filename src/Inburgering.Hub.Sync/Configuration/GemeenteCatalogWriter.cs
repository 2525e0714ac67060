using Inburgering.Hub.Data;
using Inburgering.Hub.Domain.Entities;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.Sync.Configuration;

/// <summary>Mirrors the configured gemeenten into the store, so queries and reports can join on them.</summary>
public sealed class GemeenteCatalogWriter(HubDbContextFactory dbFactory, GemeenteCatalog catalog)
{
    public async Task WriteAsync(CancellationToken cancellationToken)
    {
        await using var db = dbFactory.CreateSystem();
        var stored = await db.Gemeenten.ToDictionaryAsync(g => g.Code, StringComparer.Ordinal, cancellationToken);
        foreach (var g in catalog.All)
        {
            if (!stored.TryGetValue(g.Code, out var row))
            {
                db.Gemeenten.Add(new Gemeente { Code = g.Code, Naam = g.Naam, Regio = g.Regio });
            }
            else
            {
                row.Naam = g.Naam;
                row.Regio = g.Regio;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
