namespace Inburgering.Hub.Reporting.Kpis;

/// <summary>Names of the beleidsdoelstellingen (KPIs) of the contract.</summary>
public static class KpiNaam
{
    public const string FinancieelZelfredzaam = "financieelZelfredzaam";
    public const string PipTijdig = "pipTijdig";
    public const string InAanrakingMetWerk = "inAanrakingMetWerk";
    public const string VoldaanBinnenTermijn = "voldaanBinnenTermijn";
    public const string UitstroomNaarWerk = "uitstroomNaarWerk";
}
