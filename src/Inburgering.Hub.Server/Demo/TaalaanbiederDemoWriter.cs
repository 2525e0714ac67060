using System.Globalization;
using System.Text;

namespace Inburgering.Hub.Server.Demo;

/// <summary>
/// Writes the taalaanbieders' monthly voortgang files, each in its own provider's format: Fiolet
/// (<c>;</c>, UTF-8 with BOM, dd-MM-yyyy, comma decimals, Dutch words) and NL-training (quoted
/// <c>,</c>, ISO dates, English words). One line per cursist per month-end peildatum, up to the line
/// with its final status (neither provider has an einddatum column).
/// </summary>
internal static class TaalaanbiederDemoWriter
{
    public static IReadOnlyList<string> Write(DemoRegion region, string inbox)
    {
        var files = new List<string>();
        var students = region.Journeys.Where(j => j.TaalStart is not null && j.Aanbieder is not null && j.Bsn is not null).ToList();
        for (var month = new DateOnly(2022, 1, 1); month < region.ExportDate; month = month.AddMonths(1))
        {
            var peildatum = month.AddMonths(1).AddDays(-1);
            foreach (var group in students.Where(s => s.TaalStart <= peildatum && s.InRegionAfter(peildatum) && !(s.TaalEinde < peildatum)).GroupBy(s => s.Aanbieder!))
            {
                var lines = group.OrderBy(s => s.Nummer).Select(s => new Line(s, peildatum)).ToList();
                files.Add(group.Key == "FIOLET" ? Fiolet(inbox, peildatum, lines) : NlTraining(inbox, peildatum, lines));
            }
        }

        return files;
    }

    private static string Fiolet(string inbox, DateOnly peildatum, List<Line> lines)
    {
        var nl = CultureInfo.GetCultureInfo("nl-NL");
        var sb = new StringBuilder("Cursistnummer;BSN;Gemeente;Route;Startdatum;Peildatum;Status;Uren aangeboden;Uren aanwezig;Verzuim geoorloofd;Verzuim ongeoorloofd;Uren participatie;Lezen;Luisteren;Schrijven;Spreken;KNM;PVT afgerond\r\n");
        foreach (var l in lines)
        {
            var j = l.Journey;
            sb.Append(string.Join(
                ';',
                string.Create(CultureInfo.InvariantCulture, $"C-{j.Nummer:000000}"),
                j.Bsn,
                j.Gemeente,
                j.Leerroute,
                Dutch(j.TaalStart!.Value),
                Dutch(peildatum),
                l.Final switch { "AFGEROND" => "Afgerond", "UITGEVALLEN" => "Uitgevallen", "OVERGESTAPT" => "Overgestapt", _ => "Lopend" },
                l.Aangeboden.ToString("0.#", nl),
                l.Gevolgd.ToString("0.#", nl),
                l.Geoorloofd.ToString("0.#", nl),
                l.Ongeoorloofd.ToString("0.#", nl),
                l.Participatie?.ToString("0.#", nl) ?? "",
                l.Lezen,
                l.Luisteren,
                l.Schrijven,
                l.Spreken,
                l.Knm ? "J" : "N",
                j.Pvt <= peildatum ? Dutch(j.Pvt!.Value) : "")).Append("\r\n");
        }

        var path = Path.Combine(inbox, "fiolet", $"voortgang-{peildatum:yyyy-MM}.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, sb.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        return path;
    }

    private static string NlTraining(string inbox, DateOnly peildatum, List<Line> lines)
    {
        var sb = new StringBuilder("\"student_id\",\"citizen_service_number\",\"municipality\",\"track\",\"start_date\",\"report_date\",\"state\",\"hours_offered\",\"hours_attended\",\"excused_absence\",\"unexcused_absence\",\"participation_hours\",\"reading\",\"listening\",\"writing\",\"speaking\",\"knm_done\",\"pvt_completed\"\n");
        foreach (var l in lines)
        {
            var j = l.Journey;
            string[] values =
            [
                string.Create(CultureInfo.InvariantCulture, $"NL-{j.Nummer}"),
                j.Bsn!,
                j.Gemeente,
                j.Leerroute!,
                Iso(j.TaalStart!.Value),
                Iso(peildatum),
                l.Final switch { "AFGEROND" => "COMPLETED", "UITGEVALLEN" => "DROPPED_OUT", "OVERGESTAPT" => "TRANSFERRED", _ => "ACTIVE" },
                l.Aangeboden.ToString("0.#", CultureInfo.InvariantCulture),
                l.Gevolgd.ToString("0.#", CultureInfo.InvariantCulture),
                l.Geoorloofd.ToString("0.#", CultureInfo.InvariantCulture),
                l.Ongeoorloofd.ToString("0.#", CultureInfo.InvariantCulture),
                l.Participatie?.ToString("0.#", CultureInfo.InvariantCulture) ?? "",
                l.Lezen, l.Luisteren, l.Schrijven, l.Spreken,
                l.Knm ? "true" : "false",
                j.Pvt <= peildatum ? Iso(j.Pvt!.Value) : "",
            ];
            sb.Append(string.Join(',', values.Select(v => $"\"{v}\""))).Append('\n');
        }

        var path = Path.Combine(inbox, "nltraining", $"progress_{peildatum:yyyy-MM}.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, sb.ToString(), new UTF8Encoding(false));
        return path;
    }

    private static string Dutch(DateOnly d) => d.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>One cursist's progress on a peildatum: hours grow with the weeks, levels with the months.</summary>
    private sealed class Line(DemoJourney journey, DateOnly peildatum)
    {
        private readonly int _weeks = Math.Max(0, (peildatum.DayNumber - journey.TaalStart!.Value.DayNumber) / 7);
        private readonly int _months = Math.Max(0, (peildatum.DayNumber - journey.TaalStart!.Value.DayNumber) / 30);

        public DemoJourney Journey { get; } = journey;

        /// <summary>The final status on the journey's last line (<see cref="DemoJourney.TaalEinde"/>), else null (running).</summary>
        public string? Final { get; } = journey.TaalEinde == peildatum ? journey.TaalStatus : null;

        public decimal Aangeboden => _weeks * (Journey.Leerroute switch { "Z" => 10m, "ONDERWIJS" => 14m, _ => 12m });

        public decimal Gevolgd => Math.Round(Aangeboden * (0.86m + (Journey.Nummer % 10 / 100m)), 1);

        public decimal Geoorloofd => Math.Round(Aangeboden * 0.03m, 1);

        public decimal Ongeoorloofd => Aangeboden - Gevolgd - Geoorloofd;

        public decimal? Participatie => Journey.Leerroute == "Z" ? _weeks * 6m : null;

        public string Lezen => Level(0);

        public string Luisteren => Level(1);

        public string Schrijven => Level(-2);

        public string Spreken => Level(1);

        public bool Knm => _months >= 12;

        private string Level(int offset)
        {
            var m = _months + offset;
            return Journey.Leerroute == "Z"
                ? m < 6 ? "A0" : m < 14 ? "A1" : "A2"
                : m < 4 ? "A0" : m < 9 ? "A1" : m < 15 ? "A2" : "B1";
        }
    }
}
