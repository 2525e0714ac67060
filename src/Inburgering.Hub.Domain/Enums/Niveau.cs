namespace Inburgering.Hub.Domain;

/// <summary>Language level (CEFR).</summary>
public enum Niveau
{
    A0,
    A1,
    A2,
    B1,
    B2,
}
