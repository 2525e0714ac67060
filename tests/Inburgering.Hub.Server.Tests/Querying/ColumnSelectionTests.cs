using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.Types;
using Inburgering.Hub.GraphQL;
using Inburgering.Hub.GraphQL.Paging;
using Inburgering.Hub.GraphQL.Querying;
using Inburgering.Hub.Server.Tests.Demo;
using Inburgering.Hub.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Inburgering.Hub.Server.Tests.Querying;

/// <summary>
/// Column selection (<see cref="FieldReads"/>): the page of inburgeraars and its relations read only the
/// columns the selection needs, and every field answers exactly as with whole rows. The leaf fields are
/// enumerated from the schema (the person's fields, its relations, their relations and references, three
/// levels deep), each asked alone (one aliased page per leaf, so each gets its own projection), and compared
/// with one request of all of them on whole rows (<see cref="PagingOptions.SelectColumns"/> off).
/// </summary>
[Collection(DemoCollection.Name)]
[Trait("Category", "Integration")]
public sealed class ColumnSelectionTests(DemoHubFactory hub, ITestOutputHelper output)
{
    private const string Hoorn = DemoHubFactory.Hoorn;
    private const string Page = "inburgeraars(first: 40)";
    private const int LeavesPerRequest = 25;

    [Fact]
    public async Task Every_field_of_the_persons_and_their_relations_answers_as_with_whole_rows()
    {
        var schema = hub.Services.GetRequiredService<HubSchema>();
        schema.Initialize();
        var person = (IComplexGraphType)schema.AllTypes["Inburgeraar"]!;
        var leaves = new List<string[]>();
        Enumerate(person, [], [person.Name], 0, leaves);
        output.WriteLine($"{leaves.Count} leaf fields");
        Assert.True(leaves.Count > 300, $"Only {leaves.Count} leaf fields enumerated.");

        // Medewerker and analist: the analist's complexity limit, so that a request of many leaves is not refused.
        using var client = hub.ClientAs("medewerker,analist", Hoorn);
        var covered = 0;
        var mismatches = new List<string>();
        foreach (var chunk in leaves.GroupBy(p => p[0]).SelectMany(g => g.Chunk(LeavesPerRequest)))
        {
            // All leaves of the chunk in one selection: whole rows and selected columns give the same answer.
            var all = $"{{ {Page} {{ nodes {{ {Merge(chunk)} }} }} }}";
            var whole = await WithColumnSelection(false, () => client.DataAsync(all));
            var selected = await WithColumnSelection(true, () => client.DataAsync(all));
            Assert.True(JsonNode.DeepEquals(whole, selected), $"Fields under {chunk[0][0]} differ between whole rows and selected columns.");

            // Each leaf alone (an aliased page each): the same values as on whole rows.
            var query = "{ " + string.Join(" ", chunk.Select((path, i) => $"a{i}: {Page} {{ nodes {{ {Selection(path)} }} }}")) + " }";
            var data = await WithColumnSelection(true, () => client.DataAsync(query));
            for (var i = 0; i < chunk.Length; i++)
            {
                var expected = Prune(whole["inburgeraars"]!["nodes"], chunk[i]);
                if (!JsonNode.DeepEquals(expected, data[$"a{i}"]!["nodes"]))
                {
                    mismatches.Add(string.Join('.', chunk[i]));
                }

                covered += HasValue(expected) ? 1 : 0;
            }
        }

        output.WriteLine($"{covered} of {leaves.Count} leaf fields have a value in the demo region's Hoorn persons");
        Assert.True(mismatches.Count == 0, "Differ from whole rows when asked alone: " + string.Join(", ", mismatches));
        Assert.True(covered > leaves.Count / 2, $"Only {covered} of {leaves.Count} leaf fields have a value: the comparison says little.");
    }

    [Fact]
    public async Task The_page_and_its_relations_select_only_the_requested_columns()
    {
        using var client = hub.ClientFor(Hoorn);
        hub.Sql.Reset();
        await client.DataAsync("""
            { inburgeraars(first: 20, order: [{ geboortejaar: DESC }]) {
                nodes { herkomstland gemeente { naam } koppelingen { status } leerrouteDeelnames { leerroute bron { connector } } meldingen { telt } } } }
            """);
        var statements = hub.Sql.Statements;
        string Columns(string table) =>
            Assert.Single(statements, s => s.Sql.Contains($"FROM \"{table}\"", StringComparison.Ordinal)).Sql.Split("FROM")[0];

        // The gemeente comes from the configured catalog the store mirrors: no statement.
        Assert.DoesNotContain(statements, s => s.Sql.Contains("FROM \"gemeenten\"", StringComparison.Ordinal));

        // The page: the id (key), the sort key and the fields asked for (gemeente reads GemeenteCode).
        Assert.Equal(["Geboortejaar", "GemeenteCode", "Herkomstland", "Id"], ColumnNames(Columns("inburgeraars")));

        // Relations: their keys (id, person) and what the fields read (telt reads VervangenDoorSourceId, bron.connector SourceConnector).
        Assert.Equal(["Id", "InburgeraarId", "Status"], ColumnNames(Columns("koppelingen")));
        Assert.Equal(["Id", "InburgeraarId", "Leerroute", "SourceConnector"], ColumnNames(Columns("leerroute_deelnames")));
        Assert.Equal(["Id", "InburgeraarId", "VervangenDoorSourceId"], ColumnNames(Columns("duo_meldingen")));
    }

    [Fact]
    public void A_selected_field_that_does_not_say_what_it_reads_reads_whole_rows()
    {
        var type = new ObjectGraphType<Domain.Entities.Koppeling> { Name = "Probe" };
        type.Field("status", k => k.Status);
        type.Field<StringGraphType>("afgeleid").Resolve(c => c.Source.SourceId + c.Source.GezinId);
        type.Field<StringGraphType>("verklaard").Reads(nameof(Domain.Entities.Koppeling.SourceId)).Resolve(c => c.Source.SourceId);

        Assert.Equal(["SourceId", "Status"], Reads(type, "{ status verklaard }")!);
        Assert.Null(Reads(type, "{ status afgeleid }"));
        Assert.Equal(["Status"], Reads(type, "{ ... on Probe { status } __typename }")!);
    }

    [Fact]
    public void Every_declared_read_names_a_property_of_the_rows()
    {
        var schema = hub.Services.GetRequiredService<HubSchema>();
        schema.Initialize();
        var declared = 0;
        foreach (var type in schema.AllTypes.OfType<IObjectGraphType>())
        {
            var source = type.GetType().BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(ObjectGraphType<>) ? b.GetGenericArguments()[0] : null;
            foreach (var field in type.Fields.Where(f => f.GetMetadata<string[]?>(FieldReads.ReadsKey) is not null))
            {
                Assert.NotNull(source);
                foreach (var property in field.GetMetadata<string[]>(FieldReads.ReadsKey))
                {
                    Assert.True(source.GetProperty(property) is not null, $"{type.Name}.{field.Name} reads {property}, which {source.Name} does not have.");
                    declared++;
                }
            }
        }

        Assert.True(declared > 20, $"Only {declared} declared reads found.");
    }

    private static string[]? Reads(IComplexGraphType type, string selection)
    {
        var document = GraphQLParser.Parser.Parse("{ x " + selection + " }");
        var root = (GraphQLParser.AST.GraphQLOperationDefinition)document.Definitions[0];
        var into = new SortedSet<string>(StringComparer.Ordinal);
        return FieldReads.Collect(document, type, [(GraphQLParser.AST.GraphQLField)root.SelectionSet.Selections[0]], into) ? [.. into] : null;
    }

    private static string[] ColumnNames(string select) =>
        [.. System.Text.RegularExpressions.Regex.Matches(select, "\"[a-z]\"\\.\"(\\w+)\"").Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal)];

    private async Task<JsonNode> WithColumnSelection(bool on, Func<Task<JsonNode>> run)
    {
        var options = hub.Services.GetRequiredService<PagingOptions>();
        options.SelectColumns = on;
        try
        {
            return await run();
        }
        finally
        {
            options.SelectColumns = true;
        }
    }

    /// <summary>
    /// Leaf paths under <paramref name="type"/>: scalars and enums; objects and lists up to three levels below
    /// the person; a type already on the path only with its own leaves (no cycles).
    /// </summary>
    private static void Enumerate(IComplexGraphType type, string[] path, HashSet<string> onPath, int depth, List<string[]> into)
    {
        foreach (var field in type.Fields.Where(f => !f.Name.StartsWith("__", StringComparison.Ordinal)))
        {
            if (field.Arguments?.Any(a => a.ResolvedType is NonNullGraphType && a.DefaultValue is null) == true)
            {
                continue;
            }

            var named = field.ResolvedType!.GetNamedType();
            if (named is ScalarGraphType or EnumerationGraphType)
            {
                into.Add([.. path, field.Name]);
            }
            else if (named is IComplexGraphType child && depth < 3)
            {
                if (onPath.Contains(child.Name))
                {
                    into.AddRange(child.Fields.Where(f => f.ResolvedType!.GetNamedType() is ScalarGraphType or EnumerationGraphType).Select(f => (string[])[.. path, field.Name, f.Name]));
                }
                else
                {
                    Enumerate(child, [.. path, field.Name], [.. onPath, child.Name], depth + 1, into);
                }
            }
        }
    }

    private static string Selection(string[] path) =>
        path.Length == 1 ? path[0] : $"{path[0]} {{ {Selection(path[1..])} }}";

    /// <summary>One selection of every path (shared prefixes merged).</summary>
    private static string Merge(IEnumerable<string[]> paths) =>
        string.Join(" ", paths.GroupBy(p => p[0]).Select(g => g.Any(p => p.Length == 1) ? g.Key : $"{g.Key} {{ {Merge(g.Select(p => p[1..]))} }}"));

    /// <summary><paramref name="node"/> with only <paramref name="path"/> kept (through lists and objects).</summary>
    private static JsonNode? Prune(JsonNode? node, string[] path) => node switch
    {
        null => null,
        JsonArray list => new JsonArray([.. list.Select(item => Prune(item, path))]),
        JsonObject obj when path.Length > 0 => new JsonObject { [path[0]] = Prune(obj[path[0]], path[1..]) },
        _ => node.DeepClone(),
    };

    private static bool HasValue(JsonNode? node) => node switch
    {
        null => false,
        JsonArray list => list.Any(HasValue),
        JsonObject obj => obj.Any(p => HasValue(p.Value)),
        _ => true,
    };
}
