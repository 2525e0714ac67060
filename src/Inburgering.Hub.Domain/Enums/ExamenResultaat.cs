namespace Inburgering.Hub.Domain;

/// <summary>Outcome of an examenonderdeel.</summary>
public enum ExamenResultaat
{
    Geslaagd,
    NietGeslaagd,
}
