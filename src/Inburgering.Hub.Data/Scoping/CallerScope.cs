namespace Inburgering.Hub.Data.Scoping;

/// <summary>An immutable caller scope.</summary>
public sealed class CallerScope : ICallerScope
{
    private CallerScope(bool unrestricted, IReadOnlyList<string> gemeenten)
    {
        IsUnrestricted = unrestricted;
        Gemeenten = gemeenten;
    }

    /// <summary>Sees nothing: the default for anyone not known to be entitled.</summary>
    public static CallerScope Nobody { get; } = new(false, []);

    /// <summary>The ingestion engine and maintenance commands.</summary>
    public static CallerScope System { get; } = new(true, []);

    public bool IsUnrestricted { get; }

    public IReadOnlyList<string> Gemeenten { get; }

    /// <summary>A caller entitled to exactly these gemeenten.</summary>
    public static CallerScope ForGemeenten(IEnumerable<string> gemeenten) =>
        new(false, [.. gemeenten.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
}
