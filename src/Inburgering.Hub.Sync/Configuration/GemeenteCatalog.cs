using System.Collections.Frozen;
using Inburgering.Hub.Domain.Values;

namespace Inburgering.Hub.Sync.Configuration;

/// <summary>The gemeenten the hub knows (configuration <c>Hub:Gemeenten</c>), by CBS code.</summary>
public sealed class GemeenteCatalog
{
    private readonly FrozenDictionary<string, GemeenteOptions> _byCode;

    public GemeenteCatalog(IEnumerable<GemeenteOptions> gemeenten)
    {
        var list = gemeenten.ToList();
        foreach (var g in list)
        {
            if (!GemeenteCode.IsWellFormed(g.Code))
            {
                throw new InvalidOperationException($"Hub:Gemeenten has an invalid code '{g.Code}' (expected GMnnnn).");
            }
        }

        _byCode = list.ToFrozenDictionary(g => g.Code, StringComparer.Ordinal);
        All = [.. list.OrderBy(g => g.Code, StringComparer.Ordinal)];
    }

    public IReadOnlyList<GemeenteOptions> All { get; }

    public bool IsKnown(string? code) => code is not null && _byCode.ContainsKey(code);

    public GemeenteOptions? Find(string code) => _byCode.GetValueOrDefault(code);
}
