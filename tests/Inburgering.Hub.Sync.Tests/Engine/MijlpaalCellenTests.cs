using Inburgering.Hub.Data.Journey;
using Inburgering.Hub.Domain;

namespace Inburgering.Hub.Sync.Tests.Engine;

/// <summary>
/// The cell numbers stored in every row of the journey projection (inburgeraar_mijlpalen.Cel) are fixed:
/// a renumbering would make stored milestones count in other cells. A new cell gets the next number.
/// </summary>
public sealed class MijlpaalCellenTests
{
    [Fact]
    public void The_numbering_is_stable()
    {
        string[] expected =
        [
            "1 1 aantalGehuisvest", "2 1 aantalInburgeringsplichtig", "3 2 aantalInburgeringsplichtig",
            "4 1 pipVastgesteld", "5 2 pipVastgesteld", "6 1 beeindigd", "7 2 beeindigd",
            "8 1 gestart B1", "9 1 gestart Onderwijs", "10 1 gestart Z",
            "11 2 vastgesteld B1", "12 2 vastgesteld Onderwijs", "13 2 vastgesteld Z",
            "14 1 afgerond B1", "15 1 afgerond Onderwijs", "16 1 afgerond Z",
            "17 2 afgerond B1", "18 2 afgerond Onderwijs", "19 2 afgerond Z",
            "20 0 map.afgerond", "21 0 map.vrijstellingen", "22 0 pvtAfgerond",
            "23 1 aantalTrajecten", "24 1 verlengd",
            "25 0 werk OrientatieWerkstage", "26 0 werk Werkstage", "27 0 werk Vrijwilligerswerk", "28 0 werk BetaaldeBaan",
            "29 0 pipTijdig.noemer", "30 0 pipTijdig.teller", "31 0 inAanrakingMetWerk.noemer", "32 0 inAanrakingMetWerk.teller",
            "33 0 voldaanBinnenTermijn.noemer B1", "34 0 voldaanBinnenTermijn.noemer Onderwijs", "35 0 voldaanBinnenTermijn.noemer Z",
            "36 0 voldaanBinnenTermijn.teller B1", "37 0 voldaanBinnenTermijn.teller Onderwijs", "38 0 voldaanBinnenTermijn.teller Z",
            "39 0 uitstroomNaarWerk.noemer B1", "40 0 uitstroomNaarWerk.noemer Onderwijs", "41 0 uitstroomNaarWerk.noemer Z",
            "42 0 uitstroomNaarWerk.teller B1", "43 0 uitstroomNaarWerk.teller Onderwijs", "44 0 uitstroomNaarWerk.teller Z",
        ];
        Assert.Equal(expected, MijlpaalCellen.Alle.Select(c => $"{c.Nummer} {c.Groep} {c.Rij} {c.Leerroute}{c.Soort}".TrimEnd()));
    }

    [Fact]
    public void Every_cell_round_trips_and_unknown_cells_are_refused()
    {
        foreach (var cel in MijlpaalCellen.Alle)
        {
            Assert.Equal(cel.Nummer, MijlpaalCellen.Nummer(cel.Groep, cel.Rij, cel.Leerroute, cel.Soort));
            Assert.Equal(cel, MijlpaalCellen.Van(cel.Nummer));
        }

        // Taalmaatje is no werk row; gestart is a statushouder row only.
        Assert.Throws<ArgumentException>(() => MijlpaalCellen.Nummer(MijlpaalAfleiding.Alle, MijlpaalAfleiding.Rijen.Werk, null, ParticipatieSoort.Taalmaatje));
        Assert.Throws<ArgumentException>(() => MijlpaalCellen.Nummer(MijlpaalAfleiding.Gezinsmigrant, MijlpaalAfleiding.Rijen.Gestart, Leerroute.B1, null));
        Assert.Throws<ArgumentOutOfRangeException>(() => MijlpaalCellen.Van(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => MijlpaalCellen.Van(45));
    }
}
