using GraphQL;

namespace Inburgering.Hub.GraphQL.Privacy;

/// <summary>A list of response paths in a response extension; fields of one request add to the same list.</summary>
internal static class ResponsePaths
{
    /// <summary>Adds <paramref name="paths"/> (relative to the field) under the field's response path to extension <paramref name="extension"/>.</summary>
    public static void Add(IResolveFieldContext context, string extension, IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(paths);
        var prefix = string.Join('.', context.ResponsePath.Select(p => p.ToString()));
        lock (context.OutputExtensions)
        {
            if (!context.OutputExtensions.TryGetValue(extension, out var existing) || existing is not List<string> list)
            {
                list = [];
                context.OutputExtensions[extension] = list;
            }

            list.AddRange(paths.Select(p => p.Length == 0 ? prefix : p.StartsWith('[') ? prefix + p : prefix + "." + p));
        }
    }
}
