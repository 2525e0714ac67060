using System.Globalization;
using Inburgering.Hub.Domain.Entities;
using Inburgering.Hub.Domain.Values;

namespace Inburgering.Hub.Domain.Rules;

/// <summary>
/// The pure rules that turn one person's DUO meldingen into the derived DUO entities. No database:
/// meldingen in, <see cref="DuoFacts"/> out, so the same facts come out whatever the order in which
/// the meldingen arrived.
/// <list type="number">
/// <item><b>Corrections.</b> A melding stops counting when a live melding has <c>correctieVan</c> = its id,
/// regardless of arrival order. A correction of a correction replaces the correction (the original
/// stays replaced). When several live meldingen correct the same melding, the latest (datum, then id)
/// counts and the earlier corrections are replaced by it.</item>
/// <item><b>Plicht.</b> One per effective INBURGERINGSPLICHT_GESTART (doelgroep, wet, startdatum =
/// its datum). Every other melding belongs to the plicht with the latest startdatum on or before
/// its datum (else the first plicht).</item>
/// <item><b>Status.</b> The latest (datum, id) of VOLDAAN, ONTHEFFING, VRIJSTELLING and PLICHT_BEEINDIGD
/// decides status and status date (with the beëindigingsreden); without one the plicht is LOPEND since its start.</item>
/// <item><b>Termijn.</b> Aanvang and einde from the latest TERMIJN_VASTGESTELD; a TERMIJN_VERLENGD dated
/// on or after it sets einde to its nieuweEinde (the latest verlenging wins).</item>
/// <item><b>Gemeente.</b> The kennisgeving's gemeente is responsible from the startdatum; each VERHUISD (by
/// datum) closes the period at its datum (exclusive) with naarGemeente and opens the next one. The
/// plicht's gemeente is that of the open period.</item>
/// <item><b>Examens, verlengingen, boetes.</b> One row per effective melding of that soort, in the
/// melding's gemeente.</item>
/// </list>
/// </summary>
public static class DuoDerivation
{
    private static readonly Comparison<DuoMelding> ByDatumThenId = (a, b) =>
        a.Datum != b.Datum ? a.Datum.CompareTo(b.Datum) : string.CompareOrdinal(a.SourceId, b.SourceId);

    /// <summary>Derives the facts of one person.</summary>
    /// <param name="meldingen">Every stored melding of the person (withdrawn ones are ignored).</param>
    /// <param name="correctiesElders">
    /// Live meldingen of other persons that correct one of <paramref name="meldingen"/> (a melding
    /// corrected under another BSN): they only replace, they yield no facts for this person.
    /// </param>
    public static DuoFacts Derive(IReadOnlyCollection<DuoMelding> meldingen, IReadOnlyCollection<DuoMelding>? correctiesElders = null)
    {
        ArgumentNullException.ThrowIfNull(meldingen);
        var live = meldingen.Where(m => !m.IsDeleted).ToList();
        var vervangenDoor = Replacements([.. live, .. (correctiesElders ?? []).Where(m => !m.IsDeleted)]);
        var effective = live.Where(m => !vervangenDoor.ContainsKey(m.SourceId)).ToList();
        effective.Sort(ByDatumThenId);

        var plichten = new List<Inburgeringsplicht>();
        var perioden = new List<PlichtGemeente>();
        var kennisgevingen = effective.Where(m => m.Soort == MeldingSoort.InburgeringsplichtGestart && m.Doelgroep is not null && m.Wet is not null).ToList();
        var others = effective.Where(m => m.Soort != MeldingSoort.InburgeringsplichtGestart).ToList();
        foreach (var kennisgeving in kennisgevingen)
        {
            var own = others.Where(m => Owner(m, kennisgevingen) == kennisgeving).ToList();
            var (plicht, periods) = Plicht(kennisgeving, own);
            plichten.Add(plicht);
            perioden.AddRange(periods);
        }

        return new DuoFacts(
            meldingen.ToDictionary(m => m.SourceId, m => vervangenDoor.GetValueOrDefault(m.SourceId), StringComparer.Ordinal),
            plichten,
            perioden,
            [.. effective.Where(m => m.Soort == MeldingSoort.Examenuitslag && m.ExamenOnderdeel is not null).Select(Examen)],
            [.. effective.Where(m => m.Soort == MeldingSoort.TermijnVerlengd && m.NieuweEinde is not null).Select(Verlenging)],
            [.. effective.Where(m => m.Soort == MeldingSoort.Boete && m.BoeteBedrag is not null).Select(Boete)],
            Leading(plichten)?.GemeenteCode);
    }

    /// <summary>The plicht that speaks for the person: the WI2021 one if any (latest start), else the latest.</summary>
    public static Inburgeringsplicht? Leading(IEnumerable<Inburgeringsplicht> plichten) =>
        plichten
            .OrderByDescending(p => p.Wet == Wet.Wi2021)
            .ThenByDescending(p => p.Startdatum)
            .ThenByDescending(p => p.SourceId, StringComparer.Ordinal)
            .FirstOrDefault();

    /// <summary>Replaced melding id → the live melding that replaces it.</summary>
    private static Dictionary<string, string> Replacements(List<DuoMelding> live)
    {
        var replaced = new Dictionary<string, string>(StringComparer.Ordinal);
        var groups = live
            .Where(m => m.CorrectieVan is { Length: > 0 } target && target != m.SourceId)
            .GroupBy(m => m.CorrectieVan!, StringComparer.Ordinal);
        var siblings = new List<(string Earlier, string Latest)>();
        foreach (var group in groups)
        {
            var corrections = group.ToList();
            corrections.Sort(ByDatumThenId);
            var latest = corrections[^1];
            replaced[group.Key] = latest.SourceId;
            siblings.AddRange(corrections.Take(corrections.Count - 1).Select(c => (c.SourceId, latest.SourceId)));
        }

        foreach (var (earlier, latest) in siblings)
        {
            replaced.TryAdd(earlier, latest);
        }

        return replaced;
    }

    private static DuoMelding? Owner(DuoMelding melding, List<DuoMelding> kennisgevingen) =>
        kennisgevingen.LastOrDefault(k => k.Datum <= melding.Datum) ?? kennisgevingen.FirstOrDefault();

    private static (Inburgeringsplicht Plicht, List<PlichtGemeente> Perioden) Plicht(DuoMelding kennisgeving, List<DuoMelding> own)
    {
        var plicht = Derived<Inburgeringsplicht>(kennisgeving, kennisgeving.SourceId);
        plicht.Doelgroep = kennisgeving.Doelgroep!.Value;
        plicht.Wet = kennisgeving.Wet!.Value;
        plicht.Startdatum = kennisgeving.Datum;
        plicht.Status = PlichtStatus.Lopend;
        plicht.StatusDatum = kennisgeving.Datum;

        foreach (var melding in own)
        {
            switch (melding.Soort)
            {
                case MeldingSoort.TermijnVastgesteld when melding.TermijnEinde is not null:
                    plicht.TermijnAanvang = melding.TermijnAanvang;
                    plicht.TermijnEinde = melding.TermijnEinde;
                    break;
                case MeldingSoort.TermijnVerlengd when melding.NieuweEinde is not null:
                    plicht.TermijnEinde = melding.NieuweEinde;
                    break;
                case MeldingSoort.Voldaan or MeldingSoort.Ontheffing or MeldingSoort.Vrijstelling or MeldingSoort.PlichtBeeindigd:
                    plicht.Status = melding.Soort switch
                    {
                        MeldingSoort.Voldaan => PlichtStatus.Voldaan,
                        MeldingSoort.Ontheffing => PlichtStatus.Ontheffing,
                        MeldingSoort.Vrijstelling => PlichtStatus.Vrijstelling,
                        _ => PlichtStatus.Beeindigd,
                    };
                    plicht.StatusDatum = melding.Datum;
                    plicht.BeeindigingReden = melding.Soort == MeldingSoort.PlichtBeeindigd && CodeList<BeeindigingReden>.TryParse(melding.Reden, out var reden)
                        ? reden
                        : null;
                    break;
            }
        }

        // Responsibility: one open period, closed and re-opened by every VERHUISD.
        var perioden = new List<PlichtGemeente>();
        var (van, gemeente, opener) = (kennisgeving.Datum, kennisgeving.GemeenteCode, kennisgeving);
        foreach (var verhuisd in own.Where(m => m.Soort == MeldingSoort.Verhuisd && m.NaarGemeenteCode is not null))
        {
            if (verhuisd.Datum <= van)
            {
                // Same day as (or before) the period's start: the period never ran; the move decides its gemeente.
                (gemeente, opener) = (verhuisd.NaarGemeenteCode!, verhuisd);
                continue;
            }

            perioden.Add(Periode(kennisgeving, opener, van, gemeente, verhuisd.Datum, verhuisd.NaarGemeenteCode));
            (van, gemeente, opener) = (verhuisd.Datum, verhuisd.NaarGemeenteCode!, verhuisd);
        }

        perioden.Add(Periode(kennisgeving, opener, van, gemeente, tot: null, naar: null));
        plicht.GemeenteCode = gemeente;
        return (plicht, perioden);
    }

    private static PlichtGemeente Periode(DuoMelding kennisgeving, DuoMelding opener, DateOnly van, string gemeente, DateOnly? tot, string? naar)
    {
        var periode = Derived<PlichtGemeente>(opener, string.Create(CultureInfo.InvariantCulture, $"{kennisgeving.SourceId}:{van:yyyyMMdd}"));
        periode.GemeenteCode = gemeente;
        periode.Van = van;
        periode.Tot = tot;
        periode.NaarGemeenteCode = naar;
        return periode;
    }

    private static Examenonderdeel Examen(DuoMelding melding)
    {
        var examen = Derived<Examenonderdeel>(melding, melding.SourceId);
        examen.Onderdeel = melding.ExamenOnderdeel!.Value;
        examen.Niveau = melding.ExamenNiveau ?? default;
        examen.Resultaat = melding.ExamenResultaat ?? default;
        examen.Cijfer = melding.ExamenCijfer;
        examen.Examendatum = melding.Examendatum ?? melding.Datum;
        return examen;
    }

    private static TermijnVerlenging Verlenging(DuoMelding melding)
    {
        var verlenging = Derived<TermijnVerlenging>(melding, melding.SourceId);
        verlenging.Datum = melding.Datum;
        verlenging.Weken = melding.VerlengingWeken ?? 0;
        verlenging.NieuweEinde = melding.NieuweEinde!.Value;
        verlenging.Grond = melding.Grond;
        return verlenging;
    }

    private static Boete Boete(DuoMelding melding)
    {
        var boete = Derived<Boete>(melding, melding.SourceId);
        boete.Datum = melding.Datum;
        boete.Bedrag = melding.BoeteBedrag!.Value;
        return boete;
    }

    /// <summary>A new derived row with the person, gemeente, source and lineage of <paramref name="melding"/>.</summary>
    private static T Derived<T>(DuoMelding melding, string sourceId)
        where T : PersonFact, new() => new()
        {
            InburgeraarId = melding.InburgeraarId,
            GemeenteCode = melding.GemeenteCode,
            SourceConnector = melding.SourceConnector,
            SourceStream = melding.SourceStream,
            SourceId = sourceId,
            SourceFileId = melding.SourceFileId,
            SourceLocation = melding.SourceLocation,
            LastSeenFileId = melding.LastSeenFileId,
        };
}
