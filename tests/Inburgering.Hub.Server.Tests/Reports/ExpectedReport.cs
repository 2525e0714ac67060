namespace Inburgering.Hub.Server.Tests.Reports;

/// <summary>Builds the expected cells of one gemeente (or REGIO) in the <see cref="ReportCells"/> form.</summary>
internal sealed class ExpectedReport(string gemeente)
{
    private static readonly string[] Routes = ["B1", "ONDERWIJS", "Z"];
    private static readonly string[] Soorten = ["ORIENTATIE_WERKSTAGE", "WERKSTAGE", "VRIJWILLIGERSWERK", "BETAALDE_BAAN"];

    public Dictionary<string, string> Cells { get; } = new(StringComparer.Ordinal);

    public ExpectedReport Statushouders(int gehuisvest, int plichtig, int pip, int beeindigd) =>
        Set("statushouders", ("aantalGehuisvest", gehuisvest), ("aantalInburgeringsplichtig", plichtig), ("pipVastgesteld", pip), ("beeindigd", beeindigd));

    public ExpectedReport Gezinsmigranten(int plichtig, int pip, int beeindigd) =>
        Set("gezinsmigranten", ("aantalInburgeringsplichtig", plichtig), ("pipVastgesteld", pip), ("beeindigd", beeindigd));

    /// <param name="gestart">B1, ONDERWIJS, Z.</param>
    /// <param name="afgerond">B1, ONDERWIJS, Z.</param>
    public ExpectedReport LeerroutesStatushouders(int[] gestart, int[] afgerond) => Routes3("leerroutesStatushouders", "gestart", gestart, afgerond);

    public ExpectedReport LeerroutesGezinsmigranten(int[] vastgesteld, int[] afgerond) => Routes3("leerroutesGezinsmigranten", "vastgesteld", vastgesteld, afgerond);

    public ExpectedReport Map(int afgerond, int vrijstellingen) => Set("map", ("afgerond", afgerond), ("vrijstellingen", vrijstellingen));

    public ExpectedReport Pvt(int afgerond) => Set("pvtAfgerond", ("pvtAfgerond", afgerond));

    public ExpectedReport Ontzorgen(int trajecten, int verlengd) => Set("financieelOntzorgen", ("aantalTrajecten", trajecten), ("verlengd", verlengd));

    /// <param name="aantallen">ORIENTATIE_WERKSTAGE, WERKSTAGE, VRIJWILLIGERSWERK, BETAALDE_BAAN.</param>
    public ExpectedReport Werk(params int[] aantallen)
    {
        for (var i = 0; i < Soorten.Length; i++)
        {
            Cells[ReportCells.Key(gemeente, "werk", "aantal", "", Soorten[i], "waarde")] = Num(aantallen[i]);
        }

        return this;
    }

    /// <summary>A KPI; <paramref name="percentage"/> null = no data.</summary>
    public ExpectedReport Kpi(string naam, string? route, int teller, int noemer, double? percentage, double? doel)
    {
        Cells[ReportCells.Key(gemeente, "kpis", naam, route ?? "", "", "teller")] = Num(teller);
        Cells[ReportCells.Key(gemeente, "kpis", naam, route ?? "", "", "noemer")] = Num(noemer);
        Cells[ReportCells.Key(gemeente, "kpis", naam, route ?? "", "", "percentage")] = Dec(percentage);
        Cells[ReportCells.Key(gemeente, "kpis", naam, route ?? "", "", "doel")] = Dec(doel);
        return this;
    }

    private ExpectedReport Routes3(string sectie, string eerste, int[] eersteWaarden, int[] afgerond)
    {
        for (var i = 0; i < Routes.Length; i++)
        {
            Cells[ReportCells.Key(gemeente, sectie, eerste, Routes[i], "", "waarde")] = Num(eersteWaarden[i]);
            Cells[ReportCells.Key(gemeente, sectie, "afgerond", Routes[i], "", "waarde")] = Num(afgerond[i]);
        }

        return this;
    }

    private ExpectedReport Set(string sectie, params (string Rij, int Waarde)[] rows)
    {
        foreach (var (rij, waarde) in rows)
        {
            Cells[ReportCells.Key(gemeente, sectie, rij, "", "", "waarde")] = Num(waarde);
        }

        return this;
    }

    private static string Num(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Dec(double? value) => value?.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) ?? "";
}
