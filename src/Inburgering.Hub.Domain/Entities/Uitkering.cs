namespace Inburgering.Hub.Domain.Entities;

/// <summary>Participatiewet-uitkering paid by WerkSaam.</summary>
public sealed class Uitkering : PersonFact
{
    public UitkeringSoort Soort { get; set; }

    public DateOnly Ingangsdatum { get; set; }

    public DateOnly? Einddatum { get; set; }

    public RedenUitstroom? RedenUitstroom { get; set; }
}
