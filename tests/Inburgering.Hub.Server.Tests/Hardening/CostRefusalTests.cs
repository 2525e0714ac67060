using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Inburgering.Hub.Server.Tests.Support;

namespace Inburgering.Hub.Server.Tests.Hardening;

/// <summary>
/// Issue 13, cost: every abusive document of the probe is refused with <c>400</c> and a code, within a
/// small bound of process CPU time, before the expensive validation rules or any SQL run.
/// </summary>
[Trait("Category", "Integration")]
public sealed class CostRefusalTests(HubFactory hub, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<HubFactory>
{
    private static string Repeat(string part, int times, string separator = " ") =>
        string.Join(separator, Enumerable.Repeat(part, times));

    private async Task<JsonNode> RefusedAsync(HttpClient client, string query, object? variables, string code, HttpStatusCode status = HttpStatusCode.BadRequest)
    {
        var (response, cpu) = await CpuClock.MeasureAsync(() => client.PostQueryAsync(query, variables));
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(status == response.StatusCode, $"{(int)response.StatusCode}: {text[..Math.Min(400, text.Length)]}");
            var body = JsonNode.Parse(text)!;
            Assert.Equal([code], body.ErrorCodes());
            output.WriteLine($"{(int)response.StatusCode} {code}: {cpu.TotalMilliseconds:0} ms process CPU, {query.Length} characters");
            Assert.True(cpu < CpuClock.RefusalBound, $"The refusal took {cpu.TotalMilliseconds:0} ms of CPU.");
            return body;
        }
    }

    [Theory]
    [InlineData(100_000)]
    [InlineData(30_000)]
    public async Task A_document_repeating_a_field_is_refused_on_its_size(int times)
    {
        using var client = hub.ClientFor("GM0405");

        await RefusedAsync(client, "{ gemeenten { " + Repeat("code", times) + " } }", null, "DOCUMENT_TOO_LARGE");
    }

    [Fact]
    public async Task Many_fields_within_the_byte_limit_are_refused_on_the_field_count()
    {
        using var client = hub.ClientFor("GM0405");

        var body = await RefusedAsync(client, "{ gemeenten { " + Repeat("code", 3_000) + " } }", null, "DOCUMENT_TOO_LARGE");

        Assert.Contains("MaxFields", body["errors"]![0]!["message"].Str(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_thousand_chained_fragments_are_refused()
    {
        using var client = hub.ClientFor("GM0405");
        var query = new StringBuilder("{ gemeenten { ...F0 } }");
        for (var i = 0; i < 2_000; i++)
        {
            query.Append(System.Globalization.CultureInfo.InvariantCulture, $" fragment F{i} on Gemeente {{ code ...F{i + 1} }}");
        }

        query.Append(" fragment F2000 on Gemeente { naam }");

        var body = await RefusedAsync(client, query.ToString(), null, "DOCUMENT_TOO_LARGE");

        Assert.Contains("Hub:GraphQL:Limits:Document:", body["errors"]![0]!["message"].Str(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chain_of_sixty_fragments_is_refused_on_the_fragment_count()
    {
        using var client = hub.ClientFor("GM0405");
        var query = new StringBuilder("{ gemeenten { ...F0 } }");
        for (var i = 0; i < 60; i++)
        {
            query.Append(System.Globalization.CultureInfo.InvariantCulture, $" fragment F{i} on Gemeente {{ code ...F{i + 1} }}");
        }

        query.Append(" fragment F60 on Gemeente { naam }");

        var body = await RefusedAsync(client, query.ToString(), null, "DOCUMENT_TOO_LARGE");

        Assert.Contains("MaxFragments", body["errors"]![0]!["message"].Str(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Few_fragments_that_double_at_every_step_are_counted_expanded()
    {
        using var client = hub.ClientFor("GM0405");
        var query = new StringBuilder("{ gemeenten { ...F0 } }");
        for (var i = 0; i < 30; i++)
        {
            query.Append(System.Globalization.CultureInfo.InvariantCulture, $" fragment F{i} on Gemeente {{ ...F{i + 1} ...F{i + 1} }}");
        }

        query.Append(" fragment F30 on Gemeente { code }");

        var body = await RefusedAsync(client, query.ToString(), null, "DOCUMENT_TOO_LARGE");

        Assert.Contains("MaxFields", body["errors"]![0]!["message"].Str(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_thousand_aliases_of_the_report_are_refused_for_an_analist()
    {
        using var client = hub.ClientAs("analist", "GM0405");
        var aliases = Enumerable.Range(0, 2_000).Select(i => $"r{i}: voortgangsrapportage(van: \"2023-01-01\", tot: \"2023-12-31\") {{ van }}");

        var body = await RefusedAsync(client, "{ " + string.Join(" ", aliases) + " }", null, "DOCUMENT_TOO_LARGE");

        Assert.Contains("Hub:GraphQL:Limits:Document:", body["errors"]![0]!["message"].Str(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task More_aliases_than_the_limit_are_refused_on_the_alias_count()
    {
        using var client = hub.ClientAs("analist", "GM0405");
        var aliases = Enumerable.Range(0, 150).Select(i => $"g{i}: gemeenten {{ code }}");

        var body = await RefusedAsync(client, "{ " + string.Join(" ", aliases) + " }", null, "DOCUMENT_TOO_LARGE");

        Assert.Contains("MaxAliases", body["errors"]![0]!["message"].Str(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_report_carries_its_cost_so_an_analist_may_not_ask_twenty_at_once()
    {
        using var client = hub.ClientAs("analist", "GM0405");
        var aliases = Enumerable.Range(0, 20).Select(i => $"r{i}: voortgangsrapportage(van: \"2023-01-01\", tot: \"2023-12-31\") {{ van }}");

        var body = await RefusedAsync(client, "{ " + string.Join(" ", aliases) + " }", null, "COMPLEXITY");

        Assert.Contains("complex", body["errors"]![0]!["message"].Str(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Statistics_carry_their_cost_too()
    {
        using var client = hub.ClientFor("GM0405");
        var aliases = Enumerable.Range(0, 30).Select(i => $"s{i}: koppelingenStatistieken {{ aantal }}");

        await RefusedAsync(client, "{ " + string.Join(" ", aliases) + " }", null, "COMPLEXITY");
    }

    [Fact]
    public async Task One_report_still_runs_for_an_analist_and_a_medewerker()
    {
        foreach (var role in new[] { "analist", "medewerker" })
        {
            using var client = hub.ClientAs(role, "GM0405");

            var data = await client.DataAsync("{ voortgangsrapportage(van: \"2023-01-01\", tot: \"2023-12-31\") { van tot } }");

            Assert.Equal("2023-01-01", data["voortgangsrapportage"]!["van"].Str());
        }
    }

    [Fact]
    public async Task A_where_literal_nested_two_hundred_levels_is_400_not_500()
    {
        using var client = hub.ClientFor("GM0405");
        var where = Repeat("{ not: ", 200, "") + "{ geboortejaar: { eq: 1990 } }" + Repeat(" }", 200, "");

        await RefusedAsync(client, "{ inburgeraars(where: " + where + ") { totalCount } }", null, "DOCUMENT_TOO_LARGE");
    }

    [Fact]
    public async Task A_where_variable_nested_two_hundred_levels_is_400()
    {
        using var client = hub.ClientFor("GM0405");
        JsonNode where = new JsonObject { ["geboortejaar"] = new JsonObject { ["eq"] = 1990 } };
        for (var i = 0; i < 40; i++)
        {
            where = new JsonObject { ["not"] = where };
        }

        await RefusedAsync(client, "query($w: InburgeraarFilter) { inburgeraars(where: $w) { totalCount } }", new { w = where }, "ARGUMENT_TOO_LARGE");
    }

    [Fact]
    public async Task An_or_of_five_thousand_terms_is_400_before_any_sql()
    {
        using var client = hub.ClientFor("GM0405");
        var terms = new JsonArray([.. Enumerable.Range(0, 5_000).Select(i => (JsonNode)new JsonObject { ["geboortejaar"] = new JsonObject { ["eq"] = 1900 + (i % 100) } })]);

        await RefusedAsync(client, "query($w: InburgeraarFilter) { inburgeraars(where: $w) { totalCount } }", new { w = new JsonObject { ["or"] = terms } }, "ARGUMENT_TOO_LARGE");
        await RefusedAsync(client, "{ inburgeraars(where: { or: [" + Repeat("{ geboortejaar: { eq: 1990 } }", 5_000, ", ") + "] }) { totalCount } }", null, "DOCUMENT_TOO_LARGE");
    }

    [Fact]
    public async Task An_in_of_a_hundred_thousand_ids_is_400_before_any_sql()
    {
        using var client = hub.ClientFor("GM0405");
        var ids = Enumerable.Range(1, 100_000).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        var body = await RefusedAsync(client, "query($ids: [ID!]) { inburgeraars(where: { id: { in: $ids } }) { totalCount } }", new { ids }, "ARGUMENT_TOO_LARGE");

        Assert.Contains("Hub:GraphQL:Limits:Document:Max", body["errors"]![0]!["message"].Str(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_id_that_is_not_a_number_is_400_invalid_id()
    {
        using var beheerder = hub.ClientAs("beheerder", "GM0405");
        await RefusedAsync(beheerder, "mutation { replayQuarantine(ids: [\"abc\"]) { id } }", null, "INVALID_ID");
        await RefusedAsync(beheerder, "mutation($ids: [ID!]!) { discardQuarantine(ids: $ids) { id } }", new { ids = new[] { "1", "x1" } }, "INVALID_ID");

        using var medewerker = hub.ClientFor("GM0405");
        var body = await RefusedAsync(medewerker, "{ gemeenten { code }\n  inburgeraar(id: \"abc\") { id } }", null, "INVALID_ID");
        Assert.Equal(2, body["errors"]![0]!["locations"]![0]!["line"]!.GetValue<int>()); // the error points at the field
        await RefusedAsync(medewerker, "{ inburgeraars(where: { id: { eq: \"-1\" } }) { totalCount } }", null, "INVALID_ID");
    }

    [Fact]
    public async Task A_body_over_the_request_limit_is_413()
    {
        using var client = hub.ClientFor("GM0405");
        var padding = new string('x', 1_100_000);

        await RefusedAsync(client, "{ gemeenten { code } }", new { padding }, "DOCUMENT_TOO_LARGE", HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Within_the_limits_a_filtered_query_with_a_list_of_ids_runs()
    {
        using var client = hub.ClientFor("GM0405");
        var ids = Enumerable.Range(1, 500).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        var data = await client.DataAsync("query($ids: [ID!]) { inburgeraars(where: { id: { in: $ids } }) { totalCount } }", new { ids });

        Assert.Equal(0, data["inburgeraars"]!["totalCount"]!.GetValue<int>());
    }
}
