using Inburgering.Hub.Server.Tests.Support;

namespace Inburgering.Hub.Server.Tests.Operations;

/// <summary>A hub with one COA export that has a good row, a BSN failing the elfproef and an unknown code.</summary>
public sealed class OperationsHubFactory : HubFactory
{
    public static readonly IReadOnlyList<string> Bsns = CoaFiles.Bsns(3);

    protected override async Task SeedAsync()
    {
        CoaFiles.WriteKoppelingen(Inbox, "20240105",
        [
            CoaFiles.Koppeling("K-1", Bsns[0], CoaFiles.VNummer(1), "GM0405"),
            CoaFiles.Koppeling("K-2", "565845756", CoaFiles.VNummer(2), "GM0405"),
            CoaFiles.Koppeling("K-3", Bsns[1], CoaFiles.VNummer(3), "GM0405", gezinsrol: "OPA"),
        ]);
        await IngestAsync();
    }
}
