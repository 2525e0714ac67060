using GraphQL.Types;
using Inburgering.Hub.GraphQL.Types;
using Inburgering.Hub.Reporting.Model;

namespace Inburgering.Hub.GraphQL.Reports.GraphTypes;

/// <summary>2.2 Inburgeraars of one group.</summary>
public sealed class InburgeraarstellingGraphType : ObjectGraphType<Inburgeraarstelling>
{
    public InburgeraarstellingGraphType()
    {
        Name = "Inburgeraarstelling";
        Description = "2.2 Inburgeraars of one group (distinct persons).";
        Field(t => t.AantalGehuisvest, nullable: true).Description("COA koppelingen (all persons, children included) with huisvestingsdatum in the period, not withdrawn; null for gezinsmigranten.");
        Field(t => t.AantalInburgeringsplichtig, nullable: true).Description("DUO INBURGERINGSPLICHT_GESTART (WI2021, not replaced) with datum in the period.");
        Field(t => t.PipVastgesteld, nullable: true).Description("WerkSaam intakes with pipDagtekening in the period.");
        Field(t => t.Beeindigd, nullable: true).Description("Intake pipBeeindigdOp, or DUO VERHUISD away, PLICHT_BEEINDIGD, ONTHEFFING or VRIJSTELLING, in the period.");
    }
}

/// <summary>2.3.1 One leerroute.</summary>
public sealed class LeerrouteTellingGraphType : ObjectGraphType<LeerrouteTelling>
{
    public LeerrouteTellingGraphType()
    {
        Name = "LeerrouteTelling";
        Description = "2.3.1 One leerroute (distinct persons).";
        Field(t => t.Leerroute, type: typeof(NonNullGraphType<LeerrouteGraphType>));
        Field(t => t.Gestart, nullable: true).Description("Statushouders: taalaanbieder lines of the route with startdatum in the period; null for gezinsmigranten.");
        Field(t => t.Vastgesteld, nullable: true).Description("Gezinsmigranten: intakes with this leerroute and pipDagtekening in the period; null for statushouders.");
        Field(t => t.Afgerond, nullable: true).Description("Taalaanbieder lines of the route AFGEROND with einddatum in the period.");
    }
}

/// <summary>2.3.2 MAP.</summary>
public sealed class MapTellingGraphType : ObjectGraphType<MapTelling>
{
    public MapTellingGraphType()
    {
        Name = "MapTelling";
        Description = "2.3.2 MAP, both groups together (distinct persons).";
        Field(t => t.Afgerond, nullable: true).Description("Resultaat AFGEROND, datumEindgesprek in the period.");
        Field(t => t.Vrijstellingen, nullable: true).Description("Resultaat VRIJGESTELD, datumEindgesprek (or else startdatum) in the period.");
    }
}

/// <summary>2.3.5 Financieel ontzorgen.</summary>
public sealed class OntzorgTellingGraphType : ObjectGraphType<OntzorgTelling>
{
    public OntzorgTellingGraphType()
    {
        Name = "OntzorgTelling";
        Description = "2.3.5 Financieel ontzorgen of statushouders (trajecten, not persons).";
        Field(t => t.AantalTrajecten, nullable: true).Description("Ontzorgtrajecten with startdatum in the period.");
        Field(t => t.Verlengd, nullable: true).Description("Of those, the ones with verlengdTot set.");
    }
}

/// <summary>2.3.6 Werk, one soort.</summary>
public sealed class WerkTellingGraphType : ObjectGraphType<WerkTelling>
{
    public WerkTellingGraphType()
    {
        Name = "WerkTelling";
        Description = "2.3.6 Persons with a participatie item of this soort with startdatum in the period.";
        Field(t => t.Soort, type: typeof(NonNullGraphType<ParticipatieSoortGraphType>));
        Field(t => t.Aantal, nullable: true);
    }
}

/// <summary>A beleidsdoelstelling.</summary>
public sealed class KpiGraphType : ObjectGraphType<Kpi>
{
    public KpiGraphType()
    {
        Name = "Kpi";
        Description = "A beleidsdoelstelling with numerator, denominator, percentage and target, so a reader can check it. Percentage null = no data (denominator 0).";
        Field(k => k.Naam).Description("financieelZelfredzaam, pipTijdig, inAanrakingMetWerk, voldaanBinnenTermijn, uitstroomNaarWerk.");
        Field(k => k.Teller, nullable: true);
        Field(k => k.Noemer, nullable: true);
        Field(k => k.Percentage, nullable: true).Description("100 · teller / noemer, one decimal; null when noemer is 0 (no data).");
        Field(k => k.Doel, nullable: true).Description("Target in percent; null when the design sets none.");
        Field(k => k.Leerroute, type: typeof(LeerrouteGraphType)).Description("The route of a per-route KPI.");
    }
}
