using GraphQL;
using GraphQL.Types;
using Inburgering.Hub.GraphQL.Http;
using Inburgering.Hub.GraphQL.Privacy;
using Inburgering.Hub.GraphQL.Reports.GraphTypes;
using Inburgering.Hub.Reporting;
using Inburgering.Hub.Reporting.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Hub.GraphQL.Reports;

/// <summary>Adds <c>voortgangsrapportage</c> to the root query.</summary>
internal static class VoortgangsrapportageQuery
{
    public static void AddVoortgangsrapportage(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<VoortgangsrapportageGraphType>>("voortgangsrapportage")
            .AuthorizeWithRoles(HubRoles.Analist, HubRoles.Medewerker)
            .WithComplexityImpact(CostModel.Voortgangsrapportage)
            .Description("Voortgangsrapportage over [van, tot] (inclusive) for the given gemeenten (default: all the caller may see or, as analist with a regio claim, count). Figures that include persons of gemeenten you count only through regio (their sections and the region) are perturbed by the cell-key method: the same persons always give the same figure, never 1 or 2, at most 2 from the true count; the sections are listed in extensions.verstoord.")
            .Argument<NonNullGraphType<Scalars.DateScalar>>("van")
            .Argument<NonNullGraphType<Scalars.DateScalar>>("tot")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("gemeenten")
            .ResolveAsync(async c =>
            {
                var service = c.RequestServices!.GetRequiredService<VoortgangsrapportageService>();
                try
                {
                    var report = await service.ComputeAsync(
                        c.Aggregates().Db, c.GetArgument<DateOnly>("van"), c.GetArgument<DateOnly>("tot"), c.GetArgument<List<string>?>("gemeenten"), c.CancellationToken);
                    Verstoord.Report(c, report.Verstoord);
                    return report;
                }
                catch (ReportException ex)
                {
                    throw new ExecutionError(ex.Message) { Code = ex.Code };
                }
            });
    }
}
