namespace Inburgering.Hub.Server.Demo;

/// <summary>
/// One synthetic person's inburgeringsjourney across the four partners. Every partner file of the
/// demo is written from these journeys, so the partners agree on who, where and when.
/// </summary>
internal sealed class DemoJourney
{
    public required int Nummer { get; init; }

    public string? Bsn { get; init; }

    public required string VNummer { get; init; }

    public required string Gemeente { get; init; }

    public required int Geboortejaar { get; init; }

    public required string Herkomstland { get; init; }

    /// <summary>ASIELSTATUSHOUDER, GEZINSMIGRANT, OVERIGE_MIGRANT; null for a child or a person past AOW age (no plicht).</summary>
    public string? Doelgroep { get; set; }

    public string Wet { get; set; } = "WI2021";

    // COA (statushouders only)
    public DemoHousehold? Household { get; init; }

    public string Gezinsrol { get; init; } = "HOOFDPERSOON";

    public bool Nareiziger { get; init; }

    public string Voorinburgering { get; init; } = "GEEN";

    // DUO
    public DateOnly? Kennisgeving { get; set; }

    public DemoEinde? Einde { get; set; }

    public List<DemoExamen> Examens { get; } = [];

    // WerkSaam RIT
    public DateOnly? Pip { get; set; }

    /// <summary>The leerroute vastgesteld in the PIP (null: PIP without a registered route).</summary>
    public string? Leerroute { get; set; }

    public DateOnly? PipBeeindigd { get; set; }

    // Taalaanbieder
    public DateOnly? TaalStart { get; set; }

    public DateOnly? Pvt { get; set; }

    public string? Aanbieder { get; set; }

    /// <summary>Final status of the leerroute (AFGEROND, UITGEVALLEN, OVERGESTAPT), null while it runs.</summary>
    public string? TaalStatus { get; set; }

    /// <summary>Peildatum of the first line with <see cref="TaalStatus"/>: the last line the provider delivers.</summary>
    public DateOnly? TaalEinde { get; set; }

    // WerkSaam
    public DemoOntzorg? Ontzorg { get; set; }

    public List<DemoParticipatie> Participatie { get; } = [];

    public DateOnly? UitkeringStart { get; set; }

    public DateOnly? UitkeringEinde { get; set; }

    public DemoMap? Map { get; set; }

    public bool IsPlichtig => Doelgroep is not null;

    public bool IsStatushouder => Doelgroep == "ASIELSTATUSHOUDER";

    /// <summary>The later of the kennisgeving and the huisvesting: when the gemeente can start.</summary>
    public DateOnly Beschikbaar => Household?.Huisvesting is { } h && Kennisgeving is { } k ? (h > k ? h : k) : Kennisgeving ?? Household!.Huisvesting!.Value;

    /// <summary>Whether the person still lives in the region after <paramref name="date"/>.</summary>
    public bool InRegionAfter(DateOnly date) => Einde is not { Soort: "VERHUISD" or "PLICHT_BEEINDIGD" } e || e.Datum > date;
}

/// <summary>A COA household: koppeling and huisvesting shared by its members.</summary>
internal sealed record DemoHousehold(string GezinId, DateOnly Koppeldatum, DateOnly? Huisvesting, string Periode);

/// <summary>How a plicht ended: ONTHEFFING, VRIJSTELLING, PLICHT_BEEINDIGD, VERHUISD (naar) or PIP_BEEINDIGD.</summary>
internal sealed record DemoEinde(string Soort, DateOnly Datum, string? Reden = null, string? NaarGemeente = null);

/// <summary>An exam result (with an optional later correction).</summary>
internal sealed record DemoExamen(string Onderdeel, string Niveau, bool Geslaagd, decimal Cijfer, DateOnly Datum, bool Gecorrigeerd = false);

/// <summary>Financieel ontzorgen.</summary>
internal sealed record DemoOntzorg(DateOnly Start, DateOnly? VerlengdTot);

/// <summary>A participatie- or werkactiviteit.</summary>
internal sealed record DemoParticipatie(string Soort, DateOnly Start, DateOnly? Einde, decimal UrenPerWeek);

/// <summary>Module Arbeidsmarkt en Participatie.</summary>
internal sealed record DemoMap(DateOnly Start, decimal PraktijkUren, int Themas, DateOnly? Eindgesprek, string Resultaat);
