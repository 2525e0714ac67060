using System.Globalization;
using System.Text.Json.Nodes;
using Inburgering.Hub.Server.Tests.Support;

namespace Inburgering.Hub.Server.Tests.Authorization.Matrix;

/// <summary>Checks of the data an entitled caller got, against the oracle (<see cref="MatrixWorld"/>).</summary>
public static class MatrixChecks
{
    /// <summary><c>field.totalCount</c> is the count of <paramref name="list"/> over the caller's row scope.</summary>
    public static Func<JsonNode, MatrixWorld, MatrixCaller, IEnumerable<string>> TotalCount(string field, string list) =>
        (data, world, caller) => Expect($"{field}.totalCount", world.CountFor(list, caller), data[field]?["totalCount"]?.GetValue<int>());

    /// <summary><c>field.totalCount</c> is 0.</summary>
    public static Func<JsonNode, MatrixWorld, MatrixCaller, IEnumerable<string>> NoneFound(string field) =>
        (data, _, _) => Expect($"{field}.totalCount", 0, data[field]?["totalCount"]?.GetValue<int>());

    /// <summary><c>field</c> is null.</summary>
    public static Func<JsonNode, MatrixWorld, MatrixCaller, IEnumerable<string>> IsNull(string field) =>
        (data, _, _) => data[field] is null ? [] : [$"{field} is {data[field]!.ToJsonString()}, expected null"];

    /// <summary>
    /// Groups of a <c>*Statistieken</c> field grouped on gemeente: only gemeenten in the caller's row
    /// scope, and (when <paramref name="list"/> is given) the counts add up to the caller's rows.
    /// </summary>
    public static Func<JsonNode, MatrixWorld, MatrixCaller, IEnumerable<string>> Groups(string field, string? list) =>
        (data, world, caller) =>
        {
            var groups = data[field].Items();
            var problems = groups
                .Select(g => g["sleutel"]?["gemeenteCode"]?.GetValue<string>())
                .Where(g => g is null || !caller.RowScope.Contains(g))
                .Select(g => $"{field} has a group of gemeente {g ?? "null"}")
                .ToList();
            if (list is not null)
            {
                problems.AddRange(Expect($"{field} sum of aantal", world.CountFor(list, caller), groups.Sum(g => g["aantal"]!.GetValue<int>())));
            }

            return problems;
        };

    /// <summary>The sum of <c>aantal</c> over the groups of <paramref name="field"/> is 0.</summary>
    public static Func<JsonNode, MatrixWorld, MatrixCaller, IEnumerable<string>> NoGroups(string field) =>
        (data, _, _) => Expect($"{field} sum of aantal", 0, data[field].Items().Sum(g => g["aantal"]!.GetValue<int>()));

    /// <summary>
    /// The report has a section for each gemeente of the caller's row scope and no other, and its
    /// region totals are those of that scope (with one gemeente: equal to its section).
    /// </summary>
    public static IEnumerable<string> Report(JsonNode data, MatrixWorld world, MatrixCaller caller)
    {
        var report = data["voortgangsrapportage"]!;
        var sections = report["gemeenten"].Items();
        var codes = sections.Select(s => s["gemeente"]?["code"]?.GetValue<string>()).ToList();
        if (!codes.Order().SequenceEqual(caller.RowScope.Order()))
        {
            yield return $"report sections [{string.Join(", ", codes)}], expected [{string.Join(", ", caller.RowScope)}]";
        }

        if (sections.Count == 1)
        {
            var section = sections[0].DeepClone().AsObject();
            var regio = report["regio"]!.DeepClone().AsObject();
            section.Remove("gemeente");
            regio.Remove("gemeente");
            if (!JsonNode.DeepEquals(section, regio))
            {
                yield return $"regio totals {regio.ToJsonString()} differ from the only visible gemeente's {section.ToJsonString()}";
            }
        }
    }

    /// <summary>Every outcome of a quarantine mutation on B's ids failed.</summary>
    public static Func<JsonNode, MatrixWorld, MatrixCaller, IEnumerable<string>> AllFailed(string field) =>
        (data, world, _) =>
        {
            var outcomes = data[field].Items();
            var problems = outcomes.Where(o => o["succeeded"]!.GetValue<bool>()).Select(o => $"{field} succeeded on B's quarantine record {o["id"].Str()}").ToList();
            if (outcomes.Count != world.BQuarantine.Count)
            {
                problems.Add($"{field}: {outcomes.Count} outcomes for {world.BQuarantine.Count} ids");
            }

            return problems;
        };

    private static IEnumerable<string> Expect(string what, int expected, int? actual) =>
        actual == expected ? [] : [$"{what} is {actual?.ToString(CultureInfo.InvariantCulture) ?? "missing"}, expected {expected.ToString(CultureInfo.InvariantCulture)}"];
}
