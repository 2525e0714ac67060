using Inburgering.Hub.Domain;

namespace Inburgering.Hub.Data.Journey;

/// <summary>
/// One counted cell of the voortgangsrapportage, as the journey projection stores it: a fixed number
/// (<see cref="Nummer"/>, the <c>Cel</c> column of <c>inburgeraar_mijlpalen</c>, a smallint) for the
/// combination of group, row, leerroute and participatie soort.
/// </summary>
/// <param name="Nummer">The stored number (1…<see cref="MijlpaalCellen.Alle"/>.Count); never renumbered.</param>
/// <param name="Groep">0 both groups, 1 statushouder, 2 gezinsmigrant (<see cref="MijlpaalAfleiding.Alle"/>).</param>
/// <param name="Rij">The row: a contract field name (<see cref="MijlpaalAfleiding.Rijen"/>).</param>
/// <param name="Leerroute">The leerroute the row is split by, if any.</param>
/// <param name="Soort">The participatie soort the row is split by, if any.</param>
public sealed record MijlpaalCel(short Nummer, int Groep, string Rij, Leerroute? Leerroute, ParticipatieSoort? Soort);

/// <summary>
/// The fixed numbering of the cells (<see cref="MijlpaalCel"/>). Stored in every milestone row, so a number
/// is never reused or changed: a new cell gets the next number (and a migration that rebuilds the
/// projection). <c>MijlpaalCellenTests</c> pins the table.
/// </summary>
public static class MijlpaalCellen
{
    private static readonly Leerroute[] Routes = [Leerroute.B1, Leerroute.Onderwijs, Leerroute.Z];

    /// <summary>Every cell, in number order (<c>Alle[n - 1].Nummer == n</c>).</summary>
    public static IReadOnlyList<MijlpaalCel> Alle { get; } = Build();

    private static readonly Dictionary<(int, string, Leerroute?, ParticipatieSoort?), short> ByContent =
        Alle.ToDictionary(c => (c.Groep, c.Rij, c.Leerroute, c.Soort), c => c.Nummer);

    /// <summary>The number of the cell (<paramref name="groep"/>, <paramref name="rij"/>, <paramref name="leerroute"/>, <paramref name="soort"/>).</summary>
    /// <exception cref="ArgumentException">No such cell (a combination the derivation never produces).</exception>
    public static short Nummer(int groep, string rij, Leerroute? leerroute, ParticipatieSoort? soort) =>
        ByContent.TryGetValue((groep, rij, leerroute, soort), out var nummer)
            ? nummer
            : throw new ArgumentException($"No report cell ({groep}, {rij}, {leerroute}, {soort}).", nameof(rij));

    /// <summary>The cell with number <paramref name="nummer"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a cell number.</exception>
    public static MijlpaalCel Van(short nummer) =>
        nummer >= 1 && nummer <= Alle.Count ? Alle[nummer - 1] : throw new ArgumentOutOfRangeException(nameof(nummer), nummer, "Not a report cell number.");

    private static List<MijlpaalCel> Build()
    {
        const int S = MijlpaalAfleiding.Statushouder;
        const int G = MijlpaalAfleiding.Gezinsmigrant;
        const int A = MijlpaalAfleiding.Alle;
        List<(int Groep, string Rij, Leerroute? Route, ParticipatieSoort? Soort)> cellen =
        [
            (S, MijlpaalAfleiding.Rijen.AantalGehuisvest, null, null),                 // 1
            (S, MijlpaalAfleiding.Rijen.AantalInburgeringsplichtig, null, null),       // 2
            (G, MijlpaalAfleiding.Rijen.AantalInburgeringsplichtig, null, null),       // 3
            (S, MijlpaalAfleiding.Rijen.PipVastgesteld, null, null),                   // 4
            (G, MijlpaalAfleiding.Rijen.PipVastgesteld, null, null),                   // 5
            (S, MijlpaalAfleiding.Rijen.Beeindigd, null, null),                        // 6
            (G, MijlpaalAfleiding.Rijen.Beeindigd, null, null),                        // 7
        ];
        cellen.AddRange(Routes.Select(r => (S, MijlpaalAfleiding.Rijen.Gestart, (Leerroute?)r, (ParticipatieSoort?)null)));      // 8–10
        cellen.AddRange(Routes.Select(r => (G, MijlpaalAfleiding.Rijen.Vastgesteld, (Leerroute?)r, (ParticipatieSoort?)null)));  // 11–13
        cellen.AddRange(Routes.Select(r => (S, MijlpaalAfleiding.Rijen.Afgerond, (Leerroute?)r, (ParticipatieSoort?)null)));     // 14–16
        cellen.AddRange(Routes.Select(r => (G, MijlpaalAfleiding.Rijen.Afgerond, (Leerroute?)r, (ParticipatieSoort?)null)));     // 17–19
        cellen.AddRange(
        [
            (A, MijlpaalAfleiding.Rijen.MapAfgerond, null, null),                      // 20
            (A, MijlpaalAfleiding.Rijen.MapVrijstellingen, null, null),                // 21
            (A, MijlpaalAfleiding.Rijen.PvtAfgerond, null, null),                      // 22
            (S, MijlpaalAfleiding.Rijen.AantalTrajecten, null, null),                  // 23
            (S, MijlpaalAfleiding.Rijen.Verlengd, null, null),                         // 24
            (A, MijlpaalAfleiding.Rijen.Werk, null, ParticipatieSoort.OrientatieWerkstage), // 25
            (A, MijlpaalAfleiding.Rijen.Werk, null, ParticipatieSoort.Werkstage),      // 26
            (A, MijlpaalAfleiding.Rijen.Werk, null, ParticipatieSoort.Vrijwilligerswerk), // 27
            (A, MijlpaalAfleiding.Rijen.Werk, null, ParticipatieSoort.BetaaldeBaan),   // 28
            (A, MijlpaalAfleiding.Rijen.PipTijdigNoemer, null, null),                  // 29
            (A, MijlpaalAfleiding.Rijen.PipTijdigTeller, null, null),                  // 30
            (A, MijlpaalAfleiding.Rijen.InAanrakingMetWerkNoemer, null, null),         // 31
            (A, MijlpaalAfleiding.Rijen.InAanrakingMetWerkTeller, null, null),         // 32
        ]);
        cellen.AddRange(Routes.Select(r => (A, MijlpaalAfleiding.Rijen.VoldaanBinnenTermijnNoemer, (Leerroute?)r, (ParticipatieSoort?)null))); // 33–35
        cellen.AddRange(Routes.Select(r => (A, MijlpaalAfleiding.Rijen.VoldaanBinnenTermijnTeller, (Leerroute?)r, (ParticipatieSoort?)null))); // 36–38
        cellen.AddRange(Routes.Select(r => (A, MijlpaalAfleiding.Rijen.UitstroomNaarWerkNoemer, (Leerroute?)r, (ParticipatieSoort?)null)));    // 39–41
        cellen.AddRange(Routes.Select(r => (A, MijlpaalAfleiding.Rijen.UitstroomNaarWerkTeller, (Leerroute?)r, (ParticipatieSoort?)null)));    // 42–44
        return [.. cellen.Select((c, i) => new MijlpaalCel((short)(i + 1), c.Groep, c.Rij, c.Route, c.Soort))];
    }
}
