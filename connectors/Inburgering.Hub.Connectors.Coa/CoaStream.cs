using Inburgering.Hub.Connectors.Abstractions;

namespace Inburgering.Hub.Connectors.Coa;

/// <summary>A stream of the COA connector: which files it reads and how their rows are parsed.</summary>
internal sealed record CoaStream(string Name, string FilePrefix, string Description, Func<ICoaRowParser> CreateParser)
{
    public static CoaStream Koppelingen { get; } = new(
        "koppelingen",
        "coa-koppelingen",
        "Koppelingen of statushouders to gemeenten (coa-koppelingen-YYYYMMDD.csv, full list per export).",
        () => new KoppelingRowParser());

    public static CoaStream Taakstelling { get; } = new(
        "taakstelling",
        "coa-taakstelling",
        "Half-year housing target and realisation per gemeente (coa-taakstelling-YYYYMMDD.csv, full list per export).",
        () => new TaakstellingRowParser());

    public static IReadOnlyList<CoaStream> All { get; } = [Koppelingen, Taakstelling];

    /// <summary>The stream named <paramref name="name"/>; throws for an unknown name.</summary>
    public static CoaStream Find(string name) =>
        All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException(
            $"The COA connector has no stream '{name}'; it has {string.Join(", ", All.Select(s => s.Name))}.",
            nameof(name));

    /// <summary>The stream as described in the manifest.</summary>
    public StreamDescriptor ToDescriptor() => new(Name, StreamMode.FullSnapshot, Description);
}
