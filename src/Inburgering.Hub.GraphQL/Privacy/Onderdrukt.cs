using GraphQL;

namespace Inburgering.Hub.GraphQL.Privacy;

/// <summary>
/// The response extension <c>onderdrukt</c>: the paths of values withheld because they would show a
/// magnitude of persons of gemeenten the caller has no rows of (som/gemiddelde/minimum/maximum of a
/// statistics group with such rows: <c>voortgangsmetingenStatistieken[2].urenGevolgd</c>), so a null
/// never silently means "no value". Always present on the statistics fields (empty when nothing is withheld).
/// </summary>
public static class Onderdrukt
{
    public const string Extension = "onderdrukt";

    /// <summary>Adds <paramref name="paths"/> (relative to the field) under the field's response path.</summary>
    public static void Report(IResolveFieldContext context, IEnumerable<string> paths) => ResponsePaths.Add(context, Extension, paths);
}
