using System.Net;
using System.Net.Http.Headers;
using System.Reflection;
using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Server.Tests.Support;
using Inburgering.Hub.Server.Web;

namespace Inburgering.Hub.Server.Tests.Browser;

/// <summary>
/// The pages' edges: a Dutch 404 page for a browser (a bare 404 for API clients, and the GraphQL endpoint
/// untouched), the favicon, and the Dutch wording of every quarantine reason code.
/// </summary>
public sealed class PageExtrasTests(HubFactory hub) : IClassFixture<HubFactory>
{
    [Fact]
    public async Task A_browser_gets_a_Dutch_404_page_that_leads_back()
    {
        using var client = hub.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/bestaat/niet?x=<script>");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        using var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"nl\">", html, StringComparison.Ordinal);
        Assert.Contains("Pagina niet gevonden", html, StringComparison.Ordinal);
        Assert.Contains("<code>/bestaat/niet</code>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/dashboard\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.True(response.Headers.Contains("Content-Security-Policy"));
    }

    [Fact]
    public async Task An_API_client_still_gets_a_bare_404_and_graphql_is_untouched()
    {
        using var client = hub.CreateClient();
        using var json = new HttpRequestMessage(HttpMethod.Get, "/bestaat/niet");
        json.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var weighted = new HttpRequestMessage(HttpMethod.Get, "/bestaat/niet");
        weighted.Headers.TryAddWithoutValidation("Accept", "text/html;q=0.1, application/json");
        using var post = new HttpRequestMessage(HttpMethod.Post, "/bestaat/niet");
        post.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        using var notFound = await client.SendAsync(json);
        using var posted = await client.SendAsync(post);
        using var prefersJson = await client.SendAsync(weighted);
        using var graphql = await client.PostAsync(new Uri("/graphql", UriKind.Relative), new StringContent("{\"query\":\"{ __typename }\"}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
        Assert.Empty(await notFound.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, prefersJson.StatusCode);
        Assert.Empty(await prefersJson.Content.ReadAsByteArrayAsync()); // html weighs less than json: an API client
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        Assert.Empty(await posted.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, graphql.StatusCode); // the endpoint itself answers, not the fallback
    }

    [Fact]
    public async Task The_favicon_is_served_and_linked()
    {
        using var client = hub.CreateClient();
        using var icon = await client.GetAsync(new Uri("/favicon.ico", UriKind.Relative));
        var signIn = await client.GetStringAsync(new Uri("/aanmelden", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        // A real ICO (16, 32 and 48 px, PNG inside) for the clients that ask /favicon.ico; pages link the SVG.
        Assert.Equal("image/x-icon", icon.Content.Headers.ContentType?.MediaType);
        var bytes = await icon.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0, 0, 1, 0, 3, 0 }, bytes[..6]);
        using var svg = await client.GetAsync(new Uri("/static/favicon.svg", UriKind.Relative));
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<link rel=\"icon\" href=\"/static/favicon.svg\"", signIn, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_reason_code_has_a_Dutch_description()
    {
        var codes = typeof(ReasonCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .Append(Redenen.RecordTooLarge)
            .ToList();

        Assert.Equal(13, codes.Count);
        Assert.All(codes, c => Assert.Contains(Redenen.Alle, r => r.Code == c));
        Assert.Equal(codes.Count, Redenen.Alle.Select(r => r.Code).Distinct().Count());
        Assert.Equal("Ongeldig BSN (geen 9 cijfers of voldoet niet aan de elfproef)", Redenen.Omschrijving(ReasonCodes.InvalidBsn));
        Assert.Equal("Andere reden (zie de melding)", Redenen.Omschrijving("EIGEN_CODE_VAN_EEN_PLUGIN"));
    }
}
