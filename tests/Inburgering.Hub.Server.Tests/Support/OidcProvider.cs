using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Inburgering.Hub.Server.Tests.Support;

/// <summary>
/// A real OpenID Connect provider for a test: its own instance of <c>tests/oidc-provider/server.mjs</c>
/// (the certified <c>oidc-provider</c> npm package) as a child process on a free loopback port, so a
/// test can rotate its keys or stop it without disturbing others. Needs <c>node</c> on the PATH and
/// <c>npm ci</c> run in <c>tests/oidc-provider</c> (<see cref="OidcFactAttribute"/> skips otherwise).
/// Tokens come from its real endpoints: client credentials, and the authorization code flow with PKCE
/// through its development login form.
/// </summary>
public sealed partial class OidcProvider : IAsyncDisposable
{
    /// <summary>The audience of the hub's API in the provider's resource indicators.</summary>
    public const string HubAudience = "api://inburgering-hub";

    private readonly Process? _process;
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false });

    private OidcProvider(Process? process, string issuer)
    {
        _process = process;
        Issuer = issuer;
    }

    public string Issuer { get; }

    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "oidc-provider");

    /// <summary>
    /// Starts an instance on <paramref name="port"/> (0: a free one) of <paramref name="host"/> and waits until
    /// it listens. <c>localhost</c> makes it another site than a hub on 127.0.0.1, as a real provider is.
    /// </summary>
    public static async Task<OidcProvider> StartAsync(int port = 0, string host = "127.0.0.1")
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "server.mjs", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--host", host })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        try
        {
            // Generous: node loads the package and generates RSA and EC keys, slow on a busy machine.
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
            var line = await process.StandardOutput.ReadLineAsync(timeout.Token)
                ?? throw new InvalidOperationException("the OIDC provider exited before it listened");
            var issuer = JsonNode.Parse(line)!["issuer"]!.GetValue<string>();
            return new OidcProvider(process, issuer);
        }
        catch
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            process.Dispose();
            throw;
        }
    }

    /// <summary>
    /// A handle on a provider someone else started (e.g. <c>HUB_TEST_OIDC_ISSUER</c> of <c>.ci/run</c>): its
    /// endpoints for tokens and keys; <see cref="StopAsync"/> and disposing leave that provider running.
    /// </summary>
    public static OidcProvider Attach(string issuer) => new(null, issuer.TrimEnd('/'));

    /// <summary>Stops the provider (the hub then cannot reach it); nothing for an <see cref="Attach"/>ed one.</summary>
    public async Task StopAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    /// <summary>New RS256 and ES256 keys; <paramref name="keepOld"/> false drops the old ones from the JWKS. Returns the kids now published.</summary>
    public async Task<IReadOnlyList<string>> RotateKeysAsync(bool keepOld)
    {
        using var response = await _http.PostAsync(new Uri($"{Issuer}/__test/rotate?keep={(keepOld ? "true" : "false")}"), null);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonNode>();
        return [.. body!["kids"]!.AsArray().Select(k => k!.GetValue<string>())];
    }

    /// <summary>An access token for machine client <paramref name="clientId"/> (secret <c>{clientId}-secret</c>) via client credentials.</summary>
    public async Task<string> ClientCredentialsAsync(string clientId, string resource = HubAudience)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Issuer}/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = clientId,
                ["client_secret"] = clientId + "-secret",
                ["resource"] = resource,
                ["scope"] = "hub",
            }),
        };
        return await AccessTokenAsync(request);
    }

    /// <summary>
    /// An access token for <paramref name="account"/> through the authorization code flow with PKCE of
    /// interactive client <paramref name="clientId"/>: the authorization request, the provider's login and
    /// consent forms (posted as a browser would), the redirect with the code, the token request.
    /// </summary>
    public async Task<string> AuthorizationCodeAsync(string account, string clientId = "hub-web", string resource = HubAudience)
    {
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64Url(SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(verifier)));
        const string Redirect = "http://127.0.0.1:5181/signin-oidc";
        var cookies = new CookieContainer();
        var url = $"{Issuer}/auth?client_id={clientId}&response_type=code&scope=openid%20hub&redirect_uri={Uri.EscapeDataString(Redirect)}"
            + $"&code_challenge={challenge}&code_challenge_method=S256&state=s1&nonce=n1&resource={Uri.EscapeDataString(resource)}";
        string? code = null;
        for (var step = 0; step < 12 && code is null; step++)
        {
            using var response = await SendAsync(HttpMethod.Get, url, null, cookies);
            if (response.StatusCode is HttpStatusCode.OK)
            {
                // An interaction form: login or consent; post it as a browser would.
                var html = await response.Content.ReadAsStringAsync();
                var action = FormAction().Match(html).Groups[1].Value.Replace("&amp;", "&", StringComparison.Ordinal);
                var prompt = PromptInput().Match(html).Groups[1].Value;
                var fields = new Dictionary<string, string> { ["prompt"] = prompt };
                if (prompt == "login")
                {
                    fields["login"] = account;
                    fields["password"] = "any";
                }

                using var posted = await SendAsync(HttpMethod.Post, new Uri(new Uri(Issuer), action).ToString(), new FormUrlEncodedContent(fields), cookies);
                url = Location(posted);
                continue;
            }

            url = Location(response);
            if (url.StartsWith(Redirect, StringComparison.Ordinal))
            {
                code = System.Web.HttpUtility.ParseQueryString(new Uri(url).Query)["code"];
            }
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Issuer}/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "authorization_code",
                ["code"] = code ?? throw new InvalidOperationException("no authorization code came back"),
                ["redirect_uri"] = Redirect,
                ["client_id"] = clientId,
                ["client_secret"] = clientId + "-secret",
                ["code_verifier"] = verifier,
                ["resource"] = resource,
            }),
        };
        return await AccessTokenAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _process?.Dispose();
        _http.Dispose();
    }

    private async Task<string> AccessTokenAsync(HttpRequestMessage request)
    {
        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"token endpoint: {(int)response.StatusCode} {text}");
        }

        return JsonNode.Parse(text)!["access_token"]!.GetValue<string>();
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, HttpContent? content, CookieContainer cookies)
    {
        var uri = new Uri(url);
        using var request = new HttpRequestMessage(method, uri) { Content = content };
        var header = cookies.GetCookieHeader(uri);
        if (header.Length > 0)
        {
            request.Headers.Add("Cookie", header);
        }

        var response = await _http.SendAsync(request);
        if (response.Headers.TryGetValues("Set-Cookie", out var set))
        {
            foreach (var cookie in set)
            {
                cookies.SetCookies(uri, cookie);
            }
        }

        return response;
    }

    private string Location(HttpResponseMessage response)
    {
        var location = response.Headers.Location ?? throw new InvalidOperationException($"expected a redirect, got {(int)response.StatusCode}");
        return (location.IsAbsoluteUri ? location : new Uri(new Uri(Issuer), location)).ToString();
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [GeneratedRegex("<form[^>]*action=\"([^\"]+)\"")]
    private static partial Regex FormAction();

    [GeneratedRegex("name=\"prompt\" value=\"([a-z]+)\"")]
    private static partial Regex PromptInput();
}

/// <summary>
/// A fact that needs the test OpenID Connect provider: <c>node</c> on the PATH and the npm packages of
/// <c>tests/oidc-provider</c> installed (<c>npm ci --prefix tests/oidc-provider</c>; <c>.ci/run</c> does
/// both). Skipped, with the reason, otherwise.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OidcFactAttribute : FactAttribute
{
    public OidcFactAttribute()
    {
        if (Reason is { } reason)
        {
            Skip = reason;
        }
    }

    public static string? Reason { get; } = FindReason();

    private static string? FindReason()
    {
        if (!File.Exists(Path.Combine(OidcProvider.Folder, "node_modules", "oidc-provider", "package.json")))
        {
            return "tests/oidc-provider has no node_modules: run 'npm ci --prefix tests/oidc-provider' (.ci/run does) to test against a real OpenID Connect provider.";
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator).Any(d => d.Length > 0 && File.Exists(Path.Combine(d, "node")))
            ? null
            : "node is not on the PATH: the OpenID Connect provider of tests/oidc-provider cannot run.";
    }
}
