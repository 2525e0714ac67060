using GraphQL;
using Inburgering.Hub.Reporting.Privacy;

namespace Inburgering.Hub.GraphQL.Privacy;

/// <summary>
/// The response extension <c>verstoord</c>: the paths of the figures that include persons of gemeenten
/// the caller has no rows of and are therefore perturbed by the cell-key method (<see cref="CellKeys"/>):
/// a group of a statistics field (<c>leerrouteDeelnamesStatistieken[3]</c>: its aantal and aantalPersonen)
/// or a whole section of the report (<c>voortgangsrapportage.gemeenten[GM0432]</c>,
/// <c>voortgangsrapportage.regio</c>: every count, KPI teller and noemer in it, and the percentages
/// computed from them). Always present on the aggregate fields (empty when nothing is perturbed).
/// </summary>
public static class Verstoord
{
    public const string Extension = "verstoord";

    /// <summary>Adds <paramref name="paths"/> (relative to the field) under the field's response path.</summary>
    public static void Report(IResolveFieldContext context, IEnumerable<string> paths) => ResponsePaths.Add(context, Extension, paths);
}
