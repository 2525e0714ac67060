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

    public double? V0 { get; set; }

    public double? V1 { get; set; }

    public double? V2 { get; set; }

    public double? V3 { get; set; }

    public double? V4 { get; set; }

    public double? V5 { get; set; }
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

    public double? S0 { get; set; }
    public double? A0 { get; set; }
    public double? Mn0 { get; set; }
    public double? Mx0 { get; set; }
    public double? S1 { get; set; }
    public double? A1 { get; set; }
    public double? Mn1 { get; set; }
    public double? Mx1 { get; set; }
    public double? S2 { get; set; }
    public double? A2 { get; set; }
    public double? Mn2 { get; set; }
    public double? Mx2 { get; set; }
    public double? S3 { get; set; }
    public double? A3 { get; set; }
    public double? Mn3 { get; set; }
    public double? Mx3 { get; set; }
    public double? S4 { get; set; }
    public double? A4 { get; set; }
    public double? Mn4 { get; set; }
    public double? Mx4 { get; set; }
    public double? S5 { get; set; }
    public double? A5 { get; set; }
    public double? Mn5 { get; set; }
    public double? Mx5 { get; set; }
}

/// <summary>som/gemiddelde/minimum/maximum of one numeric field in a group (null when the group has no value).</summary>
public sealed record Statistiek(double? Som, double? Gemiddelde, double? Minimum, double? Maximum);

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
