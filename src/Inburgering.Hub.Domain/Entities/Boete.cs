namespace Inburgering.Hub.Domain.Entities;

/// <summary>Bestuurlijke boete imposed by DUO.</summary>
public sealed class Boete : PersonFact
{
    public DateOnly Datum { get; set; }

    public decimal Bedrag { get; set; }
}
