using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Inburgering.Hub.Server.Auth;
using Inburgering.Hub.Server.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Inburgering.Hub.Server.Tests.Browser;

/// <summary>
/// The session is held on the server (<see cref="SessionTicketStore"/>): signing out revokes it, so a copied
/// cookie is refused afterwards; a session ends at its absolute lifetime; the sign-in's inputs are bounded
/// (return path, name).
/// </summary>
[Trait("Category", "Integration")]
public sealed partial class SessionRevocationTests(BrowserSessionTests.Factory hub) : IClassFixture<BrowserSessionTests.Factory>
{
    private const string Query = "{ koppelingen { totalCount } }";

    [Fact]
    public async Task A_cookie_copied_before_sign_out_is_refused_after_it()
    {
        using var client = hub.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var cookies = new Dictionary<string, string>(StringComparer.Ordinal);

        var signInPage = await SendAsync(client, cookies, HttpMethod.Get, "/aanmelden");
        var formToken = WebUtility.HtmlDecode(CsrfField().Match(await signInPage.Content.ReadAsStringAsync()).Groups[1].Value);
        var signedIn = await SendAsync(client, cookies, HttpMethod.Post, "/aanmelden", Form(("__csrf", formToken), ("naam", "kopie"), ("gemeente", "GM0405"), ("rol", "medewerker")));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.True(cookies.ContainsKey(BrowserSignIn.CookieName));

        var dashboard = await (await SendAsync(client, cookies, HttpMethod.Get, "/dashboard")).Content.ReadAsStringAsync();
        var csrf = WebUtility.HtmlDecode(MetaCsrf().Match(dashboard).Groups[1].Value);
        var before = await GraphQLAsync(client, cookies, csrf);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(2, JsonDocument.Parse(await before.Content.ReadAsStringAsync()).RootElement.GetProperty("data").GetProperty("koppelingen").GetProperty("totalCount").GetInt32());

        var copied = new Dictionary<string, string>(cookies, StringComparer.Ordinal);
        var signedOut = await SendAsync(client, cookies, HttpMethod.Post, BrowserSignIn.SignOutPath, Form(("__csrf", csrf)));
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

        // The copied cookie names a session the server no longer holds: no data by POST (refused before it runs:
        // its antiforgery token belonged to the revoked session) nor by GET (401, as without a session).
        var after = await GraphQLAsync(client, copied, csrf);
        Assert.NotEqual(HttpStatusCode.OK, after.StatusCode);
        Assert.False(JsonDocument.Parse(await after.Content.ReadAsStringAsync()).RootElement.TryGetProperty("data", out _));
        var get = await SendAsync(client, copied, HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(Query));
        Assert.Equal(HttpStatusCode.Unauthorized, get.StatusCode);
        var page = await SendAsync(client, copied, HttpMethod.Get, "/dashboard");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith(BrowserSignIn.SignInPath, page.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_development_name_longer_than_64_characters_is_refused_with_a_message()
    {
        using var client = hub.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var page = await client.GetStringAsync(new Uri("/aanmelden", UriKind.Relative));
        var token = WebUtility.HtmlDecode(CsrfField().Match(page).Groups[1].Value);
        using var body = Form(("__csrf", token), ("naam", new string('x', 20_000)), ("gemeente", "GM0405"), ("rol", "medewerker"));
        using var response = await client.PostAsync(new Uri("/aanmelden", UriKind.Relative), body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("ten hoogste 64 tekens", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var set) ? set : [], c => c.StartsWith(BrowserSignIn.CookieName, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/beheer/runs?connector=coa", "/beheer/runs?connector=coa")]
    [InlineData("/\t/evil.example/phish", "/dashboard")]
    [InlineData("/\n/evil.example", "/dashboard")]
    [InlineData("/ /evil.example", "/dashboard")]
    [InlineData("//evil.example", "/dashboard")]
    [InlineData("/\\evil.example", "/dashboard")]
    [InlineData("https://evil.example/", "/dashboard")]
    [InlineData("javascript:alert(1)", "/dashboard")]
    [InlineData("", "/dashboard")]
    [InlineData(null, "/dashboard")]
    public void The_return_path_after_sign_in_is_a_local_path_or_the_dashboard(string? terug, string expected) =>
        Assert.Equal(expected, FrontDoor.ReturnPath(terug));

    [Fact]
    public void A_session_ends_at_its_absolute_lifetime_however_active()
    {
        var signedIn = new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);
        var properties = new AuthenticationProperties();
        properties.Items[SessionTicketStore.SignedInItem] = signedIn.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        var max = TimeSpan.FromHours(12);
        Assert.False(SessionTicketStore.Expired(properties, signedIn.AddHours(11).AddMinutes(59), max));
        Assert.True(SessionTicketStore.Expired(properties, signedIn.AddHours(12), max));
        Assert.True(SessionTicketStore.Expired(new AuthenticationProperties(), signedIn, max));
    }

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    private static Task<HttpResponseMessage> GraphQLAsync(HttpClient client, Dictionary<string, string> cookies, string csrf) =>
        SendAsync(client, cookies, HttpMethod.Post, "/graphql", new StringContent(JsonSerializer.Serialize(new { query = Query }), Encoding.UTF8, "application/json"), csrf);

    /// <summary>Sends with the cookies in <paramref name="cookies"/> and keeps what the response sets (a cookie set empty is dropped).</summary>
    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, Dictionary<string, string> cookies, HttpMethod method, string path, HttpContent? content = null, string? csrf = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}")));
        }

        if (csrf is not null)
        {
            request.Headers.Add(BrowserSignIn.CsrfHeader, csrf);
        }

        var response = await client.SendAsync(request);
        if (response.Headers.TryGetValues("Set-Cookie", out var set))
        {
            foreach (var line in set)
            {
                var pair = line.Split(';', 2)[0];
                var eq = pair.IndexOf('=', StringComparison.Ordinal);
                var (name, value) = (pair[..eq], pair[(eq + 1)..]);
                if (value.Length == 0 || line.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
                {
                    cookies.Remove(name);
                }
                else
                {
                    cookies[name] = value;
                }
            }
        }

        return response;
    }

    [GeneratedRegex("name=\"__csrf\" value=\"([^\"]+)\"")]
    private static partial Regex CsrfField();

    [GeneratedRegex("<meta name=\"hub-csrf\" content=\"([^\"]+)\"")]
    private static partial Regex MetaCsrf();
}
