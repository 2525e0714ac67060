using System.Globalization;
using System.Linq.Expressions;
using System.Text.Json.Nodes;
using Inburgering.Hub.Domain;
using Inburgering.Hub.Domain.Entities;
using Inburgering.Hub.Server.Tests.Demo;
using Inburgering.Hub.Server.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Inburgering.Hub.Server.Tests.Querying;

/// <summary>
/// The BI query surface on the demo region: <c>where</c> (operations, and/or/not, relations),
/// <c>order</c> with keyset paging, translated to SQL and scoped to the caller. Expected results are
/// computed with EF directly on a context of the same caller.
/// </summary>
[Collection(DemoCollection.Name)]
[Trait("Category", "Integration")]
public sealed class FilterSortTests(DemoHubFactory hub, ITestOutputHelper output)
{
    private const string Hoorn = DemoHubFactory.Hoorn;
    private const string Enkhuizen = DemoHubFactory.Enkhuizen;

    private static readonly DateOnly Jan2023 = new(2023, 1, 1);
    private static readonly DateOnly Dec2023 = new(2023, 12, 31);

    [Fact]
    public async Task Hoorn_persons_with_a_Z_route_started_in_2023_match_a_direct_EF_count_in_one_semi_join_statement()
    {
        using var client = hub.ClientFor(Hoorn);
        const string Query = """
            { inburgeraars(first: 200, where: {
                gemeenteCode: {eq: "GM0405"}
                leerrouteDeelnames: {some: {leerroute: {eq: Z}, startdatum: {gte: "2023-01-01", lte: "2023-12-31"}}}
              }) { totalCount nodes { id leerrouteDeelnames { leerroute startdatum } } } }
            """;
        hub.Sql.Reset();
        var data = await client.DataAsync(Query);
        var statements = hub.Sql.Statements;

        await using var db = hub.ContextFor(Hoorn);
        var expected = await db.Inburgeraars
            .Where(i => i.GemeenteCode == Hoorn && db.LeerrouteDeelnames.Any(d =>
                d.InburgeraarId == i.Id && !d.IsDeleted && d.Leerroute == Leerroute.Z && d.Startdatum >= Jan2023 && d.Startdatum <= Dec2023))
            .Select(i => i.Id).OrderBy(i => i).ToListAsync();

        var nodes = data["inburgeraars"]!["nodes"].Items();
        output.WriteLine($"Hoorn, Z-route started in 2023: {expected.Count}");
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, data["inburgeraars"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(expected, nodes.Select(n => long.Parse(n["id"].Str(), CultureInfo.InvariantCulture)));
        Assert.All(nodes, n => Assert.Contains(n["leerrouteDeelnames"].Items(), d => d["leerroute"].Str() == "Z" && d["startdatum"].Str().StartsWith("2023", StringComparison.Ordinal)));

        // Translated: the page and its totalCount are one statement (the count a scalar sub-query beside the
        // rows) whose WHERE tests the relation as a semi-join on the filtered columns, and it reads only the
        // columns asked for: the id (no pseudonyms, no provenance).
        var page = Assert.Single(statements, s => s.Sql.Contains("FROM \"inburgeraars\"", StringComparison.Ordinal));
        Assert.Contains("COUNT(*)", page.Sql, StringComparison.Ordinal);
        Assert.Contains("LIMIT", page.Sql, StringComparison.Ordinal);
        var columns = page.Sql[..page.Sql.IndexOf("FROM", StringComparison.Ordinal)];
        Assert.Contains("\"i\".\"Id\"", columns, StringComparison.Ordinal);
        Assert.DoesNotContain("Pseudoniem", columns, StringComparison.Ordinal);
        Assert.DoesNotContain("Geboortejaar", columns, StringComparison.Ordinal);

        // A page shorter than the matches: still one statement, the same total.
        hub.Sql.Reset();
        var shortPage = await client.DataAsync(Query.Replace("first: 200", "first: 5", StringComparison.Ordinal));
        Assert.Equal(expected.Count, shortPage["inburgeraars"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(expected.Take(5), shortPage["inburgeraars"]!["nodes"].Items().Select(n => long.Parse(n["id"].Str(), CultureInfo.InvariantCulture)));
        var counted = Assert.Single(hub.Sql.Statements, s => s.Sql.Contains("FROM \"inburgeraars\"", StringComparison.Ordinal));
        foreach (var sql in new[] { page.Sql, counted.Sql })
        {
            output.WriteLine(sql);
            Assert.Contains("\"i\".\"Id\" IN (", sql, StringComparison.Ordinal);
            Assert.DoesNotContain("EXISTS", sql, StringComparison.Ordinal);
            Assert.Contains("\"leerroute_deelnames\"", sql, StringComparison.Ordinal);
            Assert.Contains("\"Leerroute\"", sql, StringComparison.Ordinal);
            Assert.Contains("\"Startdatum\"", sql, StringComparison.Ordinal);
            Assert.Contains("\"GemeenteCode\"", sql, StringComparison.Ordinal);
        }

        // Without totalCount no count is computed at all.
        hub.Sql.Reset();
        await client.DataAsync(Query.Replace("totalCount ", string.Empty, StringComparison.Ordinal));
        Assert.DoesNotContain(hub.Sql.Statements, s => s.Sql.Contains("COUNT(", StringComparison.Ordinal));

        // No client-side evaluation: the reader returned exactly the rows of the page (+1 at most), not the table.
        Assert.Equal(expected.Count + 1, page.Reads); // the rows, then the Read() that found no more
    }

    [Fact]
    public async Task A_small_page_reads_at_most_first_plus_one_rows()
    {
        using var client = hub.ClientFor(Hoorn);
        hub.Sql.Reset();
        var data = await client.DataAsync("""{ koppelingen(first: 3, where: {nareiziger: {eq: false}}, order: [{koppeldatum: DESC}]) { pageInfo { hasNextPage } nodes { id } } }""");
        Assert.Equal(3, data["koppelingen"]!["nodes"].Items().Count);
        Assert.True(data["koppelingen"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        var page = Assert.Single(hub.Sql.Statements, s => s.Sql.Contains("FROM \"koppelingen\"", StringComparison.Ordinal));
        Assert.Equal(5, page.Reads); // first + 1 rows (for hasNextPage), then the Read() that found no more
        Assert.Contains("\"Nareiziger\"", page.Sql, StringComparison.Ordinal);
        Assert.Contains("ORDER BY", page.Sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task String_operations()
    {
        await AssertKoppelingen("""{gezinId: {eq: "G-00001"}}""", k => k.GezinId == "G-00001");
        var some = await First<Koppeling>(k => k.GezinId != null);
        await AssertKoppelingen($$$"""{gezinId: {eq: "{{{some.GezinId}}}"}}""", k => k.GezinId == some.GezinId);
        await AssertKoppelingen($$$"""{gezinId: {neq: "{{{some.GezinId}}}"}}""", k => k.GezinId != null && k.GezinId != some.GezinId);
        await AssertKoppelingen($$$"""{gezinId: {in: ["{{{some.GezinId}}}", "none"]}}""", k => k.GezinId == some.GezinId);
        await AssertKoppelingen($$$"""{gezinId: {nin: ["{{{some.GezinId}}}"]}}""", k => k.GezinId != null && k.GezinId != some.GezinId);
        await AssertKoppelingen("""{taakstellingPeriode: {startsWith: "2023"}}""", k => k.TaakstellingPeriode.StartsWith("2023"));
        await AssertKoppelingen("""{taakstellingPeriode: {contains: "H2"}}""", k => k.TaakstellingPeriode.Contains("H2"));
        await AssertKoppelingen("""{taakstellingPeriode: {gt: "2023-H1"}}""", k => string.Compare(k.TaakstellingPeriode, "2023-H1") > 0);
        await AssertKoppelingen("""{taakstellingPeriode: {gte: "2023-H1", lte: "2023-H2"}}""", k => string.Compare(k.TaakstellingPeriode, "2023-H1") >= 0 && string.Compare(k.TaakstellingPeriode, "2023-H2") <= 0);
        await AssertKoppelingen("""{taakstellingPeriode: {lt: "2023-H1"}}""", k => string.Compare(k.TaakstellingPeriode, "2023-H1") < 0);
        await AssertKoppelingen("""{gezinId: {isNull: true}}""", k => k.GezinId == null);
        await AssertKoppelingen("""{gezinId: {isNull: false}}""", k => k.GezinId != null);
    }

    [Fact]
    public async Task Int_operations()
    {
        await AssertInburgeraars("""{geboortejaar: {eq: 1990}}""", i => i.Geboortejaar == 1990);
        await AssertInburgeraars("""{geboortejaar: {neq: 1990}}""", i => i.Geboortejaar != null && i.Geboortejaar != 1990);
        await AssertInburgeraars("""{geboortejaar: {gt: 1990}}""", i => i.Geboortejaar > 1990);
        await AssertInburgeraars("""{geboortejaar: {gte: 1990}}""", i => i.Geboortejaar >= 1990);
        await AssertInburgeraars("""{geboortejaar: {lt: 1990}}""", i => i.Geboortejaar < 1990);
        await AssertInburgeraars("""{geboortejaar: {lte: 1990}}""", i => i.Geboortejaar <= 1990);
        await AssertInburgeraars("""{geboortejaar: {in: [1985, 1990, 2001]}}""", i => i.Geboortejaar == 1985 || i.Geboortejaar == 1990 || i.Geboortejaar == 2001);
        await AssertInburgeraars("""{geboortejaar: {nin: [1985, 1990, 2001]}}""", i => i.Geboortejaar != null && i.Geboortejaar != 1985 && i.Geboortejaar != 1990 && i.Geboortejaar != 2001);
        await AssertInburgeraars("""{geboortejaar: {isNull: true}}""", i => i.Geboortejaar == null);
        await AssertInburgeraars("""{herkomstland: {eq: "SYR"}}""", i => i.Herkomstland == "SYR");
    }

    [Fact]
    public async Task Decimal_and_id_operations()
    {
        await using var db = hub.ContextFor(Hoorn);
        var expected = await db.Voortgangsmetingen.Where(m => !m.IsDeleted && m.UrenGevolgd >= 100m && m.UrenParticipatie == null)
            .Select(m => m.Id).OrderBy(i => i).ToListAsync();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, await Ids("voortgangsmetingen", """{urenGevolgd: {gte: 100}, urenParticipatie: {isNull: true}}"""));

        var participatie = await db.Voortgangsmetingen.Where(m => !m.IsDeleted && m.UrenParticipatie > 30.5m && m.UrenParticipatie < 200m)
            .Select(m => m.Id).OrderBy(i => i).ToListAsync();
        Assert.Equal(participatie, await Ids("voortgangsmetingen", """{urenParticipatie: {gt: 30.5, lt: 200}}"""));

        var three = expected.Take(3).ToList();
        Assert.Equal(three, await Ids("voortgangsmetingen", $"{{id: {{in: [{string.Join(", ", three.Select(i => $"\"{i}\""))}]}}}}"));
        Assert.Equal(expected.Where(i => i > three[0]), await Ids("voortgangsmetingen", $"{{id: {{gt: \"{three[0]}\"}}, urenGevolgd: {{gte: 100}}, urenParticipatie: {{isNull: true}}}}"));
        using var client = hub.ClientFor(Hoorn);
        using var response = await client.PostQueryAsync("""{ voortgangsmetingen(where: {id: {eq: "abc"}}) { nodes { id } } }""");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode); // refused in validation (ArgumentCapsRule), before any SQL
        Assert.Contains("INVALID_ID", System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!.ErrorCodes());
    }

    [Fact]
    public async Task Date_operations()
    {
        var d = new DateOnly(2023, 6, 1);
        await AssertKoppelingen("""{koppeldatum: {eq: "2023-06-01"}}""", k => k.Koppeldatum == d);
        await AssertKoppelingen("""{koppeldatum: {neq: "2023-06-01"}}""", k => k.Koppeldatum != d);
        await AssertKoppelingen("""{koppeldatum: {gt: "2023-06-01"}}""", k => k.Koppeldatum > d);
        await AssertKoppelingen("""{koppeldatum: {gte: "2023-06-01"}}""", k => k.Koppeldatum >= d);
        await AssertKoppelingen("""{koppeldatum: {lt: "2023-06-01"}}""", k => k.Koppeldatum < d);
        await AssertKoppelingen("""{koppeldatum: {lte: "2023-06-01"}}""", k => k.Koppeldatum <= d);
        await AssertKoppelingen("""{huisvestingsdatum: {gte: "2023-01-01", lte: "2023-12-31"}}""", k => k.Huisvestingsdatum >= Jan2023 && k.Huisvestingsdatum <= Dec2023);
        await AssertKoppelingen("""{huisvestingsdatum: {isNull: true}}""", k => k.Huisvestingsdatum == null);
        await AssertKoppelingen("""{huisvestingsdatum: {in: ["2023-06-01", "2023-03-15"]}}""", k => k.Huisvestingsdatum == d || k.Huisvestingsdatum == new DateOnly(2023, 3, 15));
    }

    [Fact]
    public async Task Enum_operations_use_the_contract_codes()
    {
        await AssertKoppelingen("""{gezinsrol: {eq: KIND}}""", k => k.Gezinsrol == Gezinsrol.Kind);
        await AssertKoppelingen("""{gezinsrol: {neq: KIND}}""", k => k.Gezinsrol != Gezinsrol.Kind);
        await AssertKoppelingen("""{gezinsrol: {in: [KIND, PARTNER]}}""", k => k.Gezinsrol == Gezinsrol.Kind || k.Gezinsrol == Gezinsrol.Partner);
        await AssertKoppelingen("""{gezinsrol: {nin: [KIND, PARTNER]}}""", k => k.Gezinsrol != Gezinsrol.Kind && k.Gezinsrol != Gezinsrol.Partner);
        await AssertDeelnames("""{leerroute: {eq: B1}}""", d => d.Leerroute == Leerroute.B1);
        await AssertDeelnames("""{leerroute: {in: [Z, ONDERWIJS]}}""", d => d.Leerroute == Leerroute.Z || d.Leerroute == Leerroute.Onderwijs);
        await AssertDeelnames("""{status: {neq: LOPEND}, einddatum: {isNull: false}}""", d => d.Status != DeelnameStatus.Lopend && d.Einddatum != null);
    }

    [Fact]
    public async Task Boolean_operations()
    {
        await AssertKoppelingen("""{nareiziger: {eq: true}}""", k => k.Nareiziger);
        await AssertKoppelingen("""{nareiziger: {neq: true}}""", k => !k.Nareiziger);
        await AssertKoppelingen("""{nareiziger: {isNull: true}}""", k => false);
        await AssertKoppelingen("""{ingetrokken: {eq: true}}""", k => k.IsDeleted, metIngetrokken: true);
        await AssertKoppelingen("""{ingetrokken: {eq: false}}""", k => !k.IsDeleted, metIngetrokken: true);
    }

    [Fact]
    public async Task And_or_not()
    {
        await AssertKoppelingen(
            """{and: [{gezinsrol: {eq: KIND}}, {koppeldatum: {gte: "2023-01-01"}}]}""",
            k => k.Gezinsrol == Gezinsrol.Kind && k.Koppeldatum >= Jan2023);
        await AssertKoppelingen(
            """{or: [{gezinsrol: {eq: KIND}}, {nareiziger: {eq: true}}]}""",
            k => k.Gezinsrol == Gezinsrol.Kind || k.Nareiziger);
        await AssertKoppelingen(
            """{not: {gezinsrol: {eq: KIND}}, or: [{koppeldatum: {lt: "2023-01-01"}}, {not: {huisvestingsdatum: {isNull: false}}}]}""",
            k => k.Gezinsrol != Gezinsrol.Kind && (k.Koppeldatum < Jan2023 || k.Huisvestingsdatum == null));
        await AssertKoppelingen("""{or: []}""", k => false);
        await AssertKoppelingen("""{and: []}""", k => true);
    }

    [Fact]
    public async Task Relation_some_none_all_and_nested_objects()
    {
        await AssertInburgeraars(
            """{koppelingen: {some: {gezinsrol: {eq: KIND}}}}""",
            db => i => db.Koppelingen.Any(k => k.InburgeraarId == i.Id && !k.IsDeleted && k.Gezinsrol == Gezinsrol.Kind));
        await AssertInburgeraars(
            """{koppelingen: {none: {}}}""",
            db => i => !db.Koppelingen.Any(k => k.InburgeraarId == i.Id && !k.IsDeleted));
        await AssertInburgeraars(
            """{intakes: {some: {leerroute: {eq: Z}}}, pvts: {none: {}}}""",
            db => i => db.BredeIntakes.Any(b => b.InburgeraarId == i.Id && !b.IsDeleted && b.Leerroute == Leerroute.Z)
                && !db.Pvts.Any(p => p.InburgeraarId == i.Id && !p.IsDeleted));
        await AssertInburgeraars(
            """{leerrouteDeelnames: {all: {leerroute: {eq: B1}}, some: {}}}""",
            db => i => db.LeerrouteDeelnames.Any(d => d.InburgeraarId == i.Id && !d.IsDeleted)
                && db.LeerrouteDeelnames.All(d => d.InburgeraarId != i.Id || d.IsDeleted || d.Leerroute == Leerroute.B1));
        await AssertInburgeraars(
            """{uitkeringen: {some: {einddatum: {isNull: true}}}, ontzorgtrajecten: {some: {verlengdTot: {isNull: false}}}, participatie: {some: {}}}""",
            db => i => db.Uitkeringen.Any(u => u.InburgeraarId == i.Id && !u.IsDeleted && u.Einddatum == null)
                && db.Ontzorgtrajecten.Any(o => o.InburgeraarId == i.Id && !o.IsDeleted && o.VerlengdTot != null)
                && db.Participatieactiviteiten.Any(p => p.InburgeraarId == i.Id && !p.IsDeleted));
        await AssertInburgeraars(
            """{koppelingen: {some: {ingetrokken: {eq: true}}, metIngetrokken: true}}""",
            db => i => db.Koppelingen.Any(k => k.InburgeraarId == i.Id && k.IsDeleted));

        // Nested object filter: deelnames of persons born before 1980; metingen of Z-route deelnames.
        await AssertDeelnames(
            """{inburgeraar: {geboortejaar: {lt: 1980}}}""",
            db => d => db.Inburgeraars.Any(i => i.Id == d.InburgeraarId && i.Geboortejaar < 1980));
        await using var ctx = hub.ContextFor(Hoorn);
        var expected = await ctx.Voortgangsmetingen.Where(m => !m.IsDeleted && ctx.LeerrouteDeelnames.Any(d => d.Id == m.LeerrouteDeelnameId && d.Leerroute == Leerroute.Z))
            .Select(m => m.Id).OrderBy(m => m).ToListAsync();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, await Ids("voortgangsmetingen", """{leerrouteDeelname: {leerroute: {eq: Z}}}"""));
    }

    [Fact]
    public async Task Filters_naming_another_gemeente_find_nothing_for_a_Hoorn_caller()
    {
        using var client = hub.ClientFor(Hoorn);
        foreach (var (connection, where) in new[]
        {
            ("inburgeraars", """{gemeenteCode: {eq: "GM0388"}}"""),
            ("inburgeraars", """{koppelingen: {some: {gemeenteCode: {eq: "GM0388"}}, metIngetrokken: true}}"""),
            ("koppelingen", """{gemeenteCode: {in: ["GM0388", "GM0498"]}}"""),
            ("leerrouteDeelnames", """{or: [{gemeenteCode: {eq: "GM0388"}}, {inburgeraar: {gemeenteCode: {eq: "GM0388"}}}]}"""),
            ("taakstellingen", """{gemeenteCode: {neq: "GM0405"}}"""),
        })
        {
            var data = await client.DataAsync($$"""{ {{connection}}(where: {{where}}) { totalCount nodes { id } } }""");
            Assert.Equal(0, data[connection]!["totalCount"]!.GetValue<int>());
            Assert.Empty(data[connection]!["nodes"].Items());
        }

        // The same filter does find rows for an Enkhuizen caller.
        using var enkhuizen = hub.ClientFor(Enkhuizen);
        var theirs = await enkhuizen.DataAsync("""{ inburgeraars(where: {gemeenteCode: {eq: "GM0388"}}) { totalCount } }""");
        Assert.True(theirs["inburgeraars"]!["totalCount"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task Multi_field_order_pages_through_everything_in_order_without_gaps_or_duplicates()
    {
        const string Query = """
            query($after: String) { leerrouteDeelnames(first: 7, after: $after, order: [{leerroute: DESC}, {startdatum: ASC}, {aanbieder: DESC}]) {
              totalCount pageInfo { hasNextPage endCursor } nodes { id leerroute startdatum aanbieder } } }
            """;
        var rows = await PageAll(Query, "leerrouteDeelnames");
        await using var db = hub.ContextFor(Hoorn);
        var all = await db.LeerrouteDeelnames.Where(d => !d.IsDeleted).ToListAsync();
        var expected = all
            .OrderByDescending(d => d.Leerroute.ToString(), StringComparer.Ordinal)
            .ThenBy(d => d.Startdatum)
            .ThenByDescending(d => d.Aanbieder, StringComparer.Ordinal)
            .ThenBy(d => d.Id)
            .Select(d => d.Id.ToString(CultureInfo.InvariantCulture)).ToList();
        Assert.True(expected.Count > 20, $"only {expected.Count} deelnames");
        Assert.Equal(expected, rows.Select(r => r["id"].Str()));
        Assert.True(all.GroupBy(d => (d.Leerroute, d.Startdatum, d.Aanbieder)).Any(g => g.Count() > 1), "the data has no ties to break");
    }

    [Fact]
    public async Task Order_on_nullable_fields_pages_with_nulls_first_ascending_and_last_descending()
    {
        await using var db = hub.ContextFor(Hoorn);
        var all = await db.Koppelingen.Where(k => !k.IsDeleted).ToListAsync();
        Assert.Contains(all, k => k.Huisvestingsdatum is null);

        var desc = await PageAll(
            """query($after: String) { koppelingen(first: 4, after: $after, order: [{huisvestingsdatum: DESC}, {gezinId: ASC}]) { pageInfo { hasNextPage endCursor } nodes { id } } }""",
            "koppelingen");
        var expectedDesc = all
            .OrderBy(k => k.Huisvestingsdatum is null).ThenByDescending(k => k.Huisvestingsdatum)
            .ThenBy(k => k.GezinId is not null).ThenBy(k => k.GezinId, StringComparer.Ordinal)
            .ThenBy(k => k.Id).Select(k => k.Id.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(expectedDesc, desc.Select(r => r["id"].Str()));

        var asc = await PageAll(
            """query($after: String) { koppelingen(first: 5, after: $after, order: [{huisvestingsdatum: ASC}, {nareiziger: DESC}, {gezinsrol: ASC}]) { pageInfo { hasNextPage endCursor } nodes { id } } }""",
            "koppelingen");
        var expectedAsc = all
            .OrderBy(k => k.Huisvestingsdatum is not null).ThenBy(k => k.Huisvestingsdatum)
            .ThenByDescending(k => k.Nareiziger)
            .ThenBy(k => k.Gezinsrol.ToString(), StringComparer.Ordinal)
            .ThenBy(k => k.Id).Select(k => k.Id.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(expectedAsc, asc.Select(r => r["id"].Str()));
    }

    [Fact]
    public async Task Filtered_and_ordered_operational_connections_keep_newest_first()
    {
        using var client = hub.ClientAs("medewerker,beheerder", Hoorn);
        var runs = await client.DataAsync("""{ syncRuns(first: 500, where: {inserted: {gt: 0}}) { nodes { id inserted } } }""");
        var ids = runs["syncRuns"]!["nodes"].Items().Select(n => long.Parse(n["id"].Str(), CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(ids);
        Assert.Equal(ids.OrderDescending(), ids);
        Assert.All(runs["syncRuns"]!["nodes"].Items(), n => Assert.True(n["inserted"]!.GetValue<int>() > 0));

        var ordered = await client.DataAsync("""{ syncRuns(first: 500, order: [{connector: ASC}]) { nodes { id connector } } }""");
        var nodes = ordered["syncRuns"]!["nodes"].Items();
        Assert.Equal(nodes.Select(n => n["connector"].Str()).Order(StringComparer.Ordinal), nodes.Select(n => n["connector"].Str()));
    }

    [Fact]
    public async Task Timestamps_filter_on_null_only()
    {
        using var client = hub.ClientAs("medewerker,beheerder", Hoorn);
        var all = (await client.DataAsync("""{ syncRuns(first: 500) { nodes { id endedAt } } }"""))["syncRuns"]!["nodes"].Items();
        var ended = await client.DataAsync("""{ syncRuns(first: 500, where: {endedAt: {isNull: false}}) { totalCount } }""");
        var running = await client.DataAsync("""{ syncRuns(first: 500, where: {endedAt: {isNull: true}}) { totalCount } }""");
        Assert.Equal(all.Count(n => n["endedAt"] is not null), ended["syncRuns"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(all.Count(n => n["endedAt"] is null), running["syncRuns"]!["totalCount"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("aWQ6")]
    [InlineData("not a cursor")]
    [InlineData("eyJvIjoiZ2V6aW5zcm9sIEFTQyIsImsiOlsiS0lORCJdLCJpZCI6MX0=")] // {"o":"gezinsrol ASC","k":["KIND"],"id":1}
    public async Task Invalid_or_foreign_cursors_are_INVALID_CURSOR(string cursor)
    {
        using var client = hub.ClientFor(Hoorn);
        var body = await client.QueryAsync(
            """query($after: String) { koppelingen(after: $after, order: [{koppeldatum: ASC}]) { nodes { id } } }""", new { after = cursor });
        Assert.Contains("INVALID_CURSOR", body.ErrorCodes());
    }

    [Fact]
    public async Task A_cursor_of_another_order_is_INVALID_CURSOR()
    {
        using var client = hub.ClientFor(Hoorn);
        var byDate = await client.DataAsync("""{ koppelingen(first: 2, order: [{koppeldatum: ASC}]) { pageInfo { endCursor } } }""");
        var byId = await client.DataAsync("""{ koppelingen(first: 2) { pageInfo { endCursor } } }""");
        var dateCursor = byDate["koppelingen"]!["pageInfo"]!["endCursor"].Str();
        var idCursor = byId["koppelingen"]!["pageInfo"]!["endCursor"].Str();

        foreach (var (order, cursor) in new[] { ("[{koppeldatum: DESC}]", dateCursor), ("[{huisvestingsdatum: ASC}]", dateCursor), ("[{koppeldatum: ASC}]", idCursor), ("[]", dateCursor), ("[{id: DESC}]", idCursor) })
        {
            var body = await client.QueryAsync($$"""query($after: String) { koppelingen(first: 2, after: $after, order: {{order}}) { nodes { id } } }""", new { after = cursor });
            Assert.Contains("INVALID_CURSOR", body.ErrorCodes());
        }

        Assert.Empty((await client.QueryAsync("""query($after: String) { koppelingen(first: 2, after: $after, order: [{koppeldatum: ASC}]) { nodes { id } } }""", new { after = dateCursor })).ErrorCodes());
    }

    [Fact]
    public async Task Filters_nest_to_a_limit()
    {
        using var client = hub.ClientFor(Hoorn);
        static string Nested(int levels) => levels == 0 ? "{geboortejaar: {gt: 1900}}" : "{not: " + Nested(levels - 1) + "}";
        var ok = await client.QueryAsync($"{{ inburgeraars(where: {Nested(10)}) {{ totalCount }} }}");
        Assert.Empty(ok.ErrorCodes());
        var deep = await client.QueryAsync($"{{ inburgeraars(where: {Nested(12)}) {{ totalCount }} }}");
        Assert.Contains("INVALID_FILTER", deep.ErrorCodes());
    }

    [Fact]
    public async Task An_order_item_names_exactly_one_field()
    {
        using var client = hub.ClientFor(Hoorn);
        var body = await client.QueryAsync("""{ koppelingen(order: [{koppeldatum: ASC, gezinId: DESC}]) { nodes { id } } }""");
        Assert.Contains("INVALID_ORDER", body.ErrorCodes());
    }

    [Fact]
    public async Task Statement_count_is_constant_in_page_size_with_filters_and_order()
    {
        const string Query = """
            query($first: Int!) {
              inburgeraars(first: $first, where: {leerrouteDeelnames: {some: {leerroute: {in: [B1, Z, ONDERWIJS]}}}, or: [{koppelingen: {some: {}}}, {geboortejaar: {gt: 1900}}]},
                           order: [{geboortejaar: DESC}, {herkomstland: ASC}]) {
                totalCount
                nodes { id gemeente { naam } koppelingen { koppeldatum } leerrouteDeelnames { leerroute voortgangsmetingen { peildatum } } }
              }
            }
            """;
        using var client = hub.ClientFor(Hoorn);
        await client.DataAsync(Query, new { first = 1 });
        var counts = new Dictionary<int, int>();
        foreach (var first in new[] { 5, 20, 60 })
        {
            hub.Sql.Reset();
            var data = await client.DataAsync(Query, new { first });
            counts[first] = hub.Sql.Statements.Count;
            Assert.Equal(first, data["inburgeraars"]!["nodes"].Items().Count);
        }

        var summary = string.Join(", ", counts.Select(c => $"first {c.Key}: {c.Value}"));
        output.WriteLine("SQL statements per request: " + summary);
        Assert.True(counts.Values.Distinct().Count() == 1, "Statement count depends on the page size: " + summary);
    }

    private async Task<Koppeling> First<TEntity>(Expression<Func<Koppeling, bool>> predicate)
    {
        await using var db = hub.ContextFor(Hoorn);
        return await db.Koppelingen.Where(k => !k.IsDeleted).Where(predicate).OrderBy(k => k.Id).FirstAsync();
    }

    [Fact]
    public async Task Eq_contains_and_startsWith_are_case_sensitive()
    {
        await AssertKoppelingen("""{gezinId: {startsWith: "G-"}}""", k => k.GezinId != null && k.GezinId.Substring(0, 2) == "G-");
        Assert.NotEmpty(await Ids("koppelingen", """{gezinId: {startsWith: "G-"}}"""));
        Assert.Empty(await Ids("koppelingen", """{gezinId: {startsWith: "g-"}}"""));
        Assert.Empty(await Ids("koppelingen", """{gezinId: {contains: "g-"}}"""));
        Assert.NotEmpty(await Ids("koppelingen", """{gezinId: {contains: "G-"}}"""));
        var one = await Ids("koppelingen", """{taakstellingPeriode: {eq: "2023-H1"}}""");
        Assert.Empty(await Ids("koppelingen", """{taakstellingPeriode: {eq: "2023-h1"}}"""));
        Assert.Equal(one, await Ids("koppelingen", """{taakstellingPeriode: {startsWith: "2023-H1"}}"""));
    }

    private async Task AssertKoppelingen(string where, Expression<Func<Koppeling, bool>> expected, bool metIngetrokken = false)
    {
        await using var db = hub.ContextFor(Hoorn);
        var ids = await db.Koppelingen.Where(k => metIngetrokken || !k.IsDeleted).Where(expected).Select(k => k.Id).OrderBy(i => i).ToListAsync();
        Assert.Equal(ids, await Ids("koppelingen", where, metIngetrokken ? "metIngetrokken: true" : null));
    }

    private Task AssertInburgeraars(string where, Expression<Func<Inburgeraar, bool>> expected) => AssertInburgeraars(where, _ => expected);

    private async Task AssertInburgeraars(string where, Func<Data.HubDbContext, Expression<Func<Inburgeraar, bool>>> expected)
    {
        await using var db = hub.ContextFor(Hoorn);
        var ids = await db.Inburgeraars.Where(expected(db)).Select(i => i.Id).OrderBy(i => i).ToListAsync();
        Assert.Equal(ids, await Ids("inburgeraars", where));
    }

    private Task AssertDeelnames(string where, Expression<Func<LeerrouteDeelname, bool>> expected) => AssertDeelnames(where, _ => expected);

    private async Task AssertDeelnames(string where, Func<Data.HubDbContext, Expression<Func<LeerrouteDeelname, bool>>> expected)
    {
        await using var db = hub.ContextFor(Hoorn);
        var ids = await db.LeerrouteDeelnames.Where(d => !d.IsDeleted).Where(expected(db)).Select(d => d.Id).OrderBy(i => i).ToListAsync();
        Assert.Equal(ids, await Ids("leerrouteDeelnames", where));
    }

    /// <summary>All ids the connection returns for <paramref name="where"/> (paged by 200, the medewerker page cap), checking totalCount.</summary>
    private async Task<List<long>> Ids(string connection, string where, string? extra = null)
    {
        using var client = hub.ClientFor(Hoorn);
        var ids = new List<long>();
        string? after = null;
        int? total = null;
        do
        {
            var data = await client.DataAsync(
                $$"""query($after: String) { {{connection}}(first: 200, after: $after, where: {{where}}{{(extra is null ? "" : ", " + extra)}}) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }""",
                new { after });
            var page = data[connection]!;
            total ??= page["totalCount"]!.GetValue<int>();
            ids.AddRange(page["nodes"].Items().Select(n => long.Parse(n["id"].Str(), CultureInfo.InvariantCulture)));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"].Str() : null;
        }
        while (after is not null);

        Assert.Equal(total, ids.Count);
        output.WriteLine($"{connection} {where}: {ids.Count}");
        return ids;
    }

    private async Task<List<JsonNode>> PageAll(string query, string connection)
    {
        using var client = hub.ClientFor(Hoorn);
        var rows = new List<JsonNode>();
        string? after = null;
        var pages = 0;
        do
        {
            var page = (await client.DataAsync(query, new { after }))[connection]!;
            rows.AddRange(page["nodes"].Items());
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"].Str() : null;
            pages++;
        }
        while (after is not null && pages < 1000);

        Assert.Equal(rows.Count, rows.Select(r => r["id"].Str()).Distinct().Count());
        Assert.True(pages > 2, $"only {pages} pages");
        return rows;
    }
}
