using System.Security.Claims;
using Inburgering.Hub.Server.Auth;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Inburgering.Hub.Server.Tests.Identity;

/// <summary>
/// <see cref="ClaimMapping"/> on its own (no provider needed): the hub's own names by default, JSON
/// paths and tables, invalid values dropped, and the start-up check of <c>Hub:Auth:Claims</c>.
/// </summary>
public sealed class ClaimMappingTests
{
    [Fact]
    public void Default_reads_the_hubs_own_claims_and_drops_what_is_not_a_hub_value()
    {
        var user = Principal(("sub", "u1"), ("role", "medewerker"), ("role", "admin"), ("gemeente", "GM0405"), ("gemeente", "0405"), ("regio", "Westfriesland"));
        var hub = Mapping(new ClaimMappingOptions()).Map(user);

        Assert.Equal("u1", hub.Subject);
        Assert.Equal(["medewerker"], hub.Roles);
        Assert.Equal(["GM0405"], hub.Gemeenten);
        Assert.Equal(["Westfriesland"], hub.Regios);
    }

    [Fact]
    public void Json_paths_brackets_space_separated_values_and_tables()
    {
        // As the JWT handler presents a token: nested objects as JSON claim values, arrays as repeated claims.
        var token = new JsonWebTokenHandler().CreateToken(
            """{"sub":"u2","oid":"5a1e","realm_access":{"roles":["offline_access","hub-medewerker"]},"resource_access":{"hub.example.nl":{"roles":["analist"]}},"scope":"x auditor","groups":["g-hoorn","g-other"]}""");
        var user = new ClaimsPrincipal(new ClaimsIdentity(new JsonWebToken(token).Claims, "test"));
        var options = new ClaimMappingOptions
        {
            Subject = "oid",
            Roles = new ClaimSourceOptions
            {
                From = ["realm_access.roles", "resource_access[\"hub.example.nl\"].roles", "scope"],
                SplitOnSpaces = true,
                KeepHubValues = true,
                Map = [new ClaimValueMapping { Value = "HUB-MEDEWERKER", To = "medewerker" }],
            },
            Gemeenten = new ClaimSourceOptions { From = ["groups"], Map = [new ClaimValueMapping { Value = "g-hoorn", To = "GM0405, GM0388" }] },
        };

        var hub = Mapping(options).Map(user);

        Assert.Equal("5a1e", hub.Subject);
        Assert.Equal(["analist", "auditor", "medewerker"], hub.Roles.Order(StringComparer.Ordinal));
        Assert.Equal(["GM0388", "GM0405"], hub.Gemeenten.Order(StringComparer.Ordinal));
        Assert.Empty(hub.Regios);
    }

    [Fact]
    public void Hub_principal_replaces_provider_claims_of_the_hubs_names()
    {
        // A provider that itself sends a "role" claim while the mapping reads "roles": its "role" never counts.
        var user = Principal(("sub", "u3"), ("role", "beheerder"), ("roles", "Hub.Medewerker"), ("name", "Jan"));
        var options = new ClaimMappingOptions { Roles = new ClaimSourceOptions { From = ["roles"], Map = [new ClaimValueMapping { Value = "Hub.Medewerker", To = "medewerker" }] } };

        var principal = Mapping(options).ToHubPrincipal(user);

        Assert.Equal(["medewerker"], principal.FindAll("role").Select(c => c.Value));
        Assert.True(principal.IsInRole("medewerker"));
        Assert.False(principal.IsInRole("beheerder"));
        Assert.Equal("Jan", principal.FindFirst("name")?.Value);
        Assert.Same(principal, Mapping(options).ToHubPrincipal(principal));
    }

    [Theory]
    [InlineData("Roles", "From:0", "realm_access..roles", "Hub:Auth:Claims:Roles:From:0 'realm_access..roles' is not a claim path: an empty segment.")]
    [InlineData("Roles", "Map:0:To", "medewerkers", "Hub:Auth:Claims:Roles:Map:0:To names 'medewerkers' for 'x': not a hub role (analist, auditor, beheerder, medewerker).")]
    [InlineData("Gemeenten", "Map:0:To", "Hoorn", "Hub:Auth:Claims:Gemeenten:Map:0:To names 'Hoorn' for 'x': not a gemeentecode (GM followed by four digits).")]
    [InlineData("Gemeenten", "Map:0:To", "", "Hub:Auth:Claims:Gemeenten:Map:0:To is empty: name the hub value(s) for 'x'.")]
    public void A_mapping_that_cannot_work_stops_the_start_with_one_line(string kind, string setting, string value, string expected)
    {
        var source = new ClaimSourceOptions();
        if (setting.StartsWith("From", StringComparison.Ordinal))
        {
            source.From = [value];
        }
        else
        {
            source.Map = [new ClaimValueMapping { Value = "x", To = value }];
        }

        var options = new AuthOptions { SigningKey = new string('k', 40) };
        if (kind == "Roles")
        {
            options.Claims.Roles = source;
        }
        else
        {
            options.Claims.Gemeenten = source;
        }

        var error = Assert.Throws<InvalidOperationException>(options.Validate);
        Assert.Equal(expected, error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    private static ClaimMapping Mapping(ClaimMappingOptions options) => new(options, NullLogger<ClaimMapping>.Instance);

    private static ClaimsPrincipal Principal(params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), "test"));
}
