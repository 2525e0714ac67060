using GraphQL.Types;
using Inburgering.Hub.GraphQL.Types;
using Inburgering.Hub.Reporting.Model;

namespace Inburgering.Hub.GraphQL.Reports.GraphTypes;

/// <summary>The report of one gemeente, or of the region.</summary>
public sealed class GemeenteRapportageGraphType : ObjectGraphType<GemeenteRapportage>
{
    public GemeenteRapportageGraphType()
    {
        Name = "GemeenteRapportage";
        Description = "The voortgangsrapportage of one gemeente, or of the region (gemeente null).";
        Field<GemeenteGraphType>("gemeente").Description("Code and naam; null for the region.").Resolve(c => c.Source.Gemeente);
        Field<NonNullGraphType<InburgeraarstellingGraphType>>("statushouders").Description("2.2 Inburgeraars: statushouders.").Resolve(c => c.Source.Statushouders);
        Field<NonNullGraphType<InburgeraarstellingGraphType>>("gezinsmigranten").Description("2.2 Inburgeraars: gezinsmigranten and overige migranten.").Resolve(c => c.Source.Gezinsmigranten);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LeerrouteTellingGraphType>>>>("leerroutesStatushouders")
            .Description("2.3.1 One per leerroute: B1, ONDERWIJS, Z.").Resolve(c => c.Source.LeerroutesStatushouders);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LeerrouteTellingGraphType>>>>("leerroutesGezinsmigranten")
            .Description("2.3.1 One per leerroute: B1, ONDERWIJS, Z.").Resolve(c => c.Source.LeerroutesGezinsmigranten);
        Field<NonNullGraphType<MapTellingGraphType>>("map").Description("2.3.2 MAP, both groups together.").Resolve(c => c.Source.Map);
        Field<IntGraphType>("pvtAfgerond").Description("2.3.3 Persons with a PVT afgerond in the period (both groups).").Resolve(c => c.Source.PvtAfgerond);
        Field<NonNullGraphType<OntzorgTellingGraphType>>("financieelOntzorgen").Description("2.3.5 Financieel ontzorgen (statushouders).").Resolve(c => c.Source.FinancieelOntzorgen);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WerkTellingGraphType>>>>("werk")
            .Description("2.3.6 One per soort: ORIENTATIE_WERKSTAGE, WERKSTAGE, VRIJWILLIGERSWERK, BETAALDE_BAAN.").Resolve(c => c.Source.Werk);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KpiGraphType>>>>("kpis").Description("Beleidsdoelstellingen.").Resolve(c => c.Source.Kpis);
    }
}
