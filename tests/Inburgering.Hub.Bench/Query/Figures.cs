namespace Inburgering.Hub.Bench.Query;

/// <summary>The final table: figure, value, target and PASS/FAIL (no target: informational).</summary>
internal sealed class Figures
{
    private readonly List<(string Figure, string Value, string Target, bool? Pass)> _rows = [];

    public bool AllPass => _rows.All(r => r.Pass != false);

    public void Add(string figure, string value, string target = "", bool? pass = null) => _rows.Add((figure, value, target, pass));

    public void Print()
    {
        Console.WriteLine();
        Console.WriteLine($"| {"figure",-52} | {"value",-34} | {"target",-22} | result |");
        Console.WriteLine($"|{new string('-', 54)}|{new string('-', 36)}|{new string('-', 24)}|--------|");
        foreach (var (figure, value, target, pass) in _rows)
        {
            var verdict = pass switch { true => "PASS", false => "FAIL", null => "" };
            Console.WriteLine($"| {figure,-52} | {value,-34} | {target,-22} | {verdict,-6} |");
        }
    }
}
