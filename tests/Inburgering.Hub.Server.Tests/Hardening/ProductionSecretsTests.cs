using System.Text.Json.Nodes;
using Inburgering.Hub.Reporting.Privacy;
using Inburgering.Hub.Server.Auth;
using Inburgering.Hub.Server.Hosting;
using Inburgering.Hub.Server.Tests.Support;
using Inburgering.Hub.Sync.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace Inburgering.Hub.Server.Tests.Hardening;

/// <summary>
/// Issue 13: outside Development the hub refuses the committed development keys and the symmetric
/// token mode (unless <c>Hub:Auth:AllowSigningKeyOutsideDevelopment</c>), naming the variable to set.
/// </summary>
public sealed class ProductionSecretsTests
{
    private const string OwnKey = "a-production-secret-of-at-least-32-bytes-0123456789";

    private static HubSecrets Startup(string environment, AuthOptions auth, string pseudonymisationKey) =>
        new(new Environment(environment), auth, new PseudonymisationOptions { Key = pseudonymisationKey }, new CellKeyOptions { Secret = "a-production-cell-key-secret-of-32-bytes-0123456789" });

    private static AuthOptions Oidc() => new() { Authority = "https://login.example/", Audience = "inburgering-hub" };

    [Fact]
    public void The_development_signing_key_is_refused_in_production()
    {
        var startup = Startup(Environments.Production, new AuthOptions { SigningKey = DevelopmentKeys.SigningKey, AllowSigningKeyOutsideDevelopment = true }, OwnKey);

        var error = Assert.Throws<InvalidOperationException>(startup.Validate);

        Assert.Contains("Hub__Auth__Authority", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_development_pseudonymisation_key_is_refused_in_production()
    {
        var startup = Startup(Environments.Production, Oidc(), DevelopmentKeys.PseudonymisationKey);

        var error = Assert.Throws<InvalidOperationException>(startup.Validate);

        Assert.Contains("Hub__Pseudonymisation__Key", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void Symmetric_tokens_are_refused_outside_development_unless_explicitly_allowed(string environment)
    {
        var refused = Startup(environment, new AuthOptions { SigningKey = OwnKey }, OwnKey);
        var allowed = Startup(environment, new AuthOptions { SigningKey = OwnKey, AllowSigningKeyOutsideDevelopment = true }, OwnKey);

        var error = Assert.Throws<InvalidOperationException>(refused.Validate);
        Assert.Contains("Hub__Auth__AllowSigningKeyOutsideDevelopment", error.Message, StringComparison.Ordinal);
        allowed.Validate();
    }

    [Fact]
    public void Production_with_an_identity_provider_and_its_own_key_starts() =>
        Startup(Environments.Production, Oidc(), OwnKey).Validate();

    [Fact]
    public void Development_accepts_the_committed_keys() =>
        Startup(Environments.Development, new AuthOptions { SigningKey = DevelopmentKeys.SigningKey }, DevelopmentKeys.PseudonymisationKey).Validate();

    [Fact]
    public void The_known_development_keys_are_the_committed_ones()
    {
        var settings = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "Inburgering.Hub.Server", "appsettings.Development.json")))!;

        Assert.Equal(DevelopmentKeys.SigningKey, settings["Hub"]!["Auth"]!["SigningKey"]!.GetValue<string>());
        Assert.Equal(DevelopmentKeys.PseudonymisationKey, settings["Hub"]!["Pseudonymisation"]!["Key"]!.GetValue<string>());
    }

    [Fact]
    public void A_clock_skew_above_five_minutes_is_refused() =>
        Assert.Throws<InvalidOperationException>(new AuthOptions { SigningKey = OwnKey, ClockSkew = TimeSpan.FromMinutes(10) }.Validate);

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "Inburgering.Hub.Server";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
