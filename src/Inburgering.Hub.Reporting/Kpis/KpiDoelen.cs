using Inburgering.Hub.Domain;

namespace Inburgering.Hub.Reporting.Kpis;

/// <summary>Targets of the beleidsdoelstellingen in percent (design: voortgangsrapportage.md).</summary>
public static class KpiDoelen
{
    public const double FinancieelZelfredzaam = 75;

    public const double InAanrakingMetWerk = 80;

    /// <summary>pipTijdig has no regional target (Heerenveen measured 85 % in 2022, 70 % in 2023).</summary>
    public static double? PipTijdig => null;

    public static double VoldaanBinnenTermijn(Leerroute route) => route switch
    {
        Leerroute.B1 => 75,
        _ => 80,
    };

    public static double UitstroomNaarWerk(Leerroute route) => route switch
    {
        Leerroute.Z => 65,
        _ => 50,
    };
}
