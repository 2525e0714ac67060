using Inburgering.Hub.Domain.Entities;

namespace Inburgering.Hub.Domain.Rules;

/// <summary>
/// What one person's DUO meldingen amount to (<see cref="DuoDerivation.Derive"/>): the derived rows,
/// not yet stored, with <see cref="SourcedRecord.SourceId"/>, connector, stream and lineage taken
/// from the melding each comes from.
/// </summary>
/// <param name="VervangenDoor">Per melding id of the person: the id of the live melding that replaces it, or null when it counts.</param>
/// <param name="Plichten">One per effective kennisgeving (INBURGERINGSPLICHT_GESTART), source id = its melding id.</param>
/// <param name="PlichtGemeenten">Periods of responsibility per plicht, source id <c>{kennisgevingId}:{van:yyyyMMdd}</c>.</param>
/// <param name="Examens">One per effective EXAMENUITSLAG.</param>
/// <param name="Verlengingen">One per effective TERMIJN_VERLENGD.</param>
/// <param name="Boetes">One per effective BOETE.</param>
/// <param name="VerantwoordelijkeGemeente">
/// The gemeente responsible now: that of the person's leading plicht (<see cref="DuoDerivation.Leading"/>), or null without a plicht.
/// </param>
public sealed record DuoFacts(
    IReadOnlyDictionary<string, string?> VervangenDoor,
    IReadOnlyList<Inburgeringsplicht> Plichten,
    IReadOnlyList<PlichtGemeente> PlichtGemeenten,
    IReadOnlyList<Examenonderdeel> Examens,
    IReadOnlyList<TermijnVerlenging> Verlengingen,
    IReadOnlyList<Boete> Boetes,
    string? VerantwoordelijkeGemeente);
