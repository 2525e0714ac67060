using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Inburgering.Hub.Server.Auth;
using Inburgering.Hub.Server.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using MiniExcelLibs;

namespace Inburgering.Hub.Server.Tests.Browser;

/// <summary>
/// The browser sign-in (Auth/BrowserSignIn): a development sign-in keeps in its session cookie the principal
/// of the token the <c>token</c> verb mints, so <c>/graphql</c> answers a session exactly as it answers that
/// bearer token; cookie-authenticated POSTs need the antiforgery header; API clients see no change.
/// </summary>
public sealed partial class BrowserSessionTests(BrowserSessionTests.Factory hub) : IClassFixture<BrowserSessionTests.Factory>
{
    private const string Query = "{ koppelingen { totalCount nodes { gemeenteCode } } taakstellingen { totalCount } }";

    /// <summary>Signs in on the development page with <paramref name="form"/>; returns a client holding the session cookie and the page's antiforgery token.</summary>
    private async Task<(HttpClient Client, string Csrf)> SignInAsync(params (string Name, string Value)[] form)
    {
        var client = hub.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var page = await client.GetStringAsync(new Uri("/aanmelden", UriKind.Relative));
        var token = CsrfField().Match(page).Groups[1].Value;
        using var body = new FormUrlEncodedContent([new("__csrf", WebUtility.HtmlDecode(token)), .. form.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);
        using var response = await client.PostAsync(new Uri("/aanmelden", UriKind.Relative), body);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/dashboard", response.Headers.Location?.OriginalString);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(BrowserSignIn.CookieName + "=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);

        var dashboard = await client.GetStringAsync(new Uri("/dashboard", UriKind.Relative));
        return (client, WebUtility.HtmlDecode(MetaCsrf().Match(dashboard).Groups[1].Value));
    }

    private static async Task<JsonNode> PostAsync(HttpClient client, string query, string? csrf)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json") };
        if (csrf is not null)
        {
            request.Headers.Add(BrowserSignIn.CsrfHeader, csrf);
        }

        using var response = await client.SendAsync(request);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    [Fact]
    public async Task A_session_sees_exactly_what_the_same_token_sees()
    {
        var (session, csrf) = await SignInAsync(("naam", "tester"), ("rol", "medewerker"), ("gemeente", "GM0405"));
        using var _ = session;
        using var bearer = hub.ClientWithToken(hub.Tokens.Issue("tester", ["GM0405"], ["medewerker"], [], TimeSpan.FromMinutes(5)));

        var viaSession = (await PostAsync(session, Query, csrf))["data"]!;
        var viaToken = await bearer.DataAsync(Query);

        using var csv = await session.GetAsync(new Uri("/export/voortgangsrapportage.csv?van=2024-01-01&tot=2024-12-31", UriKind.Relative));

        Assert.Equal(viaToken.ToJsonString(), viaSession.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode); // the dashboard's CSV link works with the session
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal(2, viaSession["koppelingen"]!["totalCount"]!.GetValue<int>()); // Hoorn's two of the three
        Assert.All(viaSession["koppelingen"]!["nodes"].Items(), n => Assert.Equal("GM0405", n["gemeenteCode"].Str()));
    }

    [Fact]
    public async Task A_role_the_session_lacks_is_refused_as_for_a_token()
    {
        var (session, csrf) = await SignInAsync(("rol", "medewerker"), ("gemeente", "GM0405"));
        using var _ = session;

        var body = await PostAsync(session, "{ connectors { name } }", csrf);

        Assert.Equal(["FORBIDDEN"], body.ErrorCodes());
    }

    [Fact]
    public async Task A_session_POST_without_the_antiforgery_header_is_refused()
    {
        var (session, _) = await SignInAsync(("rol", "analist"), ("gemeente", "GM0405"));
        using var client = session;

        var refused = await PostAsync(client, Query, csrf: null);
        var forged = await PostAsync(client, Query, csrf: "not-the-token");

        Assert.Equal(["CSRF"], refused.ErrorCodes());
        Assert.Equal(["CSRF"], forged.ErrorCodes());
        Assert.Null(refused["data"]);
    }

    [Fact]
    public async Task A_browser_without_a_session_is_sent_to_sign_in_and_an_API_client_still_gets_the_JSON_401()
    {
        using var client = hub.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var page = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        page.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        using var root = await client.GetAsync(new Uri("/", UriKind.Relative));
        using var explorer = await client.SendAsync(page);
        using var dashboard = await client.GetAsync(new Uri("/dashboard", UriKind.Relative));
        using var api = await client.PostQueryAsync("{ gemeenten { code } }");

        Assert.Equal("/aanmelden", root.Headers.Location?.OriginalString);
        Assert.Equal("/aanmelden?terug=%2Fgraphql", explorer.Headers.Location?.OriginalString);
        Assert.Equal("/aanmelden?terug=%2Fdashboard", dashboard.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal(["UNAUTHENTICATED"], JsonNode.Parse(await api.Content.ReadAsStringAsync())!.ErrorCodes());
    }

    [Fact]
    public async Task Pages_forbid_inline_script_and_framing()
    {
        var (session, _) = await SignInAsync(("rol", "analist"), ("gemeente", "GM0405"));
        using var client = session;

        using var response = await client.GetAsync(new Uri("/dashboard", UriKind.Relative));

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task The_XLSX_export_writes_the_page_s_tables_one_sheet_each_and_refuses_a_bad_document()
    {
        var (session, csrf) = await SignInAsync(("rol", "analist"), ("gemeente", "GM0405"));
        using var client = session;
        const string Workbook = """
            {"bestandsnaam":"dashboard_2022-01-01_2023-07-01","bladen":[
              {"naam":"2.2 Statushouders","kolommen":["Onderdeel","Hoorn","Regio"],"rijen":[["Gehuisvest",137,373],["Beëindigd",null,22]]},
              {"naam":"KPI's","kolommen":["KPI","Percentage"],"rijen":[["=HYPERLINK(\"x\")",95.1]]}]}
            """;

        using var ok = await SendAsync(client, Workbook, csrf);
        using var bad = await SendAsync(client, """{"bladen":[{"naam":"x","kolommen":["a"],"rijen":[[1,2]]}]}""", csrf);
        using var noCsrf = await SendAsync(client, Workbook, null);

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Contains("dashboard_2022-01-01_2023-07-01.xlsx", ok.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
        await using var stream = new MemoryStream(await ok.Content.ReadAsByteArrayAsync());
        Assert.Equal(["2.2 Statushouders", "KPI's"], MiniExcel.GetSheetNames(stream));
        stream.Position = 0;
        var rows = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "2.2 Statushouders").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(137d, Convert.ToDouble(rows[0]["Hoorn"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Null(rows[1]["Hoorn"]);
        stream.Position = 0;
        var kpi = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "KPI's").Cast<IDictionary<string, object?>>().Single();
        Assert.Equal("=HYPERLINK(\"x\")", kpi["KPI"]); // text, not a formula
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noCsrf.StatusCode);
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string json, string? csrf)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/export/dashboard.xlsx") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (csrf is not null)
        {
            request.Headers.Add(BrowserSignIn.CsrfHeader, csrf);
        }

        return client.SendAsync(request);
    }

    [GeneratedRegex("name=\"__csrf\" value=\"([^\"]+)\"")]
    private static partial Regex CsrfField();

    [GeneratedRegex("<meta name=\"hub-csrf\" content=\"([^\"]+)\"")]
    private static partial Regex MetaCsrf();

    /// <summary>A hub in the Development environment (the development sign-in is offered) with three COA koppelingen, two of Hoorn.</summary>
    public sealed class Factory : HubFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Development");
        }

        protected override Task SeedAsync()
        {
            var bsns = CoaFiles.Bsns(3);
            CoaFiles.WriteKoppelingen(Inbox, "20240105",
            [
                CoaFiles.Koppeling("K-1", bsns[0], CoaFiles.VNummer(1), "GM0405"),
                CoaFiles.Koppeling("K-2", bsns[1], CoaFiles.VNummer(2), "GM0405"),
                CoaFiles.Koppeling("K-3", bsns[2], CoaFiles.VNummer(3), "GM0388"),
            ]);
            return IngestAsync();
        }
    }
}

/// <summary>Outside Development there is no development sign-in: the page offers none and the POST is 404.</summary>
public sealed class BrowserSignInOutsideDevelopmentTests(HubFactory hub) : IClassFixture<HubFactory>
{
    [Fact]
    public async Task No_development_sign_in_outside_Development()
    {
        using var client = hub.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var page = await client.GetStringAsync(new Uri("/aanmelden", UriKind.Relative));
        using var body = new FormUrlEncodedContent([new("rol", "beheerder"), new("gemeente", "GM0405")]);
        using var post = await client.PostAsync(new Uri("/aanmelden", UriKind.Relative), body);

        Assert.DoesNotContain("Ontwikkelaanmelding", page, StringComparison.Ordinal);
        Assert.Contains("Hub:Auth:Authority", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
    }
}
