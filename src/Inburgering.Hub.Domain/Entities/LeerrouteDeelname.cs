namespace Inburgering.Hub.Domain.Entities;

/// <summary>A person's leerroute at one taalaanbieder (source id: aanbieder + cursistId).</summary>
public sealed class LeerrouteDeelname : PersonFact
{
    public string Aanbieder { get; set; } = "";

    public string CursistId { get; set; } = "";

    public Leerroute Leerroute { get; set; }

    public DateOnly Startdatum { get; set; }

    public DeelnameStatus Status { get; set; }

    public DateOnly? Einddatum { get; set; }

    /// <summary>Peildatum of the progress line the leerroute, status and einddatum were taken from (the latest one).</summary>
    public DateOnly LaatstePeildatum { get; set; }

    public List<Voortgangsmeting> Voortgangsmetingen { get; } = [];
}
