namespace Inburgering.Hub.GraphQL.Aggregates;

/// <summary>One row reduced to what the GROUP BY needs: up to three text keys, a date bucket, the person and the values.</summary>
public sealed class StatistiekInvoer
{
    public string? K1 { get; set; }

    public string? K2 { get; set; }

    public string? K3 { get; set; }

    public int? Periode { get; set; }

    public long? Persoon { get; set; }

    /// <summary>
    /// When the row belongs to an aggregate-only gemeente: the unit it counts for the cell key, its person
    /// (the row's own id for tables not about persons); else null.
    /// </summary>
    public long? AggregaatEenheid { get; set; }

    /// <summary>A value of the row in ten-thousandths (<see cref="Statistiek.Scale"/>), so sums are exact integers in SQL.</summary>
    public long? V0 { get; set; }

    public long? V1 { get; set; }

    public long? V2 { get; set; }

    public long? V3 { get; set; }

    public long? V4 { get; set; }

    public long? V5 { get; set; }
}

/// <summary>One unit (person, or row of a table not about persons) of an aggregate-only gemeente in one group, and its rows there.</summary>
public sealed class StatistiekEenheid
{
    public string? K1 { get; set; }

    public string? K2 { get; set; }

    public string? K3 { get; set; }

    public int? Periode { get; set; }

    public long Eenheid { get; set; }

    public int Rijen { get; set; }
}

/// <summary>One group as SQL returns it; after <see cref="StatistiekPerturbation"/> with published counts.</summary>
public sealed class StatistiekRij
{
    public string? K1 { get; set; }

    public string? K2 { get; set; }

    public string? K3 { get; set; }

    public int? Periode { get; set; }

    public int Aantal { get; set; }

    public int AantalPersonen { get; set; }

    /// <summary>Rows of aggregate-only gemeenten in the group (set by <see cref="StatistiekPerturbation"/>; 0 without them).</summary>
    public int AggregaatRijen { get; set; }

    public long? S0 { get; set; }
    public double? A0 { get; set; }
    public long? Mn0 { get; set; }
    public long? Mx0 { get; set; }
    public long? S1 { get; set; }
    public double? A1 { get; set; }
    public long? Mn1 { get; set; }
    public long? Mx1 { get; set; }
    public long? S2 { get; set; }
    public double? A2 { get; set; }
    public long? Mn2 { get; set; }
    public long? Mx2 { get; set; }
    public long? S3 { get; set; }
    public double? A3 { get; set; }
    public long? Mn3 { get; set; }
    public long? Mx3 { get; set; }
    public long? S4 { get; set; }
    public double? A4 { get; set; }
    public long? Mn4 { get; set; }
    public long? Mx4 { get; set; }
    public long? S5 { get; set; }
    public double? A5 { get; set; }
    public long? Mn5 { get; set; }
    public long? Mx5 { get; set; }
}

/// <summary>
/// som/gemiddelde/minimum/maximum of one numeric field in a group (null when the group has no value).
/// Hours and amounts are aggregated in ten-thousandths as integers (<see cref="Scale"/>), so a sum is
/// exact on every provider (three times 0.1 is 0.3, not 0.30000000000000004); the average is the exact
/// sum over the count, rounded to 10 decimals.
/// </summary>
public sealed record Statistiek(double? Som, double? Gemiddelde, double? Minimum, double? Maximum)
{
    /// <summary>Values are aggregated in units of 1 / <see cref="Scale"/>: four decimals, finer than any partner delivers.</summary>
    public const long Scale = 10_000;

    /// <summary>The statistics of scaled SQL aggregates: <paramref name="sum"/>, <paramref name="min"/> and <paramref name="max"/> in ten-thousandths, <paramref name="average"/> of ten-thousandths.</summary>
    public static Statistiek FromScaled(long? sum, double? average, long? min, long? max) => new(
        Unscale(sum),
        average is null ? null : (double)Math.Round((decimal)average.Value / Scale, 10),
        Unscale(min),
        Unscale(max));

    private static double? Unscale(long? value) => value is null ? null : (double)((decimal)value.Value / Scale);
}

/// <summary>
/// One group of the answer: its key (dimension values as CLR values, the date bucket label), counts and
/// statistics; the counts as published (perturbed for a regio caller), the statistics null where withheld.
/// </summary>
public sealed class StatistiekGroep
{
    public required IReadOnlyDictionary<string, object?> Sleutel { get; init; }

    public string? Periode { get; init; }

    public int? Aantal { get; init; }

    public int? AantalPersonen { get; init; }

    public required IReadOnlyDictionary<string, Statistiek> Waarden { get; init; }
}
