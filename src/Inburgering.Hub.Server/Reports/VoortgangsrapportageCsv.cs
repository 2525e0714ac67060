using System.Globalization;
using System.Text;
using Inburgering.Hub.Domain;
using Inburgering.Hub.Domain.Values;
using Inburgering.Hub.Reporting.Model;

namespace Inburgering.Hub.Server.Reports;

/// <summary>
/// The voortgangsrapportage as CSV: one row per (gemeente, sectie, rij), with the GraphQL field
/// names. Columns (';'-separated, invariant culture, header first):
/// <c>gemeente;naam;sectie;rij;leerroute;soort;waarde;teller;noemer;percentage;doel;verstoord</c>.
/// <c>gemeente</c> is the CBS code or <c>REGIO</c>; count rows fill <c>waarde</c>, KPI rows (sectie
/// <c>kpis</c>, rij = KPI naam) fill teller, noemer, percentage (empty = no data) and doel.
/// Cells that the contract defines as null (aantalGehuisvest of gezinsmigranten, gestart of
/// gezinsmigranten, vastgesteld of statushouders) have no row. <c>verstoord</c> = <c>ja</c> marks the rows
/// whose figures are perturbed by the cell-key method (gemeenten counted only through <c>regio</c>, and the
/// region when it includes them; README "Regio figures: the cell-key method").
/// </summary>
public static class VoortgangsrapportageCsv
{
    public const string Header = "gemeente;naam;sectie;rij;leerroute;soort;waarde;teller;noemer;percentage;doel;verstoord";

    public const string Verstoord = "ja";

    public const string Regio = "REGIO";

    public static string Write(Voortgangsrapportage report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sb = new StringBuilder();
        sb.Append(Header).Append('\n');
        foreach (var g in report.Gemeenten)
        {
            Rows(sb, g.Gemeente?.Code ?? "", g.Gemeente?.Naam ?? "", g, report.Verstoord.Contains($"gemeenten[{g.Gemeente?.Code}]"));
        }

        Rows(sb, Regio, "", report.Regio, report.Verstoord.Contains("regio"));
        return sb.ToString();
    }

    private static void Rows(StringBuilder sb, string code, string naam, GemeenteRapportage r, bool verstoord)
    {
        void Count(string sectie, string rij, int? waarde, Leerroute? route = null, ParticipatieSoort? soort = null) =>
            Line(sb, code, naam, sectie, rij, route, soort, Num(waarde), "", "", "", "", verstoord);

        foreach (var (sectie, t) in new[] { ("statushouders", r.Statushouders), ("gezinsmigranten", r.Gezinsmigranten) })
        {
            if (sectie == "statushouders")
            {
                Count(sectie, "aantalGehuisvest", t.AantalGehuisvest);
            }

            Count(sectie, "aantalInburgeringsplichtig", t.AantalInburgeringsplichtig);
            Count(sectie, "pipVastgesteld", t.PipVastgesteld);
            Count(sectie, "beeindigd", t.Beeindigd);
        }

        foreach (var l in r.LeerroutesStatushouders)
        {
            Count("leerroutesStatushouders", "gestart", l.Gestart, l.Leerroute);
            Count("leerroutesStatushouders", "afgerond", l.Afgerond, l.Leerroute);
        }

        foreach (var l in r.LeerroutesGezinsmigranten)
        {
            Count("leerroutesGezinsmigranten", "vastgesteld", l.Vastgesteld, l.Leerroute);
            Count("leerroutesGezinsmigranten", "afgerond", l.Afgerond, l.Leerroute);
        }

        Count("map", "afgerond", r.Map.Afgerond);
        Count("map", "vrijstellingen", r.Map.Vrijstellingen);
        Count("pvtAfgerond", "pvtAfgerond", r.PvtAfgerond);
        Count("financieelOntzorgen", "aantalTrajecten", r.FinancieelOntzorgen.AantalTrajecten);
        Count("financieelOntzorgen", "verlengd", r.FinancieelOntzorgen.Verlengd);
        foreach (var w in r.Werk)
        {
            Count("werk", "aantal", w.Aantal, soort: w.Soort);
        }

        foreach (var k in r.Kpis)
        {
            Line(sb, code, naam, "kpis", k.Naam, k.Leerroute, null, "", Num(k.Teller), Num(k.Noemer), Dec(k.Percentage), Dec(k.Doel), verstoord);
        }
    }

    private static void Line(
        StringBuilder sb, string code, string naam, string sectie, string rij, Leerroute? route, ParticipatieSoort? soort,
        string waarde, string teller, string noemer, string percentage, string doel, bool verstoord)
    {
        sb.AppendJoin(';',
            code,
            Escape(naam),
            sectie,
            rij,
            route is { } l ? CodeList<Leerroute>.ToCode(l) : "",
            soort is { } s ? CodeList<ParticipatieSoort>.ToCode(s) : "",
            waarde,
            teller,
            noemer,
            percentage,
            doel,
            verstoord ? Verstoord : "");
        sb.Append('\n');
    }

    private static string Num(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Dec(double? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "";

    private static string Escape(string value) =>
        value.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
