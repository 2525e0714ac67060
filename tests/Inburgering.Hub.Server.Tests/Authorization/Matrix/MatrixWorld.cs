using Inburgering.Hub.Domain.Operational;
using Inburgering.Hub.Server.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.Server.Tests.Authorization.Matrix;

/// <summary>
/// What the store holds, read unrestricted and filtered explicitly (the oracle): the ids of B's rows
/// per GraphQL type, one id of B per lookup, and row counts per gemeente.
/// </summary>
public sealed class MatrixWorld
{
    private MatrixWorld()
    {
    }

    /// <summary>GraphQL type name → ids of B's rows of that type.</summary>
    public Dictionary<string, HashSet<string>> BIds { get; } = new(StringComparer.Ordinal);

    /// <summary>Row counts per list (name as in <see cref="MatrixProbes"/>) and gemeente.</summary>
    public Dictionary<(string List, string Gemeente), int> Counts { get; } = [];

    public string BInburgeraar { get; private set; } = "";

    public string BKoppeling { get; private set; } = "";

    public IReadOnlyList<string> BQuarantine { get; private set; } = [];

    /// <summary>The count of <paramref name="list"/> over the gemeenten <paramref name="caller"/> may see.</summary>
    public int CountFor(string list, MatrixCaller caller) =>
        caller.RowScope.Sum(g => Counts.GetValueOrDefault((list, g)));

    public static async Task<MatrixWorld> ReadAsync(AllSourcesHubFactory hub)
    {
        var world = new MatrixWorld();
        await using var db = hub.System();
        string[] gemeenten = [MatrixCallers.A, MatrixCallers.B];

        await world.AddAsync("Inburgeraar", db.Inburgeraars.Select(i => new Row(i.Id, i.GemeenteCode, false)));
        await world.AddAsync("Koppeling", db.Koppelingen.Select(i => new Row(i.Id, i.GemeenteCode, i.IsDeleted)));
        await world.AddAsync("Taakstelling", db.Taakstellingen.Select(i => new Row(i.Id, i.GemeenteCode, i.IsDeleted)));
        await world.AddAsync("LeerrouteDeelname", db.LeerrouteDeelnames.Select(i => new Row(i.Id, i.GemeenteCode, i.IsDeleted)));
        await world.AddAsync("Voortgangsmeting", db.Voortgangsmetingen.Select(i => new Row(i.Id, i.GemeenteCode, i.IsDeleted)));
        await world.AddAsync("DuoMelding", db.DuoMeldingen.Select(i => new Row(i.Id, i.GemeenteCode, i.IsDeleted)));
        await world.AddAsync("Inburgeringsplicht", db.Inburgeringsplichten.Select(i => new Row(i.Id, i.GemeenteCode, i.IsDeleted)));
        await world.AddAsync("BredeIntakePip", db.BredeIntakes.Select(i => new Row(i.Id, i.GemeenteCode, i.IsDeleted)));
        await world.AddAsync("Uitkering", db.Uitkeringen.Select(i => new Row(i.Id, i.GemeenteCode, i.IsDeleted)));
        await world.AddAsync("Ontzorgtraject", db.Ontzorgtrajecten.Select(i => new Row(i.Id, i.GemeenteCode, i.IsDeleted)));
        await world.AddAsync("MapTraject", db.MapTrajecten.Select(i => new Row(i.Id, i.GemeenteCode, i.IsDeleted)));
        await world.AddAsync("Participatieactiviteit", db.Participatieactiviteiten.Select(i => new Row(i.Id, i.GemeenteCode, i.IsDeleted)));
        await world.AddAsync("Pvt", db.Pvts.Select(i => new Row(i.Id, i.GemeenteCode, i.IsDeleted)));
        await world.AddAsync("Examenonderdeel", db.Examenonderdelen.Select(i => new Row(i.Id, i.GemeenteCode, i.IsDeleted)));
        await world.AddAsync("Boete", db.Boetes.Select(i => new Row(i.Id, i.GemeenteCode, i.IsDeleted)));
        await world.AddAsync("QuarantineRecord", db.QuarantineRecords.Select(q => new Row(q.Id, q.GemeenteCode ?? "", q.Status != QuarantineStatus.Open)));

        world.BInburgeraar = world.BIds["Inburgeraar"].Order(StringComparer.Ordinal).First();
        world.BKoppeling = world.BIds["Koppeling"].Order(StringComparer.Ordinal).First();
        world.BQuarantine = [.. world.BIds["QuarantineRecord"]];
        return world;
    }

    private async Task AddAsync(string type, IQueryable<Row> rows)
    {
        var all = await rows.ToListAsync();
        BIds[type] = [.. all.Where(r => r.Gemeente == MatrixCallers.B).Select(r => r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))];
        foreach (var group in all.GroupBy(r => r.Gemeente))
        {
            Counts[(type, group.Key)] = group.Count();
            Counts[(type + ":current", group.Key)] = group.Count(r => !r.Deleted);
        }
    }

    private sealed record Row(long Id, string Gemeente, bool Deleted);
}
