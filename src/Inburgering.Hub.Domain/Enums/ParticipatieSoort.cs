namespace Inburgering.Hub.Domain;

/// <summary>Kind of participatie- or werkactiviteit.</summary>
public enum ParticipatieSoort
{
    OrientatieWerkstage,
    Werkstage,
    Vrijwilligerswerk,
    BetaaldeBaan,
    Taalmaatje,
}
