using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace Inburgering.Hub.Server.Demo;

/// <summary>
/// Writes DUO's meldingen as daily batch files (UTF-8 XML, namespace urn:duo:inburgering:meldingen:1),
/// one file per half year of melding dates: kennisgevingen, termijnen, endings, moves, exams (one
/// corrected by a later correctieVan melding), a boete, and one melding whose BSN fails the elfproef.
/// </summary>
internal static class DuoDemoWriter
{
    /// <summary>The id of the melding with a BSN typo.</summary>
    public const string BadRecordId = "M-BAD-1";

    private const string Ns = "urn:duo:inburgering:meldingen:1";

    public static IReadOnlyList<string> Write(DemoRegion region, string inbox)
    {
        Directory.CreateDirectory(inbox);
        var meldingen = new List<Melding>();
        foreach (var j in region.Journeys.Where(j => j.IsPlichtig && j.Bsn is not null && j.Kennisgeving <= region.ExportDate))
        {
            meldingen.AddRange(For(j, region.ExportDate));
        }

        var corrected = meldingen.FirstOrDefault(m => m.Soort == "EXAMENUITSLAG");
        if (corrected is not null)
        {
            meldingen.Add(corrected with
            {
                Id = corrected.Id + "-C",
                Datum = corrected.Datum.AddDays(3),
                CorrectieVan = corrected.Id,
                Inhoud = Regex.Replace(
                    corrected.Inhoud.Replace("resultaat=\"GESLAAGD\"", "resultaat=\"NIET_GESLAAGD\"", StringComparison.Ordinal),
                    "cijfer=\"[0-9.]+\"",
                    "cijfer=\"5.1\""),
            });
        }

        var sample = region.Journeys.First(j => j.IsPlichtig && j.Bsn is not null);
        meldingen.Add(new Melding(BadRecordId, "INBURGERINGSPLICHT_GESTART", region.ExportDate.AddDays(-3), sample.Bsn![..8] + (sample.Bsn[8] == '9' ? '0' : (char)(sample.Bsn[8] + 1)), sample.Gemeente, null,
            "<doelgroep>GEZINSMIGRANT</doelgroep><wet>WI2021</wet><geboortejaar>1990</geboortejaar>"));

        var files = new List<string>();
        foreach (var half in meldingen.GroupBy(m => new DateOnly(m.Datum.Year, m.Datum.Month <= 6 ? 7 : 12, 1)).OrderBy(g => g.Key))
        {
            var delivered = half.Key.Month == 7 ? half.Key : new DateOnly(half.Key.Year + 1, 1, 1);
            var stamp = delivered.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
            var path = Path.Combine(inbox, $"duo-meldingen-{stamp}-001.xml");
            WriteFile(path, stamp, half.OrderBy(m => m.Datum).ThenBy(m => m.Id, StringComparer.Ordinal));
            files.Add(path);
        }

        return files;
    }

    private static IEnumerable<Melding> For(DemoJourney j, DateOnly export)
    {
        var id = j.Nummer * 10;
        var k = j.Kennisgeving!.Value;
        var vnr = j.IsStatushouder ? $"<vNummer>{j.VNummer}</vNummer>" : "";
        yield return new Melding(Id(id), "INBURGERINGSPLICHT_GESTART", k, j.Bsn!, j.Gemeente, null,
            $"{vnr}<doelgroep>{j.Doelgroep}</doelgroep><wet>{j.Wet}</wet><geboortejaar>{j.Geboortejaar}</geboortejaar>");
        if (j.Pip is { } pip && pip <= export && j.Wet == "WI2021")
        {
            yield return new Melding(Id(id + 1), "TERMIJN_VASTGESTELD", pip, j.Bsn!, j.Gemeente, null,
                $"<termijn aanvang=\"{Iso(pip.AddDays(1))}\" einde=\"{Iso(pip.AddYears(3))}\"/>");
            if (j.Nummer % 23 == 0 && pip.AddDays(400) <= export)
            {
                yield return new Melding(Id(id + 2), "TERMIJN_VERLENGD", pip.AddDays(400), j.Bsn!, j.Gemeente, null,
                    $"<verlenging weken=\"26\" nieuweEinde=\"{Iso(pip.AddYears(3).AddDays(182))}\" grond=\"ZIEKTE\"/>");
            }
        }

        if (j.Einde is { } e && e.Soort != "PIP_BEEINDIGD")
        {
            var inhoud = e.Soort switch
            {
                "VERHUISD" => $"<naarGemeente>{e.NaarGemeente}</naarGemeente>",
                _ => $"<reden>{e.Reden}</reden>",
            };
            yield return new Melding(Id(id + 3), e.Soort, e.Datum, j.Bsn!, j.Gemeente, null, inhoud);
        }

        var n = 4;
        foreach (var examen in j.Examens.Concat(Exams(j, export)))
        {
            yield return new Melding(Id(id + n++), "EXAMENUITSLAG", examen.Datum.AddDays(14), j.Bsn!, j.Gemeente, null,
                string.Create(CultureInfo.InvariantCulture,
                    $"<examen onderdeel=\"{examen.Onderdeel}\" niveau=\"{examen.Niveau}\" resultaat=\"{(examen.Geslaagd ? "GESLAAGD" : "NIET_GESLAAGD")}\" cijfer=\"{examen.Cijfer:0.0}\" examendatum=\"{Iso(examen.Datum)}\"/>"));
        }

        if (j.Nummer % 97 == 0 && j.Wet == "WI2021" && j.Pip is { } late && late.AddDays(300) <= export)
        {
            yield return new Melding(Id(id + 9), "BOETE", late.AddDays(300), j.Bsn!, j.Gemeente, null, "<boete bedrag=\"250.00\"/>");
        }
    }

    /// <summary>After about a year of lessons the first exams: KNM and reading, mostly passed.</summary>
    private static IEnumerable<DemoExamen> Exams(DemoJourney j, DateOnly export)
    {
        if (j.Wet != "WI2021" || j.TaalStart is not { } start || start.AddDays(380) > export || !j.InRegionAfter(export))
        {
            yield break;
        }

        yield return new DemoExamen("KNM", "A2", true, 6.5m + (j.Nummer % 30 / 10m), start.AddDays(365));
        if (j.Leerroute == "B1")
        {
            yield return new DemoExamen("LEZEN", "B1", j.Nummer % 4 != 0, 5.0m + (j.Nummer % 40 / 10m), start.AddDays(372));
        }
    }

    private static void WriteFile(string path, string batch, IEnumerable<Melding> meldingen)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true };
        using var writer = XmlWriter.Create(path, settings);
        writer.WriteStartDocument();
        writer.WriteStartElement("meldingenBatch", Ns);
        writer.WriteAttributeString("batchId", batch + "-001");
        writer.WriteAttributeString("aangemaakt", batch[..4] + "-" + batch[4..6] + "-" + batch[6..] + "T06:00:00+01:00");
        foreach (var m in meldingen)
        {
            writer.WriteStartElement("melding", Ns);
            writer.WriteAttributeString("id", m.Id);
            writer.WriteAttributeString("soort", m.Soort);
            writer.WriteAttributeString("datum", Iso(m.Datum));
            if (m.CorrectieVan is not null)
            {
                writer.WriteAttributeString("correctieVan", m.CorrectieVan);
            }

            writer.WriteElementString("bsn", Ns, m.Bsn);
            writer.WriteElementString("gemeente", Ns, m.Gemeente);
            writer.WriteRaw(m.Inhoud.Replace("<", $"<", StringComparison.Ordinal));
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private static string Id(int n) => string.Create(CultureInfo.InvariantCulture, $"M-{n:00000000}");

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed record Melding(string Id, string Soort, DateOnly Datum, string Bsn, string Gemeente, string? CorrectieVan, string Inhoud);
}
