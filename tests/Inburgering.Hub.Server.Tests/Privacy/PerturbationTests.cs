using Inburgering.Hub.GraphQL.Aggregates;
using Inburgering.Hub.Reporting;
using Inburgering.Hub.Reporting.Privacy;

namespace Inburgering.Hub.Server.Tests.Privacy;

/// <summary>How the cell-key method is applied to a statistics table and to report cells, on hand-made counts.</summary>
public sealed class PerturbationTests
{
    private const string Eigen = "GM0405";
    private const string A = "GM0388";
    private const string B = "GM0432";

    /// <summary>A record key whose cell key, alone, is <paramref name="u"/>.</summary>
    private static ulong KeyAt(double u) => (ulong)(u * Math.Pow(2, 64));

    [Fact]
    public void A_statistics_group_keeps_its_own_part_exact_and_perturbs_the_aggregate_only_part()
    {
        var own = new StatistiekRij { K1 = Eigen, Aantal = 7, AantalPersonen = 4 };
        var mixed = new StatistiekRij { K1 = "B1", Aantal = 12, AantalPersonen = 6 }; // 4 own persons, 2 aggregate-only with 5 rows
        var single = new StatistiekRij { K1 = "Z", Aantal = 1, AantalPersonen = 1 }; // one aggregate-only person
        StatistiekEenheid Unit(string k1, long id, int rijen) => new() { K1 = k1, Eenheid = id, Rijen = rijen };
        var keys = new Dictionary<long, ulong> { [1] = KeyAt(0.25), [2] = KeyAt(0.25), [3] = KeyAt(0.1) };

        var published = StatistiekPerturbation.Apply([own, mixed, single], [Unit("B1", 1, 2), Unit("B1", 2, 3), Unit("Z", 3, 1)], keys, PerturbationTable.Default, aboutPersons: true);

        Assert.Equal([own, mixed], published); // the single person drew 0 (u = 0.1): the group is left out, like an empty one
        Assert.Equal((7, 4, 0), (own.Aantal, own.AantalPersonen, own.AggregaatRijen));

        // cell key 0.5: 2 persons → 3 (cumulative 3/8 ≤ 0.5 < 7/8); 5 rows → 5 (0.35 ≤ 0.5 < 0.65)
        Assert.Equal(4 + 3, mixed.AantalPersonen);
        Assert.Equal(7 + 5, mixed.Aantal);
        Assert.Equal(5, mixed.AggregaatRijen);
    }

    [Fact]
    public void A_region_cell_is_its_exact_part_plus_the_perturbed_union_of_the_aggregate_only_units()
    {
        var rij = new ReportCel(null, ReportGroep.Alle, ReportRij.PvtAfgerond, null, null);
        var counts = new ReportCounts();
        counts.AddRange(
        [
            new ReportCount { Gemeente = Eigen, Groep = rij.Groep, Rij = rij.Rij, Aantal = 10 },
            new ReportCount { Gemeente = A, Groep = rij.Groep, Rij = rij.Rij, Aantal = 1 },
            new ReportCount { Gemeente = B, Groep = rij.Groep, Rij = rij.Rij, Aantal = 1 },
            new ReportCount { Gemeente = null, Groep = rij.Groep, Rij = rij.Rij, Aantal = 11 }, // person 7 counted in A and in B
        ]);
        ReportFact Unit(string gemeente, long sleutel) => new() { Gemeente = gemeente, Groep = rij.Groep, Rij = rij.Rij, Sleutel = sleutel };
        var keys = new Dictionary<long, ulong> { [7] = KeyAt(0.9) };

        ReportPerturbation.Apply(counts, [A, B], [Unit(A, 7), Unit(B, 7)], u => keys[u.Sleutel], PerturbationTable.Default);

        Assert.Equal(10, counts.Get(Eigen, rij.Groep, rij.Rij)); // own: exact
        Assert.Equal(3, counts.Get(A, rij.Groep, rij.Rij)); // 1 person, u = 0.9 → 3
        Assert.Equal(3, counts.Get(B, rij.Groep, rij.Rij)); // the same person: the same figure
        Assert.Equal(10 + 3, counts.Get(null, rij.Groep, rij.Rij)); // region: 10 exact + the same person once, 3
    }
}
