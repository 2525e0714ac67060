namespace Inburgering.Hub.Domain.Entities;

/// <summary>Participatie or work: werkstage, vrijwilligerswerk, betaalde baan, taalmaatje.</summary>
public sealed class Participatieactiviteit : PersonFact
{
    public ParticipatieSoort Soort { get; set; }

    public DateOnly Startdatum { get; set; }

    public DateOnly? Einddatum { get; set; }

    public decimal? UrenPerWeek { get; set; }
}
