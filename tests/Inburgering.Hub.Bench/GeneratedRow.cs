namespace Inburgering.Hub.Bench;

/// <summary>One generated koppeling row, in the contract's text form.</summary>
internal sealed record GeneratedRow(
    string KoppelingId,
    string? Bsn,
    string VNummer,
    string GemeenteCode,
    DateOnly Koppeldatum,
    DateOnly? Huisvestingsdatum,
    string TaakstellingPeriode,
    string GezinId,
    string Gezinsrol,
    int Geboortejaar,
    string Herkomstland,
    bool Nareiziger,
    string Voorinburgering,
    string Status);
