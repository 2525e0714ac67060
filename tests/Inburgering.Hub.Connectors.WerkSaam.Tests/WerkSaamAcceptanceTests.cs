using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Connectors.Testing;
using Microsoft.AspNetCore.Http;
using static Inburgering.Hub.Connectors.WerkSaam.Tests.Fixtures;

namespace Inburgering.Hub.Connectors.WerkSaam.Tests;

/// <summary>
/// The connector acceptance kit on the WerkSaam connector. The kit's "fixture folder" names a tenant
/// of the fake WerkSaam API on loopback: preparing a fixture loads the contract's example pages into
/// that tenant and returns settings pointing at it; "adding documents" changes the tenant's data.
/// </summary>
public sealed class WerkSaamAcceptanceTests : ApiConnectorAcceptanceTests<WerkSaamConnector>
{
    private const string Bsn1 = "174681458";
    private const string Bsn2 = "916146108";

    protected override IReadOnlyDictionary<string, IReadOnlyList<string>> ExpectedSourceIds { get; } =
        new Dictionary<string, IReadOnlyList<string>>
        {
            [WerkSaamConnector.Intakes] = ["I-000001", "I-000002", "I-000003", "I-000004"],
            [WerkSaamConnector.Uitkeringen] = ["U-000001", "U-000002", "U-000003", "U-000004"],
            [WerkSaamConnector.Ontzorgtrajecten] = ["O-000001", "O-000002", "O-000003", "O-000004"],
            [WerkSaamConnector.MapTrajecten] = ["P-000001", "P-000002", "P-000003", "P-000004"],
            [WerkSaamConnector.Participatie] = ["W-000001", "W-000002", "W-000003", "W-000004"],
        };

    /// <summary>Later, WerkSaam sets a PIP on I-000001, adds U-000005 and deletes W-000001.</summary>
    protected override ResumeScenario Resume => new()
    {
        AddDocuments = folder =>
        {
            var tenant = Tenant(folder);
            tenant.Change(WerkSaamConnector.Intakes, "I-000001", i =>
            {
                i["pipDagtekening"] = "2023-11-20";
                i["leerroute"] = "ONDERWIJS";
            });
            tenant.Put(WerkSaamConnector.Uitkeringen, Uitkering("U-000005", Bsn1, "GM0498", "2024-02-01"));
            tenant.Delete(WerkSaamConnector.Participatie, "W-000001");
        },
        SourceIds = new Dictionary<string, IReadOnlyList<string>>
        {
            [WerkSaamConnector.Intakes] = ["I-000001"],
            [WerkSaamConnector.Uitkeringen] = ["U-000005"],
        },
        TombstoneIds = new Dictionary<string, IReadOnlyList<string>> { [WerkSaamConnector.Participatie] = ["W-000001"] },
        Inserted = 1,
        Updated = 1,
        Deleted = 1,
    };

    protected override IReadOnlyCollection<string> SecretSettingKeys => ["ClientSecret"];

    protected override IEnumerable<BadInput> BadInputs =>
    [
        Bad("startdatum 15-01-2024", WerkSaamConnector.Participatie, ReasonCodes.InvalidDate,
            Participatie("W-020", Bsn2, start: "15-01-2024")),
        Bad("uitkering without ingangsdatum", WerkSaamConnector.Uitkeringen, ReasonCodes.MissingField,
            Without(Uitkering("U-020", Bsn2), "ingangsdatum")),
        Bad("posten not a list", WerkSaamConnector.Ontzorgtrajecten, ReasonCodes.MalformedRecord,
            With(Ontzorg("O-020", Bsn2, "GM0405", []), "posten", "HUUR")),
        BadRaw("item not an object", WerkSaamConnector.Participatie, ReasonCodes.MalformedRecord, "42"),
        Bad("praktijkUren \"veertig\"", WerkSaamConnector.MapTrajecten, ReasonCodes.InvalidNumber,
            With(Map("P-020", Bsn2), "praktijkUren", "veertig")),
        Bad("BSN failing the elfproef", WerkSaamConnector.Intakes, ReasonCodes.InvalidBsn, Intake("I-020", "123456789")),
        Bad("gemeente GM9999", WerkSaamConnector.Uitkeringen, ReasonCodes.UnknownGemeente, Uitkering("U-020", Bsn2, "GM9999")),
        Bad("leerroute C1", WerkSaamConnector.Intakes, ReasonCodes.UnknownCode, Intake("I-020", Bsn2, leerroute: "C1")),
        Bad("pipDagtekening before bredeIntakeDatum", WerkSaamConnector.Intakes, ReasonCodes.InvalidValue,
            Intake("I-020", Bsn2, pip: "2024-01-01", intake: "2024-02-01")),
        Bad("redenUitstroom PENSIOEN", WerkSaamConnector.Uitkeringen, ReasonCodes.UnknownCode, Uitkering("U-020", Bsn2, reden: "PENSIOEN")),
        Bad("posten GAS", WerkSaamConnector.Ontzorgtrajecten, ReasonCodes.UnknownCode, Ontzorg("O-020", Bsn2, "GM0405", ["HUUR", "GAS"])),
        Bad("resultaat GESLAAGD", WerkSaamConnector.MapTrajecten, ReasonCodes.UnknownCode, Map("P-020", Bsn2, resultaat: "GESLAAGD")),
        Bad("themasAfgerond 9", WerkSaamConnector.MapTrajecten, ReasonCodes.InvalidValue, Map("P-020", Bsn2, themas: 9)),
        Bad("negative praktijkUren", WerkSaamConnector.MapTrajecten, ReasonCodes.InvalidNumber, Map("P-020", Bsn2, uren: -1)),
        Bad("soort STAGE", WerkSaamConnector.Participatie, ReasonCodes.UnknownCode, Participatie("W-020", Bsn2, soort: "STAGE")),
        BadRaw("id twice in one page", WerkSaamConnector.Participatie, ReasonCodes.DuplicateId, Participatie("W-010", Bsn2, uren: 30).ToJsonString()),
    ];

    protected override WerkSaamConnector CreateConnector() => new();

    protected override ConnectorSettings PrepareGoodFixture(string folder) => Settings(Tenant(folder).WithExamples());

    protected override string NoProgressStream => WerkSaamConnector.Intakes;

    /// <summary>Page 1 of intakes (page size 3, in gewijzigdOp order).</summary>
    protected override IReadOnlyList<string> CommittedBeforeTheLoop => ["I-000001", "I-000002", "I-000003"];

    /// <summary>Every page of intakes after the first answers its own cursor as the next one.</summary>
    protected override ConnectorSettings PrepareNoProgressPaging(string folder)
    {
        var tenant = Tenant(folder).WithExamples();
        tenant.AddFault(
            r => r.Collection == WerkSaamConnector.Intakes && r.Cursor is not null,
            async context =>
            {
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync($"{{\"items\":[],\"nextCursor\":\"{context.Request.Query["cursor"]}\"}}");
                return true;
            },
            times: int.MaxValue);
        return Settings(tenant);
    }

    protected override IEnumerable<(string Name, ConnectorSettings Settings)> InvalidSettings(string folder, ConnectorSettings good) =>
    [
        ("a wrong ClientSecret (401 from the token endpoint)", good.With("ClientSecret", "wrong-secret")),
        ("a BaseUrl nobody listens on", good.With("BaseUrl", $"http://127.0.0.1:{ClosedPort()}/")),
        ("a BaseUrl that is not a URL", good.With("BaseUrl", "werksaam")),
        ("PageSize 0", good.With("PageSize", "0")),
        ("PageSize 501", good.With("PageSize", "501")),
    ];

    private static FakeTenant Tenant(string folder) => FakeWerkSaam.Shared.GetAwaiter().GetResult().Tenant(Path.GetFileName(folder));

    /// <summary>A page with a good item, the bad item and another good item.</summary>
    private static BadInput Bad(string name, string stream, string reasonCode, JsonObject badItem) =>
        BadRaw(name, stream, reasonCode, badItem.ToJsonString());

    private static BadInput BadRaw(string name, string stream, string reasonCode, string badItem) =>
        new(name, stream, reasonCode, folder =>
        {
            var tenant = Tenant(folder);
            var (first, second) = GoodPair(stream);
            tenant.Put(stream, first);
            tenant.PutRaw(stream, badItem);
            tenant.Put(stream, second);
            return Settings(tenant, pageSize: 10);
        })
        {
            LoadedSourceIds = [GoodPair(stream).First["id"]!.GetValue<string>(), GoodPair(stream).Second["id"]!.GetValue<string>()],
        };

    private static (JsonObject First, JsonObject Second) GoodPair(string stream) => stream switch
    {
        WerkSaamConnector.Intakes => (Intake("I-010", Bsn1), Intake("I-011", Bsn2, "GM0420")),
        WerkSaamConnector.Uitkeringen => (Uitkering("U-010", Bsn1), Uitkering("U-011", Bsn2, "GM0420", reden: "WERK")),
        WerkSaamConnector.Ontzorgtrajecten => (Ontzorg("O-010", Bsn1, "GM0405", ["HUUR"]), Ontzorg("O-011", Bsn2, "GM0420", ["WATER", "ENERGIE"])),
        WerkSaamConnector.MapTrajecten => (Map("P-010", Bsn1), Map("P-011", Bsn2, "GM0420", themas: 8, resultaat: "AFGEROND", uren: 41)),
        _ => (Participatie("W-010", Bsn1), Participatie("W-011", Bsn2, "GM0420", "BETAALDE_BAAN")),
    };

    private static JsonObject Without(JsonObject item, string field)
    {
        item.Remove(field);
        return item;
    }

    private static JsonObject With(JsonObject item, string field, string value)
    {
        item[field] = value;
        return item;
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
