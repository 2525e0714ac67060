using System.Globalization;
using System.Text.Json.Nodes;
using Inburgering.Hub.Connectors.Abstractions;

namespace Inburgering.Hub.Connectors.WerkSaam.Tests;

/// <summary>Data sets and settings for the fake WerkSaam API.</summary>
internal static class Fixtures
{
    public static readonly string[] Streams =
    [
        WerkSaamConnector.Intakes, WerkSaamConnector.Uitkeringen, WerkSaamConnector.Ontzorgtrajecten,
        WerkSaamConnector.MapTrajecten, WerkSaamConnector.Participatie,
    ];

    private static readonly string[] Gemeenten = ["GM0405", "GM0388", "GM0498", "GM1598", "GM0420", "GM0432", "GM0532"];

    /// <summary>Settings for a tenant: small pages, short timeouts and back-off so faults cost little time.</summary>
    public static ConnectorSettings Settings(FakeTenant tenant, int pageSize = 3, string secret = FakeWerkSaam.ClientSecret) => new(
    [
        new("BaseUrl", tenant.BaseUrl.ToString()),
        new("ClientId", FakeWerkSaam.ClientId),
        new("ClientSecret", secret),
        new("PageSize", pageSize.ToString(CultureInfo.InvariantCulture)),
        new("AttemptTimeoutSeconds", "0.5"),
        new("TotalTimeoutSeconds", "20"),
        new("MaxRetries", "4"),
        new("RetryBaseDelayMilliseconds", "20"),
        new("MaxRetryAfterSeconds", "2"),
    ]);

    /// <summary>The contract's example page of <paramref name="name"/> (e.g. <c>intakes</c>).</summary>
    public static JsonObject ExamplePage(string name) =>
        (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "examples", $"{name}.page.json")))!;

    /// <summary>Every example page's items, into <paramref name="tenant"/> (the tombstone page included when asked).</summary>
    public static FakeTenant WithExamples(this FakeTenant tenant, bool tombstones = false)
    {
        foreach (var stream in Streams)
        {
            foreach (var item in ExamplePage(stream)["items"]!.AsArray())
            {
                tenant.Put(stream, (JsonObject)item!.DeepClone());
            }
        }

        if (tombstones)
        {
            foreach (var item in ExamplePage("participatie.tombstone")["items"]!.AsArray())
            {
                tenant.Put(WerkSaamConnector.Participatie, (JsonObject)item!.DeepClone());
            }
        }

        return tenant;
    }

    /// <summary>Adds <paramref name="count"/> generated, valid items to every collection.</summary>
    public static FakeTenant WithGenerated(this FakeTenant tenant, int count)
    {
        for (var n = 1; n <= count; n++)
        {
            var bsn = Bsn(n);
            var gemeente = Gemeenten[n % Gemeenten.Length];
            tenant.Put(WerkSaamConnector.Intakes, Intake($"I-G{n:000}", bsn, gemeente));
            tenant.Put(WerkSaamConnector.Uitkeringen, Uitkering($"U-G{n:000}", bsn, gemeente));
            tenant.Put(WerkSaamConnector.Ontzorgtrajecten, Ontzorg($"O-G{n:000}", bsn, gemeente, n % 2 == 0 ? ["HUUR", "WATER"] : ["ENERGIE"]));
            tenant.Put(WerkSaamConnector.MapTrajecten, Map($"P-G{n:000}", bsn, gemeente, themas: n % 9));
            tenant.Put(WerkSaamConnector.Participatie, Participatie($"W-G{n:000}", bsn, gemeente, uren: 4 + n));
        }

        return tenant;
    }

    public static JsonObject Intake(string id, string bsn, string gemeente = "GM0405", string? pip = "2024-03-01", string? leerroute = "B1", string intake = "2024-01-10") => new()
    {
        ["id"] = id,
        ["bsn"] = bsn,
        ["gemeenteCode"] = gemeente,
        ["bredeIntakeDatum"] = intake,
        ["leerbaarheidstoetsDatum"] = intake,
        ["adviesLeerroute"] = "B1",
        ["pipDagtekening"] = pip,
        ["leerroute"] = leerroute,
        ["pipBeeindigdOp"] = null,
        ["pipBeeindigdReden"] = null,
    };

    public static JsonObject Uitkering(string id, string bsn, string gemeente = "GM0405", string ingang = "2024-01-10", string? reden = null) => new()
    {
        ["id"] = id,
        ["bsn"] = bsn,
        ["gemeenteCode"] = gemeente,
        ["soort"] = "PARTICIPATIEWET",
        ["ingangsdatum"] = ingang,
        ["einddatum"] = reden is null ? null : "2024-12-31",
        ["redenUitstroom"] = reden,
    };

    public static JsonObject Ontzorg(string id, string bsn, string gemeente, string[] posten) => new()
    {
        ["id"] = id,
        ["bsn"] = bsn,
        ["gemeenteCode"] = gemeente,
        ["startdatum"] = "2024-01-10",
        ["geplandeEinddatum"] = "2024-07-10",
        ["verlengdTot"] = null,
        ["posten"] = new JsonArray([.. posten.Select(p => (JsonNode?)JsonValue.Create(p))]),
    };

    public static JsonObject Map(string id, string bsn, string gemeente = "GM0405", int themas = 3, string resultaat = "LOPEND", decimal uren = 12) => new()
    {
        ["id"] = id,
        ["bsn"] = bsn,
        ["gemeenteCode"] = gemeente,
        ["startdatum"] = "2024-02-01",
        ["praktijkUren"] = uren,
        ["themasAfgerond"] = themas,
        ["datumEindgesprek"] = null,
        ["resultaat"] = resultaat,
    };

    public static JsonObject Participatie(string id, string bsn, string gemeente = "GM0405", string soort = "VRIJWILLIGERSWERK", decimal uren = 8, string start = "2024-02-01") => new()
    {
        ["id"] = id,
        ["bsn"] = bsn,
        ["gemeenteCode"] = gemeente,
        ["soort"] = soort,
        ["startdatum"] = start,
        ["einddatum"] = null,
        ["urenPerWeek"] = uren,
    };

    /// <summary>The <paramref name="n"/>th nine-digit number (from 100000000 up) that passes the elfproef.</summary>
    public static string Bsn(int n)
    {
        var found = 0;
        for (var candidate = 100_000_000 + (n * 7919); ; candidate++)
        {
            var s = candidate.ToString(CultureInfo.InvariantCulture);
            var sum = 0;
            for (var i = 0; i < 8; i++)
            {
                sum += (s[i] - '0') * (9 - i);
            }

            sum -= s[8] - '0';
            if (sum % 11 == 0 && ++found == 1)
            {
                return s;
            }
        }
    }

    /// <summary>A fresh tenant name.</summary>
    public static string NewTenant() => Guid.NewGuid().ToString("N");
}
