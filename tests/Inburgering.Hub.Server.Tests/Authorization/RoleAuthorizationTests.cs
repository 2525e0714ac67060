using System.Net;
using System.Security.Claims;
using System.Text.Json.Nodes;
using Inburgering.Hub.Reporting.Audit;
using Inburgering.Hub.Server.Auth;
using Inburgering.Hub.Server.Tests.Operations;
using Inburgering.Hub.Server.Tests.Support;
using Inburgering.Hub.Sync.Configuration;

namespace Inburgering.Hub.Server.Tests.Authorization;

/// <summary>
/// Roles select what a caller may ask (validation rule, FORBIDDEN before any resolver runs); gemeente
/// claims select which rows it sees, and only for roles that work with rows. Every operation and
/// export is audited, forbidden ones too.
/// </summary>
[Trait("Category", "Integration")]
public sealed class RoleAuthorizationTests(OperationsHubFactory hub) : IClassFixture<OperationsHubFactory>
{
    private const string Hoorn = "GM0405";

    [Theory]
    [InlineData("{ connectors { name } }")]
    [InlineData("{ syncRuns { totalCount } }")]
    [InlineData("{ syncRun(id: 1) { id } }")]
    [InlineData("{ quarantine { totalCount } }")]
    [InlineData("{ auditLog { totalCount } }")]
    [InlineData("mutation { startSync(connector: \"coa\") { id } }")]
    [InlineData("mutation { replayQuarantine(ids: [1]) { id } }")]
    [InlineData("mutation { discardQuarantine(ids: [1]) { id } }")]
    [InlineData("query { ...Ops } fragment Ops on Query { syncRuns { totalCount } }")]
    [InlineData("query { ... on Query { connectors { name } } }")]
    [InlineData("{ gemeenten { code } inburgeraars { totalCount } connectors { name } }")]
    public async Task A_medewerker_cannot_select_beheerder_or_auditor_fields(string query)
    {
        using var client = hub.ClientFor(Hoorn);
        using var response = await client.PostQueryAsync(query);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(body["data"]);
        Assert.Contains("FORBIDDEN", body.ErrorCodes());
    }

    [Theory]
    [InlineData("{ inburgeraars { totalCount } }")]
    [InlineData("{ inburgeraar(id: 1) { id } }")]
    [InlineData("{ koppelingen { totalCount } }")]
    [InlineData("{ meldingen { totalCount } }")]
    [InlineData("{ plichten { totalCount } }")]
    [InlineData("{ leerrouteDeelnames { totalCount } }")]
    [InlineData("{ voortgangsmetingen { totalCount } }")]
    public async Task A_beheerder_or_auditor_cannot_select_person_level_fields_even_with_gemeente_claims(string query)
    {
        foreach (var role in new[] { "beheerder", "auditor", "analist" })
        {
            using var client = hub.ClientAs(role, Hoorn);
            var body = await ErrorBodyAsync(client, query);
            Assert.Contains("FORBIDDEN", body.ErrorCodes());
        }
    }

    [Fact]
    public async Task A_beheerder_without_gemeente_claims_sees_no_gemeente_bound_rows()
    {
        using var withClaims = hub.ClientAs("beheerder", Hoorn);
        using var without = hub.ClientAs("beheerder");
        const string Query = "{ quarantine(status: OPEN) { totalCount } syncRuns { totalCount } }";

        var mine = await withClaims.DataAsync(Query);
        var none = await without.DataAsync(Query);

        Assert.True(mine["quarantine"]!["totalCount"]!.GetValue<int>() > 0);
        Assert.Equal(0, none["quarantine"]!["totalCount"]!.GetValue<int>());
        Assert.True(none["syncRuns"]!["totalCount"]!.GetValue<int>() > 0); // not gemeente-bound
        var body = await ErrorBodyAsync(without, "{ inburgeraars { totalCount } }");
        Assert.Contains("FORBIDDEN", body.ErrorCodes());
    }

    [Theory]
    [InlineData("medewerker", true)]
    [InlineData("analist", true)]
    [InlineData("beheerder", true)]
    [InlineData("auditor", false)]
    [InlineData("", false)]
    [InlineData("someone-else", false)]
    public void Gemeente_claims_become_row_scope_only_for_roles_that_work_with_rows(string role, bool rows)
    {
        var claims = new List<Claim> { new(HubClaims.Subject, "x"), new(HubClaims.Gemeente, Hoorn) };
        if (role.Length > 0)
        {
            claims.Add(new Claim(HubClaims.Role, role));
        }

        var user = new ClaimsPrincipal(new ClaimsIdentity(claims, "test", HubClaims.Subject, HubClaims.Role));
        var scope = ClaimsCallerScope.From(user, new GemeenteCatalog([new GemeenteOptions { Code = Hoorn, Naam = "Hoorn", Regio = "Westfriesland" }]));

        Assert.False(scope.IsUnrestricted);
        Assert.Equal(rows ? [Hoorn] : [], scope.Gemeenten);
    }

    [Fact]
    public void A_gemeente_claim_outside_the_configured_gemeenten_gives_no_rows_and_is_logged()
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity(
            [new(HubClaims.Subject, "x"), new(HubClaims.Role, "medewerker"), new(HubClaims.Gemeente, Hoorn), new(HubClaims.Gemeente, "GM0439")],
            "test",
            HubClaims.Subject,
            HubClaims.Role));
        var logger = new ListLogger();
        var scope = ClaimsCallerScope.From(user, new GemeenteCatalog([new GemeenteOptions { Code = Hoorn, Naam = "Hoorn", Regio = "Westfriesland" }]), logger);

        Assert.Equal([Hoorn], scope.Gemeenten);
        Assert.Contains(logger.Messages, m => m.Contains("GM0439", StringComparison.Ordinal));
    }

    private sealed class ListLogger : Microsoft.Extensions.Logging.ILogger
    {
        public List<string> Messages { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel logLevel) => true;

        public void Log<TState>(Microsoft.Extensions.Logging.LogLevel logLevel, Microsoft.Extensions.Logging.EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Messages.Add(formatter(state, exception));
    }

    [Fact]
    public async Task A_medewerker_reads_own_rows_and_the_report()
    {
        using var client = hub.ClientFor(Hoorn);
        var data = await client.DataAsync("{ gemeenten { code } koppelingen { totalCount } }");
        Assert.True(data["koppelingen"]!["totalCount"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task Introspection_works_for_authenticated_callers_and_is_401_anonymously()
    {
        const string Introspection = "{ __schema { queryType { name } } }";
        using var client = hub.ClientFor(Hoorn);
        var data = await client.DataAsync(Introspection);
        Assert.Equal("Query", data["__schema"]!["queryType"]!["name"].Str());

        using var anonymous = hub.CreateClient();
        using var response = await anonymous.PostQueryAsync(Introspection);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_auditor_reads_the_audit_log_with_the_previous_calls_newest_first()
    {
        var subject = "audit-" + Guid.NewGuid().ToString("N");
        using var medewerker = hub.ClientWithToken(hub.Tokens.Issue(subject, [Hoorn], ["medewerker"], [], TimeSpan.FromMinutes(5)));
        const string Query = "query Mine { koppelingen { nodes { id } } }";
        var rows = (await medewerker.DataAsync(Query))["koppelingen"]!["nodes"].Items().Count;
        await medewerker.PostQueryAsync("query Forbidden { connectors { name } }");

        var entries = await EntriesOfAsync(subject, 2);

        var forbidden = entries[0];
        Assert.Equal("Forbidden", forbidden["operationName"].Str());
        Assert.Equal(AuditTrail.Forbidden, forbidden["outcome"].Str());
        var ok = entries[1];
        Assert.Equal("Mine", ok["operationName"].Str());
        Assert.Equal(AuditTrail.Ok, ok["outcome"].Str());
        Assert.Equal("medewerker", ok["roles"].Str());
        Assert.Equal(Hoorn, ok["gemeentenTouched"].Str());
        Assert.Equal(AuditTrail.Hash(Query), ok["documentHash"].Str());
        Assert.Equal(rows, ok["rowsReturned"]!.GetValue<int>());
        Assert.True(ok["durationMs"]!.GetValue<double>() >= 0);
    }

    [Fact]
    public async Task A_mutation_sent_over_GET_is_refused_and_audited_with_the_operation_named_in_the_document()
    {
        var subject = "get-mutation-" + Guid.NewGuid().ToString("N");
        using var beheerder = hub.ClientWithToken(hub.Tokens.Issue(subject, [Hoorn], ["beheerder"], [], TimeSpan.FromMinutes(5)));
        const string Mutation = "mutation Verwerp { discardQuarantine(ids: [\"1\"]) { id } }";

        using var response = await beheerder.GetAsync(new Uri("/graphql?query=" + Uri.EscapeDataString(Mutation), UriKind.Relative));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        var entry = (await EntriesOfAsync(subject, 1))[0];
        Assert.Equal("Verwerp", entry["operationName"].Str());
        Assert.Equal(AuditTrail.Error, entry["outcome"].Str());
        Assert.Equal(AuditTrail.Hash(Mutation), entry["documentHash"].Str());
    }

    [Fact]
    public async Task The_csv_export_is_audited_and_needs_a_reporting_role()
    {
        var subject = "export-" + Guid.NewGuid().ToString("N");
        using var medewerker = hub.ClientWithToken(hub.Tokens.Issue(subject, [Hoorn], ["medewerker"], [], TimeSpan.FromMinutes(5)));
        using var ok = await medewerker.GetAsync("/export/voortgangsrapportage.csv?van=2024-01-01&tot=2024-12-31");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);

        var beheerderSubject = "export-" + Guid.NewGuid().ToString("N");
        using var beheerder = hub.ClientWithToken(hub.Tokens.Issue(beheerderSubject, [Hoorn], ["beheerder"], [], TimeSpan.FromMinutes(5)));
        using var forbidden = await beheerder.GetAsync("/export/voortgangsrapportage.csv?van=2024-01-01&tot=2024-12-31");
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);

        var entry = (await EntriesOfAsync(subject, 1))[0];
        Assert.Equal("export voortgangsrapportage.csv", entry["operationName"].Str());
        Assert.Equal(AuditTrail.Ok, entry["outcome"].Str());
        Assert.True(entry["rowsReturned"]!.GetValue<int>() > 0);
        Assert.Equal(AuditTrail.Forbidden, (await EntriesOfAsync(beheerderSubject, 1))[0]["outcome"].Str());
    }

    [Fact]
    public async Task A_rows_lineage_names_its_run_but_not_the_runs_counts_over_all_gemeenten()
    {
        using var medewerker = hub.ClientFor(Hoorn);
        var lineage = await medewerker.DataAsync("{ koppelingen(first: 1) { nodes { bron { run { id connector status } } } } }");
        Assert.Equal("coa", lineage["koppelingen"]!["nodes"].Items()[0]["bron"]!["run"]!["connector"].Str());

        using var counts = await medewerker.PostQueryAsync("{ koppelingen(first: 1) { nodes { bron { run { inserted quarantined } } } } }");
        Assert.Equal(HttpStatusCode.BadRequest, counts.StatusCode);
        var body = await counts.Content.ReadAsStringAsync();
        Assert.Contains("Cannot query field 'inserted' on type 'BronRun'", JsonNode.Parse(body)!["errors"]!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), StringComparison.Ordinal);
        Assert.DoesNotContain("\"data\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_auditor_sees_the_entries_of_the_gemeenten_its_claims_cover()
    {
        const string Enkhuizen = "GM0388";
        var subject = "audit-scope-" + Guid.NewGuid().ToString("N");
        using var medewerker = hub.ClientWithToken(hub.Tokens.Issue(subject, [Enkhuizen], ["medewerker"], [], TimeSpan.FromMinutes(5)));
        await medewerker.DataAsync("query Enkhuizen { koppelingen { totalCount } }");
        Assert.Equal(Enkhuizen, (await EntriesOfAsync(subject, 1))[0]["gemeentenTouched"].Str()); // the region auditor sees it

        using var ofHoorn = hub.ClientAs("auditor", Hoorn);
        using var ofEnkhuizen = hub.ClientAs("auditor", Enkhuizen);
        const string Log = "{ auditLog(first: 500) { nodes { subject gemeentenTouched } } }";
        var hoornSees = (await ofHoorn.DataAsync(Log))["auditLog"]!["nodes"].Items();
        Assert.DoesNotContain(hoornSees, n => n["subject"].Str() == subject);
        Assert.All(hoornSees, n => Assert.Contains(Hoorn, n["gemeentenTouched"].Str().Split(','), StringComparer.Ordinal));
        Assert.Contains((await ofEnkhuizen.DataAsync(Log))["auditLog"]!["nodes"].Items(), n => n["subject"].Str() == subject);

        using var nobody = hub.ClientAs("auditor");
        Assert.Empty((await nobody.DataAsync(Log))["auditLog"]!["nodes"].Items());
    }

    private async Task<List<JsonNode>> EntriesOfAsync(string subject, int expected)
    {
        using var auditor = hub.ClientForRegio("auditor", ["Westfriesland"]); // every gemeente of the hub
        List<JsonNode> mine = [];
        for (var attempt = 0; attempt < 100 && mine.Count < expected; attempt++)
        {
            if (attempt > 0)
            {
                await Task.Delay(50);
            }

            var data = await auditor.DataAsync(
                "{ auditLog(first: 200) { nodes { id subject roles operationName documentHash gemeentenTouched rowsReturned durationMs outcome } } }");
            mine = [.. data["auditLog"]!["nodes"].Items().Where(n => n["subject"].Str() == subject)];
        }

        Assert.Equal(expected, mine.Count);
        return mine;
    }

    private static async Task<JsonNode> ErrorBodyAsync(HttpClient client, string query)
    {
        using var response = await client.PostQueryAsync(query);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }
}
