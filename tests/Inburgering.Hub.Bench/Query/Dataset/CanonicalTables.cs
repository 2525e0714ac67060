using Microsoft.Data.Sqlite;

namespace Inburgering.Hub.Bench.Query.Dataset;

/// <summary>
/// The row writers of every canonical table (prepared SQLite inserts, or PostgreSQL binary COPY), with the
/// source each partner's rows name.
/// </summary>
internal sealed class CanonicalTables : IDisposable
{
    public const long CoaRun = 1;
    public const long DuoRun = 2;
    public const long TaalaanbiederRun = 3;
    public const long WerkSaamRun = 4;
    public const long CoaFile = 1;
    public const long DuoFile = 2;
    public const long TaalaanbiederFile = 3;

    private readonly List<IRowWriter> _all = [];
    private readonly Func<string, IReadOnlyList<string>, IRowWriter> _open;

    /// <summary>Prepared inserts on <paramref name="connection"/> (bind them to a transaction with <see cref="Use"/>).</summary>
    public CanonicalTables(SqliteConnection connection)
        : this((table, columns) => new RowInserter(connection, table, columns))
    {
    }

    /// <summary>Writers opened by <paramref name="open"/> (table, columns in the order values are given).</summary>
    public CanonicalTables(Func<string, IReadOnlyList<string>, IRowWriter> open)
    {
        _open = open;
        var coa = new Source("coa", "koppelingen", CoaRun, CoaFile, "coa-koppelingen-20250630.csv");
        var duo = new Source("duo", "meldingen", DuoRun, DuoFile, "duo-meldingen-20250630.xml");
        var taal = new Source("taalaanbieder", "voortgang", TaalaanbiederRun, TaalaanbiederFile, "taalaanbieders-voortgang-202506.csv");
        Source WerkSaam(string stream) => new("werksaam", stream, WerkSaamRun, null, "https://werksaam.example/api/" + stream);

        Inburgeraars = Plain("inburgeraars", ["Id", "Pseudoniem", "VNummerPseudoniem", "Geboortejaar", "Herkomstland", "GemeenteCode", "GemeentePrioriteit", "FirstSeenRunId", "LastChangedRunId"]);
        Koppelingen = Sourced("koppelingen", coa, ["Koppeldatum", "Huisvestingsdatum", "TaakstellingPeriode", "GezinId", "Gezinsrol", "Nareiziger", "Voorinburgering", "Status"]);
        Taakstellingen = Sourced("taakstellingen", coa with { Stream = "taakstellingen" }, ["GemeenteCode", "Periode", "Aantal", "Gerealiseerd"], personFact: false);
        Meldingen = Sourced("duo_meldingen", duo, ["Soort", "Datum", "Wet", "Doelgroep", "CorrectieVan", "VervangenDoorSourceId", "NaarGemeenteCode", "Reden", "TermijnAanvang", "TermijnEinde", "VerlengingWeken", "NieuweEinde", "Grond", "ExamenOnderdeel", "ExamenNiveau", "ExamenResultaat", "ExamenCijfer", "Examendatum", "BoeteBedrag"]);
        Plichten = Sourced("inburgeringsplichten", duo, ["Doelgroep", "Wet", "Startdatum", "Status", "StatusDatum", "TermijnAanvang", "TermijnEinde", "BeeindigingReden"]);
        PlichtGemeenten = Sourced("plicht_gemeenten", duo, ["Van", "Tot", "NaarGemeenteCode"]);
        Examenonderdelen = Sourced("examenonderdelen", duo, ["Onderdeel", "Niveau", "Resultaat", "Cijfer", "Examendatum"]);
        TermijnVerlengingen = Sourced("termijn_verlengingen", duo, ["Datum", "Weken", "NieuweEinde", "Grond"]);
        Boetes = Sourced("boetes", duo, ["Datum", "Bedrag"]);
        Intakes = Sourced("brede_intakes", WerkSaam("intakes"), ["BredeIntakeDatum", "LeerbaarheidstoetsDatum", "AdviesLeerroute", "PipDagtekening", "Leerroute", "PipBeeindigdOp", "PipBeeindigdReden"]);
        Deelnames = Sourced("leerroute_deelnames", taal, ["Aanbieder", "CursistId", "Leerroute", "Startdatum", "Status", "Einddatum", "LaatstePeildatum"]);
        Metingen = Sourced("voortgangsmetingen", taal, ["LeerrouteDeelnameId", "Peildatum", "UrenAangeboden", "UrenGevolgd", "UrenGeoorloofdVerzuim", "UrenOngeoorloofdVerzuim", "UrenParticipatie", "NiveauLezen", "NiveauLuisteren", "NiveauSchrijven", "NiveauSpreken", "KnmAfgerond"]);
        Pvts = Sourced("pvts", taal, ["AfgerondOp", "Aanbieder"]);
        Uitkeringen = Sourced("uitkeringen", WerkSaam("uitkeringen"), ["Soort", "Ingangsdatum", "Einddatum", "RedenUitstroom"]);
        Ontzorgtrajecten = Sourced("ontzorgtrajecten", WerkSaam("ontzorgtrajecten"), ["Startdatum", "GeplandeEinddatum", "VerlengdTot", "Posten"]);
        MapTrajecten = Sourced("map_trajecten", WerkSaam("map-trajecten"), ["Startdatum", "PraktijkUren", "ThemasAfgerond", "DatumEindgesprek", "Resultaat"]);
        Participatie = Sourced("participatieactiviteiten", WerkSaam("participatie"), ["Soort", "Startdatum", "Einddatum", "UrenPerWeek"]);
    }

    public IRowWriter Inburgeraars { get; }

    public SourcedInserter Koppelingen { get; }

    public SourcedInserter Taakstellingen { get; }

    public SourcedInserter Meldingen { get; }

    public SourcedInserter Plichten { get; }

    public SourcedInserter PlichtGemeenten { get; }

    public SourcedInserter Examenonderdelen { get; }

    public SourcedInserter TermijnVerlengingen { get; }

    public SourcedInserter Boetes { get; }

    public SourcedInserter Intakes { get; }

    public SourcedInserter Deelnames { get; }

    public SourcedInserter Metingen { get; }

    public SourcedInserter Pvts { get; }

    public SourcedInserter Uitkeringen { get; }

    public SourcedInserter Ontzorgtrajecten { get; }

    public SourcedInserter MapTrajecten { get; }

    public SourcedInserter Participatie { get; }

    public long TotalRows => _all.Sum(i => i.Rows);

    /// <summary>Binds every insert to <paramref name="transaction"/>.</summary>
    public void Use(SqliteTransaction transaction)
    {
        foreach (var inserter in _all.OfType<RowInserter>())
        {
            inserter.Use(transaction);
        }
    }

    public void Dispose()
    {
        foreach (var inserter in _all)
        {
            inserter.Dispose();
        }
    }

    /// <summary>The writers, one per table, in the order they were opened.</summary>
    public IReadOnlyList<IRowWriter> All => _all;

    private IRowWriter Plain(string table, IReadOnlyList<string> columns)
    {
        var inserter = _open(table, columns);
        _all.Add(inserter);
        return inserter;
    }

    private SourcedInserter Sourced(string table, Source source, IReadOnlyList<string> columns, bool personFact = true)
    {
        var inserter = new SourcedInserter(_open, table, source, columns, personFact);
        _all.Add(inserter.Inner);
        return inserter;
    }
}
