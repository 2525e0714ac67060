using GraphQL;
using GraphQL.Types;
using Inburgering.Hub.Domain.Entities;
using Inburgering.Hub.GraphQL.Loading;
using Inburgering.Hub.GraphQL.Querying;

namespace Inburgering.Hub.GraphQL.Types;

/// <summary>A person's DUO inburgeringsplicht, derived from the meldingen.</summary>
public sealed class InburgeringsplichtGraphType : ObjectGraphType<Inburgeringsplicht>
{
    public InburgeringsplichtGraphType()
    {
        Name = "Inburgeringsplicht";
        Description = "DUO inburgeringsplicht, derived from the kennisgeving (INBURGERINGSPLICHT_GESTART) and the later meldingen "
            + "that count (corrected meldingen do not). gemeenteCode is the gemeente responsible now.";
        this.AddSourcedFields();
        Field(p => p.Doelgroep, type: typeof(NonNullGraphType<DoelgroepGraphType>));
        Field(p => p.Wet, type: typeof(NonNullGraphType<WetGraphType>)).Description("Only WI2021 falls under this hub's doelbinding; WI2013 is recorded as such.");
        Field(p => p.Startdatum).Description("Date of the kennisgeving.");
        Field(p => p.Status, type: typeof(NonNullGraphType<PlichtStatusGraphType>));
        Field(p => p.StatusDatum, nullable: true).Description("Since when the status holds (the startdatum while LOPEND).");
        Field(p => p.TermijnAanvang, nullable: true).Description("Start of the inburgeringstermijn.");
        Field(p => p.TermijnEinde, nullable: true).Description("End of the inburgeringstermijn, including the latest verlenging.");
        Field(p => p.BeeindigingReden, type: typeof(BeeindigingRedenGraphType)).Description("Set when DUO ended the plicht (PLICHT_BEEINDIGD).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlichtGemeenteGraphType>>>>("gemeenteHistorie")
            .Description("Periods of responsibility (VERHUISD history) that you may see, oldest first.")
            .Argument<BooleanGraphType>("metIngetrokken", "Include periods that are no longer derived (default false).")
            .Reads(nameof(Inburgeringsplicht.InburgeraarId), nameof(Inburgeringsplicht.SourceConnector), nameof(Inburgeringsplicht.SourceStream), nameof(Inburgeringsplicht.SourceId))
            .Resolve(c => c.GemeenteHistorie(c.Source, c.GetArgument("metIngetrokken", false)));
        Field<InburgeraarGraphType>("inburgeraar")
            .Description("The person; null when the person is now the responsibility of a gemeente you cannot see.")
            .Reads(nameof(PersonFact.InburgeraarId))
            .Resolve(c => c.Inburgeraar(c.Source.InburgeraarId));
    }
}

/// <summary>A period in which a gemeente was responsible for a plicht.</summary>
public sealed class PlichtGemeenteGraphType : ObjectGraphType<PlichtGemeente>
{
    public PlichtGemeenteGraphType()
    {
        Name = "PlichtGemeente";
        Description = "A period in which gemeenteCode was responsible for the inburgeringsplicht (DUO VERHUISD history).";
        this.AddSourcedFields();
        Field(p => p.Van).Description("Responsible from this date.");
        Field(p => p.Tot, nullable: true).Description("Responsible until this date (exclusive); null while still responsible.");
        Field(p => p.NaarGemeenteCode, nullable: true).Description("Gemeente responsibility moved to at tot.");
        Field<GemeenteGraphType>("naarGemeente").Reads(nameof(PlichtGemeente.NaarGemeenteCode)).Resolve(c => c.Source.NaarGemeenteCode is { } code ? c.Gemeente(code) : null);
    }
}

/// <summary>Result of one examenonderdeel.</summary>
public sealed class ExamenonderdeelGraphType : ObjectGraphType<Examenonderdeel>
{
    public ExamenonderdeelGraphType()
    {
        Name = "Examenonderdeel";
        Description = "Result of one onderdeel of the inburgeringsexamen (DUO EXAMENUITSLAG that counts; a corrected uitslag is replaced).";
        this.AddSourcedFields();
        Field(e => e.Onderdeel, type: typeof(NonNullGraphType<ExamenOnderdeelGraphType>));
        Field(e => e.Niveau, type: typeof(NonNullGraphType<NiveauGraphType>));
        Field(e => e.Resultaat, type: typeof(NonNullGraphType<ExamenResultaatGraphType>));
        Field(e => e.Cijfer, nullable: true);
        Field(e => e.Examendatum);
        Field<InburgeraarGraphType>("inburgeraar")
            .Description("The person; null when the person is now the responsibility of a gemeente you cannot see.")
            .Reads(nameof(PersonFact.InburgeraarId))
            .Resolve(c => c.Inburgeraar(c.Source.InburgeraarId));
    }
}

/// <summary>An extension of the inburgeringstermijn.</summary>
public sealed class TermijnVerlengingGraphType : ObjectGraphType<TermijnVerlenging>
{
    public TermijnVerlengingGraphType()
    {
        Name = "TermijnVerlenging";
        Description = "An extension of the inburgeringstermijn (DUO TERMIJN_VERLENGD).";
        this.AddSourcedFields();
        Field(v => v.Datum);
        Field(v => v.Weken);
        Field(v => v.NieuweEinde);
        Field(v => v.Grond, nullable: true);
    }
}

/// <summary>Bestuurlijke boete.</summary>
public sealed class BoeteGraphType : ObjectGraphType<Boete>
{
    public BoeteGraphType()
    {
        Name = "Boete";
        Description = "Bestuurlijke boete imposed by DUO (BOETE).";
        this.AddSourcedFields();
        Field(b => b.Datum);
        Field(b => b.Bedrag).Description("Amount in euro.");
    }
}

/// <summary>One DUO melding.</summary>
public sealed class DuoMeldingGraphType : ObjectGraphType<DuoMelding>
{
    public DuoMeldingGraphType()
    {
        Name = "DuoMelding";
        Description = "One DUO melding as received. A melding replaced by a correction (vervangenDoor set) no longer counts.";
        this.AddSourcedFields();
        Field("meldingId", m => m.SourceId).Description("DUO's id of the melding.");
        Field(m => m.Soort, type: typeof(NonNullGraphType<MeldingSoortGraphType>));
        Field(m => m.Datum).Description("The date the fact took effect.");
        Field(m => m.Wet, type: typeof(WetGraphType));
        Field(m => m.Doelgroep, type: typeof(DoelgroepGraphType));
        Field(m => m.CorrectieVan, nullable: true).Description("Id of the melding this one corrects.");
        Field("telt", m => m.VervangenDoorSourceId == null).Description("False when a later correction replaced this melding.")
            .Reads(nameof(DuoMelding.VervangenDoorSourceId));
        Field(m => m.VervangenDoorSourceId, nullable: true).Description("Id of the melding that replaced this one.");
        Field<DuoMeldingGraphType>("vervangenDoor")
            .Description("The melding that replaced this one; null when it counts or when that melding is not yours to see.")
            .Reads(nameof(DuoMelding.VervangenDoorSourceId), nameof(DuoMelding.SourceConnector), nameof(DuoMelding.SourceStream))
            .Resolve(c => c.Source.VervangenDoorSourceId is { } id ? c.Melding(c.Source.SourceConnector, c.Source.SourceStream, id) : null);
        Field(m => m.NaarGemeenteCode, nullable: true).Description("VERHUISD: the gemeente responsibility moved to.");
        Field(m => m.Reden, nullable: true).Description("ONTHEFFING, VRIJSTELLING: reden; PLICHT_BEEINDIGD: reden code.");
        Field(m => m.TermijnAanvang, nullable: true);
        Field(m => m.TermijnEinde, nullable: true);
        Field(m => m.VerlengingWeken, nullable: true);
        Field(m => m.NieuweEinde, nullable: true);
        Field(m => m.Grond, nullable: true);
        Field(m => m.ExamenOnderdeel, type: typeof(ExamenOnderdeelGraphType));
        Field(m => m.ExamenNiveau, type: typeof(NiveauGraphType));
        Field(m => m.ExamenResultaat, type: typeof(ExamenResultaatGraphType));
        Field(m => m.ExamenCijfer, nullable: true);
        Field(m => m.Examendatum, nullable: true);
        Field(m => m.BoeteBedrag, nullable: true).Description("BOETE: amount in euro.");
        Field<InburgeraarGraphType>("inburgeraar")
            .Description("The person; null when the person is now the responsibility of a gemeente you cannot see.")
            .Reads(nameof(PersonFact.InburgeraarId))
            .Resolve(c => c.Inburgeraar(c.Source.InburgeraarId));
    }
}
