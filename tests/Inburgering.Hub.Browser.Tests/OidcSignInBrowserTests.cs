using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Inburgering.Hub.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Inburgering.Hub.Browser.Tests;

/// <summary>
/// Production sign-in in a real browser (issues 16 and 17): <c>/</c> → "Aanmelden via OpenID Connect" → the
/// provider's login (and consent) form → back on the hub with a session whose claims went through the Entra
/// claim mapping. What the session may see, and what the audit records, is what a bearer token of the same
/// account gets; an account without a hub role is refused; signing out ends the session at the hub and the provider.
/// </summary>
[Collection(OidcBrowserCollection.Name)]
public sealed class OidcSignInBrowserTests(OidcBrowserHub hub)
{
    private const string Koppelingen = "query NAAM { koppelingen(first: 100) { totalCount nodes { gemeenteCode bron { bronId } } } }";

    /// <summary>Signs in as <paramref name="account"/> through the provider's forms and waits until the browser is back on the hub.</summary>
    private static async Task<IPage> SignInAsync(IBrowserContext context, string account)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        Assert.EndsWith("/aanmelden", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Link, new() { Name = "Aanmelden via OpenID Connect" }).ClickAsync();
        for (var step = 0; step < 6 && !page.Url.StartsWith(BrowserHub.BaseUrl, StringComparison.Ordinal); step++)
        {
            // The provider's development interactions: a login form, then (first time) a consent form.
            var login = page.Locator("input[name='login']");
            if (await login.CountAsync() > 0)
            {
                await login.FillAsync(account);
                await page.Locator("input[name='password']").FillAsync("willekeurig");
            }

            var url = page.Url;
            var submit = page.Locator("button[type='submit']").First;
            if (await submit.CountAsync() == 0)
            {
                Assert.Fail($"No form at {url}: {await page.Locator("body").InnerTextAsync()}");
            }

            await submit.ClickAsync();
            await page.WaitForURLAsync(u => u != url);
        }

        await page.WaitForURLAsync(BrowserHub.BaseUrl + "/**");
        return page;
    }

    /// <summary>A GraphQL request from the page's script with its session (the antiforgery header as the pages send it): status and body.</summary>
    private static async Task<(int Status, JsonNode? Body)> FetchGraphQLAsync(IPage page, string query)
    {
        var result = await page.EvaluateAsync<JsonElement>(
            """
            async (query) => {
              const csrf = document.querySelector('meta[name="hub-csrf"]')?.getAttribute('content') ?? '';
              const r = await fetch('/graphql', { method: 'POST', credentials: 'same-origin', redirect: 'manual',
                headers: { 'Content-Type': 'application/json', 'X-Hub-Csrf': csrf }, body: JSON.stringify({ query }) });
              return { status: r.status, text: await r.text() };
            }
            """,
            query);
        var text = result.GetProperty("text").GetString() ?? "";
        return (result.GetProperty("status").GetInt32(), text.Length == 0 ? null : JsonNode.Parse(text));
    }

    private static List<string> Rows(JsonNode body) =>
        [.. body["data"]!["koppelingen"]!["nodes"]!.AsArray().Select(n => $"{n!["gemeenteCode"]}/{n["bron"]!["bronId"]}").Order(StringComparer.Ordinal)];

    [OidcBrowserFact]
    public async Task A_medewerker_of_Hoorn_signs_in_at_the_provider_and_sees_Hoorn_only_exactly_as_with_a_bearer_token_and_is_audited_by_subject()
    {
        await using var context = await hub.NewContextAsync();
        var page = await SignInAsync(context, "medewerker-hoorn");
        await page.WaitForURLAsync("**/dashboard");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserHub.OutputFolder, "oidc-dashboard-medewerker.png") });

        // The header names the mapped role and gemeente, not the provider's app role or group ids.
        var who = await page.Locator(".gebruiker span").InnerTextAsync();
        Assert.Equal("medewerker-hoorn · medewerker · GM0405", who);

        var (status, session) = await FetchGraphQLAsync(page, Koppelingen.Replace("NAAM", "SessieKoppelingen", StringComparison.Ordinal));
        Assert.Equal(200, status);
        Assert.True(session!["errors"] is null, session.ToJsonString());
        var sessionRows = Rows(session);
        Assert.NotEmpty(sessionRows);
        Assert.All(sessionRows, r => Assert.StartsWith("GM0405/", r, StringComparison.Ordinal));

        // The same account as a bearer token from the same provider: the same rows.
        var token = await hub.BearerTokenAsync("medewerker-hoorn");
        using var client = new HttpClient { BaseAddress = new Uri(BrowserHub.BaseUrl) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var content = new StringContent(JsonSerializer.Serialize(new { query = Koppelingen.Replace("NAAM", "BearerKoppelingen", StringComparison.Ordinal) }), Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("/graphql", UriKind.Relative), content);
        var bearer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(bearer["errors"] is null, bearer.ToJsonString());
        Assert.Equal(sessionRows, Rows(bearer));

        // Both audited alike: subject, mapped roles, gemeenten touched.
        var factory = hub.Services.GetRequiredService<HubDbContextFactory>();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        List<Domain.Operational.AuditEntry> entries;
        do
        {
            await Task.Delay(200);
            await using var db = factory.CreateSystem();
            entries = await db.AuditEntries.AsNoTracking()
                .Where(a => a.OperationName == "SessieKoppelingen" || a.OperationName == "BearerKoppelingen").ToListAsync();
        }
        while (entries.Count < 2 && DateTime.UtcNow < deadline);

        var bySession = Assert.Single(entries, a => a.OperationName == "SessieKoppelingen");
        var byBearer = Assert.Single(entries, a => a.OperationName == "BearerKoppelingen");
        Assert.Equal("medewerker-hoorn", bySession.Subject);
        Assert.Equal("medewerker", bySession.Roles);
        Assert.Equal("GM0405", bySession.GemeentenTouched);
        Assert.Equal("ok", bySession.Outcome);
        Assert.Equal((byBearer.Subject, byBearer.Roles, byBearer.GemeentenTouched, byBearer.RowsReturned), (bySession.Subject, bySession.Roles, bySession.GemeentenTouched, bySession.RowsReturned));
    }

    [OidcBrowserFact]
    public async Task An_account_without_a_hub_role_signs_in_but_gets_the_no_role_page_and_no_data()
    {
        await using var context = await hub.NewContextAsync();
        var page = await SignInAsync(context, "zonder-rol");
        await page.WaitForURLAsync("**/dashboard");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserHub.OutputFolder, "oidc-zonder-rol.png") });

        var reload = await page.ReloadAsync();
        Assert.Equal(403, reload!.Status);
        Assert.Contains("geen rol in deze hub", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#tabellen").CountAsync());

        var (status, body) = await FetchGraphQLAsync(page, "{ gemeenten { code } }");
        Assert.Equal(403, status);
        Assert.True(body?["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>() == "FORBIDDEN", body?.ToJsonString() ?? "(no body)");
        Assert.Contains("gives no role in this hub", body!["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(body["data"]?["gemeenten"]);
    }

    [OidcBrowserFact]
    public async Task Signing_out_ends_the_session_a_following_graphql_request_of_the_page_is_401()
    {
        await using var context = await hub.NewContextAsync();
        var page = await SignInAsync(context, "analist-regio");
        await page.WaitForURLAsync("**/dashboard");
        Assert.Equal(200, (await FetchGraphQLAsync(page, "{ gemeenten { code } }")).Status);

        await page.GetByRole(AriaRole.Button, new() { Name = "Afmelden" }).ClickAsync();
        for (var step = 0; step < 4 && !page.Url.StartsWith(BrowserHub.BaseUrl + "/aanmelden", StringComparison.Ordinal); step++)
        {
            // The provider's end-session page asks to confirm.
            await page.WaitForLoadStateAsync();
            if (!page.Url.StartsWith(BrowserHub.BaseUrl, StringComparison.Ordinal))
            {
                var url = page.Url;
                var yes = page.Locator("button[name='logout'][value='yes']");
                await (await yes.CountAsync() > 0 ? yes : page.Locator("button[type='submit']").First).ClickAsync();
                await page.WaitForURLAsync(u => u != url);
            }
        }

        await page.WaitForURLAsync("**/aanmelden**");
        Assert.DoesNotContain(await context.CookiesAsync(), c => c.Name == "hub.sessie");
        var (status, _) = await FetchGraphQLAsync(page, "{ gemeenten { code } }");
        Assert.Equal(401, status);

        // The provider's session ended too: signing in again asks for the login.
        await page.GetByRole(AriaRole.Link, new() { Name = "Aanmelden via OpenID Connect" }).ClickAsync();
        await page.WaitForURLAsync(u => !u.StartsWith(BrowserHub.BaseUrl, StringComparison.Ordinal));
        await page.Locator("input[name='login']").WaitForAsync();
    }
}
