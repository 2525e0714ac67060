using GraphQL;

namespace Inburgering.Hub.GraphQL.Privacy;

/// <summary>
/// The response extension <c>onderdrukt</c>: the paths of every value hidden by small-cell suppression
/// in this response, so a null never silently means zero. Always present on the aggregate fields
/// (empty when nothing is hidden); fields of one request add to the same list.
/// </summary>
public static class Onderdrukt
{
    public const string Extension = "onderdrukt";

    /// <summary>Adds <paramref name="paths"/> (relative to the field) under the field's response path.</summary>
    public static void Report(IResolveFieldContext context, IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(paths);
        var prefix = string.Join('.', context.ResponsePath.Select(p => p.ToString()));
        lock (context.OutputExtensions)
        {
            if (!context.OutputExtensions.TryGetValue(Extension, out var existing) || existing is not List<string> list)
            {
                list = [];
                context.OutputExtensions[Extension] = list;
            }

            list.AddRange(paths.Select(p => p.StartsWith('[') ? prefix + p : prefix + "." + p));
        }
    }
}
