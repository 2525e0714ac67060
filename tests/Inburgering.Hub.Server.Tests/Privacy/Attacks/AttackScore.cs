namespace Inburgering.Hub.Server.Tests.Privacy.Attacks;

/// <summary>
/// What one attack learnt: per target cell (a figure of a gemeente the attacker has no rows of) its true
/// value, read with an all-gemeente token, and every value the attacker derived for it — the figure as
/// published (<see cref="Direct"/>) and each difference of published figures that should equal it.
/// </summary>
internal sealed class AttackScore(string name)
{
    /// <summary>The path name of the figure as published.</summary>
    public const string Direct = "direct";

    private readonly Dictionary<string, (int Truth, List<(string Path, int Value)> Derived)> _targets = new(StringComparer.Ordinal);

    public string Name { get; } = name;

    /// <summary>Requests the attacker sent.</summary>
    public int Requests { get; set; }

    public int Targets => _targets.Count;

    /// <summary>Targets with a true value of 1 or 2.</summary>
    public int SmallTargets => _targets.Values.Count(t => t.Truth is 1 or 2);

    public void Target(string cell, int truth) => _targets.TryAdd(cell, (truth, []));

    public void Derive(string cell, string path, int value)
    {
        if (_targets.TryGetValue(cell, out var target))
        {
            target.Derived.Add((path, value));
        }
    }

    /// <summary>
    /// Cells with a true value of 1 or 2 that the attacker determined exactly: every derivation path agrees
    /// with the truth (so nothing tells the attacker that a path is off).
    /// </summary>
    public IReadOnlyList<string> SmallCellsDetermined =>
        [.. _targets.Where(t => t.Value.Truth is 1 or 2 && t.Value.Derived.Count > 0 && t.Value.Derived.All(d => d.Value == t.Value.Truth))
            .Select(t => $"{t.Key} = {t.Value.Truth} ({string.Join(", ", t.Value.Derived.Select(d => d.Path))})")];

    /// <summary>Cells with a true value of 1 or 2 that at least one path (not the published figure) happened to hit.</summary>
    public int SmallCellsHitByAPath => _targets.Values.Count(t => t.Truth is 1 or 2 && t.Derived.Any(d => d.Path != Direct && d.Value == t.Truth));

    /// <summary>Published figures of 1 or 2 for gemeenten the attacker has no rows of.</summary>
    public IReadOnlyList<string> SmallPublished =>
        [.. _targets.Where(t => t.Value.Derived.Any(d => d.Path == Direct && d.Value is 1 or 2)).Select(t => t.Key)];

    /// <summary>(cell, true, published) of every target with a published figure.</summary>
    public IEnumerable<(string Cell, int Truth, int Published)> Published =>
        _targets.SelectMany(t => t.Value.Derived.Where(d => d.Path == Direct).Take(1).Select(d => (t.Key, t.Value.Truth, d.Value)));

    public override string ToString() =>
        $"{Name}: {Requests} requests, {Targets} target cells ({SmallTargets} with a true value of 1 or 2): "
        + $"{SmallCellsDetermined.Count} determined exactly, {SmallCellsHitByAPath} hit by some difference (indistinguishable from the paths that miss)";
}
