using GraphQL;
using GraphQL.Types;
using Inburgering.Hub.Domain.Entities;
using Inburgering.Hub.Domain.Rules;
using Inburgering.Hub.GraphQL.Loading;
using Inburgering.Hub.GraphQL.Querying;

namespace Inburgering.Hub.GraphQL.Types;

/// <summary>One person, by pseudonymous id.</summary>
public sealed class InburgeraarGraphType : ObjectGraphType<Inburgeraar>
{
    public InburgeraarGraphType()
    {
        Name = "Inburgeraar";
        Description = "One person. Never a name, address or BSN: the hub knows persons only by keyed pseudonym.";
        Field(i => i.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(i => i.Geboortejaar, nullable: true);
        Field(i => i.Herkomstland, nullable: true).Description("ISO 3166-1 alpha-3.");
        Field(i => i.GemeenteCode).Description("The gemeente currently responsible (DUO plicht, else COA koppeling).");
        Field<GemeenteGraphType>("gemeente").Reads(nameof(Inburgeraar.GemeenteCode)).Resolve(c => c.Gemeente(c.Source.GemeenteCode));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KoppelingGraphType>>>>("koppelingen")
            .Description("COA koppelingen of this person that you may see.")
            .Argument<BooleanGraphType>("metIngetrokken", "Include withdrawn koppelingen (default false).")
            .Reads(nameof(Inburgeraar.Id))
            .Resolve(c => c.SelectedFactsOf<Koppeling>(c.Source.Id, c.GetArgument("metIngetrokken", false)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LeerrouteDeelnameGraphType>>>>("leerrouteDeelnames")
            .Description("Leerroutes of this person at taalaanbieders that you may see.")
            .Argument<BooleanGraphType>("metIngetrokken", "Include withdrawn deelnames (default false).")
            .Reads(nameof(Inburgeraar.Id))
            .Resolve(c => c.SelectedFactsOf<LeerrouteDeelname>(c.Source.Id, c.GetArgument("metIngetrokken", false)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PvtGraphType>>>>("pvts")
            .Description("Completed participatieverklaringstrajecten of this person that you may see.")
            .Argument<BooleanGraphType>("metIngetrokken", "Include withdrawn pvts (default false).")
            .Reads(nameof(Inburgeraar.Id))
            .Resolve(c => c.SelectedFactsOf<Pvt>(c.Source.Id, c.GetArgument("metIngetrokken", false)));
        Field<InburgeringsplichtGraphType>("plicht")
            .Description("The DUO inburgeringsplicht that speaks for this person: the WI2021 one if any, else the latest; null when none you may see.")
            .Reads(nameof(Inburgeraar.Id))
            .Resolve(c => c.FactsOf<Inburgeringsplicht>(c.Source.Id, false).Then(DuoDerivation.Leading));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InburgeringsplichtGraphType>>>>("plichten")
            .Description("Every DUO inburgeringsplicht of this person that you may see (WI2021 and WI2013).")
            .Argument<BooleanGraphType>("metIngetrokken", "Include plichten that are no longer derived, e.g. of a corrected kennisgeving (default false).")
            .Reads(nameof(Inburgeraar.Id))
            .Resolve(c => c.SelectedFactsOf<Inburgeringsplicht>(c.Source.Id, c.GetArgument("metIngetrokken", false)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ExamenonderdeelGraphType>>>>("examens")
            .Description("Examenonderdelen (DUO uitslagen that count) of this person that you may see.")
            .Argument<BooleanGraphType>("metIngetrokken", "Include uitslagen replaced by a correction (default false).")
            .Reads(nameof(Inburgeraar.Id))
            .Resolve(c => c.SelectedFactsOf<Examenonderdeel>(c.Source.Id, c.GetArgument("metIngetrokken", false)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DuoMeldingGraphType>>>>("meldingen")
            .Description("DUO meldingen of this person that you may see, corrected ones included (see telt / vervangenDoor).")
            .Reads(nameof(Inburgeraar.Id))
            .Resolve(c => c.SelectedFactsOf<DuoMelding>(c.Source.Id, false));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BoeteGraphType>>>>("boetes")
            .Description("Bestuurlijke boetes of this person that you may see.")
            .Argument<BooleanGraphType>("metIngetrokken", "Include boetes replaced by a correction (default false).")
            .Reads(nameof(Inburgeraar.Id))
            .Resolve(c => c.SelectedFactsOf<Boete>(c.Source.Id, c.GetArgument("metIngetrokken", false)));

        Facts<BredeIntake, BredeIntakeGraphType>("intakes", "Brede intakes and PIPs (WerkSaam RIT) of this person that you may see.");
        Facts<Uitkering, UitkeringGraphType>("uitkeringen", "Uitkeringen (WerkSaam) of this person that you may see.");
        Facts<Ontzorgtraject, OntzorgtrajectGraphType>("ontzorgtrajecten", "Ontzorgtrajecten (WerkSaam) of this person that you may see.");
        Facts<MapTraject, MapTrajectGraphType>("mapTrajecten", "MAP-trajecten (WerkSaam) of this person that you may see.");
        Facts<Participatieactiviteit, ParticipatieactiviteitGraphType>("participatie", "Participatie- and werkactiviteiten of this person that you may see.");
    }

    /// <summary>A batched list of one kind of person fact (one query per level, caller-scoped).</summary>
    private void Facts<TFact, TGraphType>(string name, string description)
        where TFact : PersonFact
        where TGraphType : ObjectGraphType<TFact>
    {
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TGraphType>>>>(name)
            .Description(description)
            .Argument<BooleanGraphType>("metIngetrokken", "Include withdrawn or deleted records (default false).")
            .Reads(nameof(Inburgeraar.Id))
            .Resolve(c => c.SelectedFactsOf<TFact>(c.Source.Id, c.GetArgument("metIngetrokken", false)));
    }
}
