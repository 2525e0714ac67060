using GraphQL;
using GraphQL.Types;
using Inburgering.Hub.Domain.Entities;
using Inburgering.Hub.GraphQL.Http;
using Inburgering.Hub.GraphQL.Querying;
using Inburgering.Hub.Reporting.Authorization;
using QueryArguments = Inburgering.Hub.GraphQL.Querying.QueryArguments;

namespace Inburgering.Hub.GraphQL.Aggregates;

/// <summary>
/// Adds <c>xxxStatistieken</c> to the root query for each collection: grouped counts and aggregates,
/// computed in SQL as one GROUP BY statement over the caller-scoped set, after the same <c>where</c> as the list.
/// </summary>
public static class StatistiekQuery
{
    public const int DefaultFirst = 100;
    public const int MaxFirst = 1000;

    public static void AddStatistieken(this ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        Add<Inburgeraar>(query, "inburgeraars");
        Add<Koppeling>(query, "koppelingen");
        Add<Taakstelling>(query, "taakstellingen");
        Add<LeerrouteDeelname>(query, "leerrouteDeelnames");
        Add<Voortgangsmeting>(query, "voortgangsmetingen");
        Add<BredeIntake>(query, "intakes");
        Add<Participatieactiviteit>(query, "participatie");
        Add<Uitkering>(query, "uitkeringen");
        Add<Inburgeringsplicht>(query, "plichten");
        Add<DuoMelding>(query, "meldingen");
        Add<PipDoorlooptijd>(
            query,
            "pipDoorlooptijden",
            "PIP-doorlooptijden: one row per vastgestelde PIP of a WI2021 person, dagen = days from the start of the plicht (the later of the latest DUO kennisgeving and the latest COA huisvestingsdatum, as the pipTijdig KPI) to the PIP's dagtekening; group on BINNEN_TIEN_WEKEN for the count within the 10 weeks (70 days), bucket on PIP_DAGTEKENING for the periode. ");
    }

    private static void Add<T>(ObjectGraphType query, string collection, string? what = null)
        where T : class
    {
        var model = StatistiekModel.Get<T>();
        var field = query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatistiekGroepGraphType<T>>>>>(collection + "Statistieken")
            .Description($"{what}Statistics of {collection} per group (one SQL GROUP BY over your gemeenten): counts and, per numeric field, som/gemiddelde/minimum/maximum. As analist with a regio claim also over the region's other gemeenten: their part of each count is perturbed by the cell-key method (the same persons always give the same figure, never 1 or 2, at most 2 from the true count, a group published as 0 is left out; listed in extensions.verstoord), som/gemiddelde/minimum/maximum are null for groups with any of their rows (listed in extensions.onderdrukt), and where/metIngetrokken are refused (FILTER_NOT_ALLOWED).")
            .Argument<EntityFilterGraphType<T>>(QueryArguments.Where, "Only the rows that match (as on the list field).")
            .Argument<ListGraphType<NonNullGraphType<StatistiekDimensieGraphType<T>>>>("groupBy", $"Dimensions to group on (at most {StatistiekModel.MaxDimensies}); none: one group of everything.")
            .Argument<StatistiekHavingGraphType>("having", "Keep only the groups whose counts are within bounds.")
            .Argument<StatistiekOrderGraphType>(QueryArguments.Order, "Order of the groups (default SLEUTEL).")
            .Argument<IntGraphType>("first", $"At most this many groups (default {DefaultFirst}, max {MaxFirst}).")
            .AuthorizeWithRoles(HubRoles.Analist, HubRoles.Medewerker)
            .WithComplexityImpact(CostModel.Statistieken);
        if (model.Datums.Count > 0)
        {
            field.Argument<StatistiekDatumGraphType<T>>("datum", "Group also on a date bucket (the key's periode).");
        }

        if (typeof(SourcedRecord).IsAssignableFrom(typeof(T)))
        {
            field.Argument<BooleanGraphType>("metIngetrokken", "Include withdrawn rows (default false).");
        }

        field.ResolveAsync(async c => await StatistiekBuilder<T>.RunAsync(c));
    }
}
