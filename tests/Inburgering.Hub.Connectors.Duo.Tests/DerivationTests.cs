using Inburgering.Hub.Domain;
using Inburgering.Hub.Domain.Entities;
using Inburgering.Hub.Domain.Rules;

namespace Inburgering.Hub.Connectors.Duo.Tests;

/// <summary>The pure derivation: meldingen in, facts out, whatever the order of arrival.</summary>
public sealed class DerivationTests
{
    private static readonly DateOnly Start = new(2022, 8, 15);

    [Fact]
    public void A_correction_replaces_the_original_whether_it_arrives_before_or_long_after_it()
    {
        var original = Examen("M-124", "2023-06-20", ExamenResultaat.Geslaagd, 7.2m);
        var correction = Examen("M-130", "2023-06-22", ExamenResultaat.NietGeslaagd, 5.1m, correctieVan: "M-124");

        var correctionFirst = DuoDerivation.Derive([correction, Gestart("M-123")]);
        var later = DuoDerivation.Derive([Gestart("M-123"), correction, original]);
        var originalAlone = DuoDerivation.Derive([Gestart("M-123"), original]);

        Assert.DoesNotContain(correctionFirst.Examens, e => e.SourceId == "M-124");
        var examen = Assert.Single(later.Examens);
        Assert.Equal(("M-130", ExamenResultaat.NietGeslaagd, 5.1m, ExamenOnderdeel.Lezen, Niveau.B1), (examen.SourceId, examen.Resultaat, examen.Cijfer, examen.Onderdeel, examen.Niveau));
        Assert.Equal("M-130", later.VervangenDoor["M-124"]);
        Assert.Null(later.VervangenDoor["M-130"]);
        Assert.Equal("M-124", Assert.Single(originalAlone.Examens).SourceId);
    }

    [Fact]
    public void A_correction_of_a_correction_leaves_only_the_last_one_counting()
    {
        var facts = DuoDerivation.Derive(
        [
            Melding("C2", MeldingSoort.Boete, "2023-03-01", m => m.BoeteBedrag = 300m, correctieVan: "C1"),
            Melding("C1", MeldingSoort.Boete, "2023-02-01", m => m.BoeteBedrag = 200m, correctieVan: "C0"),
            Melding("C0", MeldingSoort.Boete, "2023-01-01", m => m.BoeteBedrag = 100m),
        ]);

        Assert.Equal(300m, Assert.Single(facts.Boetes).Bedrag);
        Assert.Equal(("C1", "C2", (string?)null), (facts.VervangenDoor["C0"], facts.VervangenDoor["C1"], facts.VervangenDoor["C2"]));
    }

    [Fact]
    public void Verhuisd_moves_responsibility_and_keeps_the_history()
    {
        var facts = DuoDerivation.Derive(
        [
            Gestart("K", gemeente: "GM0388"),
            Melding("V2", MeldingSoort.Verhuisd, "2024-02-01", m => m.NaarGemeenteCode = "GM0498", gemeente: "GM0405"),
            Melding("V1", MeldingSoort.Verhuisd, "2023-09-01", m => m.NaarGemeenteCode = "GM0405", gemeente: "GM0388"),
        ]);

        var plicht = Assert.Single(facts.Plichten);
        Assert.Equal("GM0498", plicht.GemeenteCode);
        Assert.Equal("GM0498", facts.VerantwoordelijkeGemeente);
        Assert.Collection(
            facts.PlichtGemeenten.OrderBy(p => p.Van),
            p => Assert.Equal(("K:20220815", "GM0388", Start, (DateOnly?)new DateOnly(2023, 9, 1), "GM0405"), (p.SourceId, p.GemeenteCode, p.Van, p.Tot, p.NaarGemeenteCode)),
            p => Assert.Equal(("K:20230901", "GM0405", new DateOnly(2023, 9, 1), (DateOnly?)new DateOnly(2024, 2, 1), "GM0498"), (p.SourceId, p.GemeenteCode, p.Van, p.Tot, p.NaarGemeenteCode)),
            p => Assert.Equal(("K:20240201", "GM0498", new DateOnly(2024, 2, 1), (DateOnly?)null, (string?)null), (p.SourceId, p.GemeenteCode, p.Van, p.Tot, p.NaarGemeenteCode)));
    }

    [Fact]
    public void Termijn_verlengd_extends_the_termijn_einde()
    {
        var facts = DuoDerivation.Derive(
        [
            Gestart("K"),
            Melding("T", MeldingSoort.TermijnVastgesteld, "2022-09-29", m => (m.TermijnAanvang, m.TermijnEinde) = (new DateOnly(2022, 9, 30), new DateOnly(2025, 9, 29))),
            Melding("V", MeldingSoort.TermijnVerlengd, "2025-06-01", m => (m.VerlengingWeken, m.NieuweEinde, m.Grond) = (26, new DateOnly(2026, 3, 29), "ZIEKTE")),
        ]);

        var plicht = Assert.Single(facts.Plichten);
        Assert.Equal((new DateOnly(2022, 9, 30), new DateOnly(2026, 3, 29)), (plicht.TermijnAanvang, plicht.TermijnEinde));
        var verlenging = Assert.Single(facts.Verlengingen);
        Assert.Equal((26, new DateOnly(2026, 3, 29), "ZIEKTE"), (verlenging.Weken, verlenging.NieuweEinde, verlenging.Grond));
    }

    [Theory]
    [InlineData(MeldingSoort.Voldaan, null, PlichtStatus.Voldaan, null)]
    [InlineData(MeldingSoort.Ontheffing, "MEDISCH", PlichtStatus.Ontheffing, null)]
    [InlineData(MeldingSoort.Vrijstelling, "OPLEIDING", PlichtStatus.Vrijstelling, null)]
    [InlineData(MeldingSoort.PlichtBeeindigd, "OVERLEDEN", PlichtStatus.Beeindigd, BeeindigingReden.Overleden)]
    public void A_status_melding_sets_status_date_and_reden(MeldingSoort soort, string? reden, PlichtStatus status, BeeindigingReden? beeindiging)
    {
        var lopend = Assert.Single(DuoDerivation.Derive([Gestart("K")]).Plichten);
        var facts = DuoDerivation.Derive([Gestart("K"), Melding("S", soort, "2024-01-10", m => m.Reden = reden)]);

        Assert.Equal((PlichtStatus.Lopend, (DateOnly?)Start), (lopend.Status, lopend.StatusDatum));
        var plicht = Assert.Single(facts.Plichten);
        Assert.Equal((status, (DateOnly?)new DateOnly(2024, 1, 10), beeindiging), (plicht.Status, plicht.StatusDatum, plicht.BeeindigingReden));
    }

    [Fact]
    public void A_WI2013_plicht_is_kept_with_its_wet_and_a_WI2021_plicht_leads()
    {
        var only2013 = DuoDerivation.Derive([Gestart("OUD", "2019-01-01", wet: Wet.Wi2013, gemeente: "GM0388")]);
        var both = DuoDerivation.Derive([Gestart("OUD", "2019-01-01", wet: Wet.Wi2013, gemeente: "GM0388"), Gestart("NIEUW", "2022-08-15", gemeente: "GM0405")]);

        Assert.Equal((Wet.Wi2013, "GM0388"), (Assert.Single(only2013.Plichten).Wet, only2013.VerantwoordelijkeGemeente));
        Assert.Equal(2, both.Plichten.Count);
        Assert.Equal("NIEUW", DuoDerivation.Leading(both.Plichten)!.SourceId);
        Assert.Equal("GM0405", both.VerantwoordelijkeGemeente);
    }

    [Fact]
    public void A_corrected_kennisgeving_yields_the_plicht_of_the_correction()
    {
        var facts = DuoDerivation.Derive([Gestart("K1", doelgroep: Doelgroep.Gezinsmigrant), Gestart("K2", correctieVan: "K1")]);

        var plicht = Assert.Single(facts.Plichten);
        Assert.Equal(("K2", Doelgroep.Asielstatushouder), (plicht.SourceId, plicht.Doelgroep));
    }

    [Fact]
    public void The_order_of_the_meldingen_does_not_matter()
    {
        DuoMelding[] meldingen =
        [
            Gestart("K", gemeente: "GM0388"),
            Melding("V", MeldingSoort.Verhuisd, "2023-09-01", m => m.NaarGemeenteCode = "GM0405"),
            Examen("E1", "2023-06-20", ExamenResultaat.Geslaagd, 7m),
            Examen("E2", "2023-06-22", ExamenResultaat.NietGeslaagd, 5m, correctieVan: "E1"),
            Melding("S", MeldingSoort.Voldaan, "2024-01-01"),
        ];

        var forward = Describe(DuoDerivation.Derive(meldingen));
        var backward = Describe(DuoDerivation.Derive([.. meldingen.Reverse()]));

        Assert.Equal(forward, backward);
    }

    private static string Describe(DuoFacts facts) => string.Join(
        "|",
        facts.Plichten.Select(p => $"{p.SourceId}:{p.Status}:{p.GemeenteCode}")
            .Concat(facts.PlichtGemeenten.OrderBy(p => p.SourceId, StringComparer.Ordinal).Select(p => $"{p.SourceId}:{p.GemeenteCode}:{p.Tot}"))
            .Concat(facts.Examens.Select(e => e.SourceId))
            .Concat(facts.VervangenDoor.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Key}>{v.Value}")));

    private static DuoMelding Gestart(string id, string datum = "2022-08-15", Wet wet = Wet.Wi2021, string gemeente = "GM0405", Doelgroep doelgroep = Doelgroep.Asielstatushouder, string? correctieVan = null) =>
        Melding(id, MeldingSoort.InburgeringsplichtGestart, datum, m => (m.Wet, m.Doelgroep) = (wet, doelgroep), gemeente, correctieVan);

    private static DuoMelding Examen(string id, string datum, ExamenResultaat resultaat, decimal cijfer, string? correctieVan = null) =>
        Melding(id, MeldingSoort.Examenuitslag, datum, m => (m.ExamenOnderdeel, m.ExamenNiveau, m.ExamenResultaat, m.ExamenCijfer, m.Examendatum) =
            (ExamenOnderdeel.Lezen, Niveau.B1, resultaat, cijfer, new DateOnly(2023, 6, 1)), correctieVan: correctieVan);

    private static DuoMelding Melding(string id, MeldingSoort soort, string datum, Action<DuoMelding>? content = null, string gemeente = "GM0405", string? correctieVan = null)
    {
        var melding = new DuoMelding
        {
            InburgeraarId = 1,
            SourceConnector = "duo",
            SourceStream = "meldingen",
            SourceId = id,
            GemeenteCode = gemeente,
            Soort = soort,
            Datum = DateOnly.Parse(datum, System.Globalization.CultureInfo.InvariantCulture),
            CorrectieVan = correctieVan,
        };
        content?.Invoke(melding);
        return melding;
    }
}
