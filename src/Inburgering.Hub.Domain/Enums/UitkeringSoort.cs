namespace Inburgering.Hub.Domain;

/// <summary>Kind of uitkering.</summary>
public enum UitkeringSoort
{
    Participatiewet,
}
