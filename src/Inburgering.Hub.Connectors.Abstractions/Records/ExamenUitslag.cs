namespace Inburgering.Hub.Connectors.Abstractions;

/// <summary>The examen part of an EXAMENUITSLAG melding.</summary>
public sealed record ExamenUitslag(string Onderdeel, string Niveau, string Resultaat, decimal? Cijfer, DateOnly Examendatum);
