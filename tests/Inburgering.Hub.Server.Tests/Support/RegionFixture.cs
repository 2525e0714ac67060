namespace Inburgering.Hub.Server.Tests.Support;

/// <summary>
/// A small fixed region: persons of Hoorn (GM0405), Enkhuizen (GM0388) and Drechterland (GM0498),
/// one person who moved from Drechterland to Hoorn (a koppeling in each), and the COA contract example
/// taakstelling file. Ids are deterministic because the store is fresh.
/// </summary>
public sealed class RegionFixture : HubFactory
{
    public const string Hoorn = "GM0405";
    public const string Enkhuizen = "GM0388";
    public const string Drechterland = "GM0498";

    public const int HoornPersons = 4;

    /// <summary>Koppeling ids per gemeente, as the file has them.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> KoppelingIds = new Dictionary<string, string[]>
    {
        [Hoorn] = ["K-1001", "K-1002", "K-1003", "K-1004"],
        [Enkhuizen] = ["K-2001", "K-2002"],
        [Drechterland] = ["K-3001", "K-3002", "K-3003"],
    };

    protected override async Task SeedAsync()
    {
        var bsn = CoaFiles.Bsns(8);
        CoaFiles.WriteKoppelingen(Inbox, "20240105",
        [
            CoaFiles.Koppeling("K-1001", bsn[0], CoaFiles.VNummer(1), Hoorn, 1990, "SYR", "HOOFDPERSOON", "G-H"),
            CoaFiles.Koppeling("K-1002", bsn[1], CoaFiles.VNummer(2), Hoorn, 1992, "SYR", "PARTNER", "G-H"),
            CoaFiles.Koppeling("K-1003", null, CoaFiles.VNummer(3), Hoorn, 2015, "SYR", "KIND", "G-H", gehuisvest: false),
            CoaFiles.Koppeling("K-2001", bsn[2], CoaFiles.VNummer(4), Enkhuizen, 1985, "ERI", "HOOFDPERSOON", "G-E"),
            CoaFiles.Koppeling("K-2002", bsn[3], CoaFiles.VNummer(5), Enkhuizen, 2012, "ERI", "KIND", "G-E"),
            CoaFiles.Koppeling("K-3001", bsn[4], CoaFiles.VNummer(6), Drechterland, 1979, "AFG", "HOOFDPERSOON", "G-D"),
            CoaFiles.Koppeling("K-3002", bsn[5], CoaFiles.VNummer(7), Drechterland, 1981, "AFG", "PARTNER", "G-D"),

            // One person, two koppelingen: first Drechterland, then Hoorn (now responsible).
            CoaFiles.Koppeling("K-3003", bsn[6], CoaFiles.VNummer(8), Drechterland, 1995, "TUR", "HOOFDPERSOON", "G-X"),
            CoaFiles.Koppeling("K-1004", bsn[6], CoaFiles.VNummer(8), Hoorn, 1995, "TUR", "HOOFDPERSOON", "G-X"),
        ]);
        CoaFiles.CopyExample("coa-taakstelling-20240105.csv", Inbox);
        await IngestAsync();
    }
}
