namespace Inburgering.Hub.Server.Demo;

/// <summary>Half-year taakstelling of a demo gemeente.</summary>
internal sealed record DemoTaakstelling(string GemeenteCode, string Periode, int Taakstelling, int Gerealiseerd);
