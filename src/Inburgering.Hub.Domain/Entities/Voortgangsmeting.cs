namespace Inburgering.Hub.Domain.Entities;

/// <summary>Progress of a leerroute-deelname on one peildatum (one line per cursist per month).</summary>
public sealed class Voortgangsmeting : PersonFact
{
    public long LeerrouteDeelnameId { get; set; }

    public LeerrouteDeelname? LeerrouteDeelname { get; set; }

    public DateOnly Peildatum { get; set; }

    public decimal UrenAangeboden { get; set; }

    public decimal UrenGevolgd { get; set; }

    public decimal UrenGeoorloofdVerzuim { get; set; }

    public decimal UrenOngeoorloofdVerzuim { get; set; }

    public decimal? UrenParticipatie { get; set; }

    public Niveau? NiveauLezen { get; set; }

    public Niveau? NiveauLuisteren { get; set; }

    public Niveau? NiveauSchrijven { get; set; }

    public Niveau? NiveauSpreken { get; set; }

    public bool KnmAfgerond { get; set; }
}
