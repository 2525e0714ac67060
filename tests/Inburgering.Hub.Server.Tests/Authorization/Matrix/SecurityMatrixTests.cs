using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Inburgering.Hub.Server.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.Server.Tests.Authorization.Matrix;

/// <summary>
/// The security matrix: with gemeenten A and B both holding data from every source, each caller of
/// <see cref="MatrixCallers"/> tries each entry point of <see cref="MatrixProbes"/> to reach B's
/// persons. A caller without the entry point's role is refused (401 / FORBIDDEN); one with it gets
/// data that holds nothing of B — no id of a B row (by GraphQL type), no B gemeente code or name,
/// counts over A only — or, when the request names B, is refused. Every root field of the schema
/// must have a probe, so a new field cannot be added without a matrix entry.
/// </summary>
[Trait("Category", "Integration")]
public sealed class SecurityMatrixTests(AllSourcesHubFactory hub) : IClassFixture<AllSourcesHubFactory>
{
    private static readonly ConcurrentDictionary<AllSourcesHubFactory, Task<MatrixWorld>> Worlds = new();

    private static readonly string[] RefusalCodes = ["FORBIDDEN", "FORBIDDEN_GEMEENTE"];

    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var caller in MatrixCallers.All)
        {
            foreach (var probe in MatrixProbes.All)
            {
                cases.Add(caller.Name, probe.Name);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Nothing_of_gemeente_B_reaches_the_caller(string callerName, string probeName)
    {
        var caller = MatrixCallers.Named(callerName);
        var probe = MatrixProbes.Named(probeName);
        var world = await WorldAsync();
        var request = probe.Request(world);
        // A token without any hub role gets 403 everywhere (AuthenticationSetup's default policy).
        var entitled = !caller.Anonymous && caller.Roles.Length > 0 && (probe.Roles.Length == 0 || probe.Roles.Any(caller.Roles.Contains));

        using var client = Client(caller);
        using var response = request.GetPath is { } path
            ? await client.GetAsync(new Uri(path, UriKind.Relative))
            : await client.PostAsJsonAsync("/graphql", new { query = request.Query, variables = request.Variables });
        var text = await response.Content.ReadAsStringAsync();
        var what = $"{caller} × {probe}: {(int)response.StatusCode} {Excerpt(text)}";

        if (caller.Anonymous)
        {
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, what);
            return;
        }

        var body = text.Length > 0 && !IsCsv(response) ? JsonNode.Parse(text) : null;
        var codes = body is null ? [] : Codes(body);
        if (entitled && caller.AggregatesOverRegio && probe.IsAggregate)
        {
            await RegioAggregateAsync(client, caller, request, response, text, body, codes, what);
            return;
        }

        if (!entitled || probe.RefusedForEveryone)
        {
            Assert.True(codes.Count > 0 && codes.All(RefusalCodes.Contains), $"expected a refusal: {what}");
            Assert.True(body?["data"] is null || AllNull(body["data"]!), $"a refusal with data: {what}");
            return;
        }

        Assert.True(response.IsSuccessStatusCode, what);
        Assert.True(codes.All(probe.ReachedCodes.Contains), $"unexpected errors: {what}");
        var problems = new List<string>();
        if (!probe.MayNameB)
        {
            problems.AddRange(NamesB(text));
        }

        if (body?["data"] is JsonObject data)
        {
            problems.AddRange(BRows(data, world));
            if (probe.Check is { } check && codes.Count == 0)
            {
                problems.AddRange(check(data, world, caller));
            }
        }

        Assert.True(problems.Count == 0, $"{what}{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
    }

    [Fact]
    public async Task Every_root_field_of_the_schema_has_a_matrix_entry()
    {
        using var client = hub.ClientAs("medewerker", MatrixCallers.A);
        var schema = await client.DataAsync("{ __schema { queryType { fields { name } } mutationType { fields { name } } subscriptionType { fields { name } } } }");
        var roots = new[] { ("Query", "queryType"), ("Mutation", "mutationType"), ("Subscription", "subscriptionType") }
            .SelectMany(r => schema["__schema"]![r.Item2]?["fields"].Items().Select(f => $"{r.Item1}.{f["name"].Str()}") ?? [])
            .ToList();
        var covered = MatrixProbes.All.Select(p => p.Covers).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("Query.inburgeraars", roots);
        var missing = roots.Where(r => !covered.Contains(r)).ToList();
        Assert.True(missing.Count == 0, "root fields without a security matrix entry (add a probe to MatrixProbes): " + string.Join(", ", missing));
    }

    [Fact]
    public async Task Both_gemeenten_hold_rows_of_every_kind_so_the_matrix_proves_something()
    {
        var world = await WorldAsync();

        foreach (var (type, ids) in world.BIds.Where(t => t.Key is not ("Pvt" or "Boete" or "Examenonderdeel")))
        {
            Assert.True(ids.Count > 0, $"gemeente B has no {type}");
            Assert.True(world.Counts.GetValueOrDefault((type, MatrixCallers.A)) > 0, $"gemeente A has no {type}");
        }
    }

    [Fact]
    public async Task Quarantine_mutations_on_B_records_change_nothing()
    {
        var world = await WorldAsync();
        using var beheerder = hub.ClientAs("beheerder", MatrixCallers.A);

        await beheerder.QueryAsync("mutation($ids: [ID!]!) { discardQuarantine(ids: $ids) { id succeeded } }", new { ids = world.BQuarantine });

        await using var db = hub.System();
        var ids = world.BQuarantine.Select(long.Parse).ToList();
        var statuses = await db.QuarantineRecords.Where(q => ids.Contains(q.Id)).Select(q => q.Status).ToListAsync();
        Assert.All(statuses, s => Assert.Equal(Domain.Operational.QuarantineStatus.Open, s));
    }

    /// <summary>
    /// An analist with <c>regio</c> on an aggregate entry point: filters are refused; otherwise B and the
    /// region's other gemeenten may appear, perturbed by the cell-key method, so no count of theirs is 1 or 2
    /// (the perturbation table never publishes those), and a report never hides a cell of B (no null) while
    /// showing a region total next to it.
    /// </summary>
    private static async Task RegioAggregateAsync(
        HttpClient client, MatrixCaller caller, MatrixRequest request, HttpResponseMessage response, string text, JsonNode? body, List<string> codes, string what)
    {
        var problems = new List<string>();
        if (request.Query is { } query && query.Contains("Statistieken", StringComparison.Ordinal))
        {
            if (query.Contains("where:", StringComparison.Ordinal) || query.Contains("metIngetrokken", StringComparison.Ordinal))
            {
                Assert.True(codes.SequenceEqual(["FILTER_NOT_ALLOWED"]), $"expected FILTER_NOT_ALLOWED: {what}");
                if (query.Contains("where:", StringComparison.Ordinal))
                {
                    return;
                }

                // The same table without the filter is allowed, and perturbed.
                using var unfiltered = await client.PostAsJsonAsync("/graphql", new { query = query.Replace(", metIngetrokken: true", "", StringComparison.Ordinal) });
                body = JsonNode.Parse(await unfiltered.Content.ReadAsStringAsync())!;
                codes = Codes(body);
            }

            Assert.True(codes.Count == 0, $"unexpected errors: {what} {body}");
            foreach (var group in body!["data"]!.AsObject().Single().Value.Items())
            {
                var gemeente = group["sleutel"]?["gemeenteCode"]?.GetValue<string>();
                if (gemeente is null || !caller.RowScope.Contains(gemeente))
                {
                    problems.AddRange(Small($"{gemeente} group", group["aantal"]));
                }
            }
        }
        else if (request.Query is not null)
        {
            Assert.True(response.IsSuccessStatusCode && codes.Count == 0, $"unexpected errors: {what}");
            var report = body!["data"]!["voortgangsrapportage"]!;
            var sections = report["gemeenten"].Items().ToDictionary(g => g["gemeente"]!["code"].Str(), g => g, StringComparer.Ordinal);
            foreach (var (code, section) in sections.Where(s => !caller.RowScope.Contains(s.Key)))
            {
                problems.AddRange(Leaves(section!, code).SelectMany(l => Small(l.Path, l.Value)));
            }

            if (sections.Count == 2 && sections.TryGetValue(MatrixCallers.B, out var b))
            {
                var regio = Leaves(report["regio"]!, "regio").ToDictionary(l => l.Path[5..], l => l.Value, StringComparer.Ordinal);
                problems.AddRange(Leaves(b!, MatrixCallers.B)
                    .Where(l => l.Value is null && regio[l.Path[MatrixCallers.B.Length..]] is not null)
                    .Select(l => $"{l.Path} is hidden but the region total next to A's shows it"));
            }
        }
        else
        {
            Assert.True(response.IsSuccessStatusCode && IsCsv(response), what);
            foreach (var row in CsvRows.Parse(text))
            {
                if (row["gemeente"] != "REGIO" && !caller.RowScope.Contains(row["gemeente"]))
                {
                    foreach (var column in new[] { "waarde", "teller", "noemer" })
                    {
                        problems.AddRange(Small($"{row["gemeente"]} {row["sectie"]} {row["rij"]} {column}", row[column].Length == 0 ? null : JsonValue.Create(int.Parse(row[column], System.Globalization.CultureInfo.InvariantCulture))));
                    }
                }
            }
        }

        Assert.True(problems.Count == 0, $"{what}{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
    }

    /// <summary>A published count of 1 or 2 of a gemeente the caller has no rows of (the cell-key perturbation table never publishes those).</summary>
    private static IEnumerable<string> Small(string what, JsonNode? value)
    {
        if (value is JsonValue v && v.TryGetValue<int>(out var n) && n is 1 or 2)
        {
            yield return $"{what} = {n}, a small count published";
        }
    }

    private static IEnumerable<(string Path, JsonNode? Value)> Leaves(JsonNode node, string path)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, value) in o.Where(p => p.Key is not ("gemeente" or "soort" or "naam" or "leerroute")))
                {
                    var key = o["soort"] is { } soort ? $"{path}[{soort.Str()}]" : path;
                    foreach (var leaf in value is null ? [(key + "." + name, null)] : Leaves(value, key + "." + name))
                    {
                        yield return leaf;
                    }
                }

                break;
            case JsonArray a:
                foreach (var leaf in a.OfType<JsonNode>().SelectMany(item => Leaves(item, path)))
                {
                    yield return leaf;
                }

                break;
            default:
                yield return (path, node);
                break;
        }
    }

    private Task<MatrixWorld> WorldAsync() => Worlds.GetOrAdd(hub, MatrixWorld.ReadAsync);

    private HttpClient Client(MatrixCaller caller) =>
        caller.Anonymous
            ? hub.CreateClient()
            : hub.ClientWithToken(hub.Tokens.Issue("matrix-" + caller.Name.Replace(' ', '-'), caller.Gemeenten, caller.Roles, caller.Regios ?? [], TimeSpan.FromMinutes(30)));

    private static bool IsCsv(HttpResponseMessage response) =>
        response.Content.Headers.ContentType?.MediaType == "text/csv";

    private static List<string> Codes(JsonNode body)
    {
        var codes = body.ErrorCodes().Select(c => c ?? "(no code)").ToList();
        if (body["extensions"]?["code"] is { } problem)
        {
            codes.Add(problem.GetValue<string>()); // ProblemDetails of the CSV export
        }
        else if (body["status"] is not null && body["errors"] is null)
        {
            codes.Add(body["code"]?.GetValue<string>() ?? "(problem without code)");
        }

        return codes;
    }

    private static bool AllNull(JsonNode data) =>
        data is not JsonObject o || o.All(p => p.Value is null);

    private static IEnumerable<string> NamesB(string text)
    {
        if (text.Contains(MatrixCallers.B, StringComparison.Ordinal))
        {
            yield return $"the answer names gemeente B ({MatrixCallers.B})";
        }

        if (text.Contains("Enkhuizen", StringComparison.OrdinalIgnoreCase))
        {
            yield return "the answer names gemeente B (Enkhuizen)";
        }
    }

    /// <summary>Every object with <c>__typename</c> and <c>id</c> that is a row of B, and every <c>gemeenteCode</c> of B.</summary>
    private static IEnumerable<string> BRows(JsonNode node, MatrixWorld world)
    {
        switch (node)
        {
            case JsonObject o:
                if (o["__typename"]?.GetValue<string>() is { } type && o["id"] is { } id
                    && world.BIds.TryGetValue(type, out var ids) && ids.Contains(id.Str()))
                {
                    yield return $"{type} {id.Str()} of gemeente B";
                }

                if (o["gemeenteCode"] is JsonValue code && code.GetValue<string>() == MatrixCallers.B)
                {
                    yield return $"a {o["__typename"]?.GetValue<string>() ?? "row"} with gemeenteCode {MatrixCallers.B}";
                }

                foreach (var child in o.Select(p => p.Value).OfType<JsonNode>().SelectMany(v => BRows(v, world)))
                {
                    yield return child;
                }

                break;
            case JsonArray a:
                foreach (var child in a.OfType<JsonNode>().SelectMany(v => BRows(v, world)))
                {
                    yield return child;
                }

                break;
        }
    }

    private static string Excerpt(string text) => text.Length <= 400 ? text : text[..400] + "…";
}
