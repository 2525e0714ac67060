using System.Text;
using Inburgering.Hub.Sync.Configuration;
using static Inburgering.Hub.Server.Web.PageLayout;

namespace Inburgering.Hub.Server.Web;

/// <summary>The HTML shells of the pages; their scripts (<c>wwwroot/js</c>) fill them from <c>/graphql</c>.</summary>
internal static class Pages
{
    /// <summary>The roles a development sign-in may choose (docs/authorization.md).</summary>
    public static readonly IReadOnlySet<string> Roles = new HashSet<string>(StringComparer.Ordinal) { "medewerker", "analist", "beheerder", "auditor" };

    private const string Status = "<p id=\"status\" class=\"status\" role=\"status\" aria-live=\"polite\"></p>\n";

    public static Page SignIn(string terug, bool development, bool oidc, IReadOnlyList<GemeenteOptions> gemeenten, string csrf, string? fout)
    {
        var sb = new StringBuilder();
        if (fout is not null)
        {
            sb.Append("<p class=\"fout\" role=\"alert\">").Append(E(fout)).Append("</p>\n");
        }

        if (oidc)
        {
            sb.Append("<section aria-labelledby=\"oidc-kop\"><h2 id=\"oidc-kop\">Met uw organisatieaccount</h2>\n")
              .Append("<p>U meldt zich aan bij de identiteitsprovider van uw organisatie; daarna komt u terug op de hub.</p>\n")
              .Append("<p><a class=\"knop\" href=\"/aanmelden/oidc?terug=").Append(Uri.EscapeDataString(terug)).Append("\">Aanmelden via OpenID Connect</a></p></section>\n");
        }

        if (development)
        {
            sb.Append("<section aria-labelledby=\"dev-kop\"><h2 id=\"dev-kop\">Ontwikkelaanmelding</h2>\n")
              .Append("<p>Alleen in de omgeving Development: kies gemeenten, rollen en regio. De hub maakt hetzelfde token als <code>token</code> op de opdrachtregel en bewaart het in een sessiecookie.</p>\n")
              .Append("<form method=\"post\" action=\"/aanmelden\" class=\"aanmelden\">\n")
              .Append("<input type=\"hidden\" name=\"__csrf\" value=\"").Append(E(csrf)).Append("\">\n")
              .Append("<input type=\"hidden\" name=\"terug\" value=\"").Append(E(terug)).Append("\">\n")
              .Append("<p><label for=\"naam\">Naam (sub)</label><br><input id=\"naam\" name=\"naam\" value=\"ontwikkelaar\" maxlength=\"64\" autocomplete=\"username\"></p>\n")
              .Append("<fieldset><legend>Rollen</legend>\n");
            foreach (var (rol, uitleg, standaard) in new[]
            {
                ("analist", "rapportage en statistiek", true),
                ("beheerder", "connectors, runs, quarantaine", true),
                ("medewerker", "gegevens op persoonsniveau", false),
                ("auditor", "auditlog", false),
            })
            {
                sb.Append("<label class=\"keuze\"><input type=\"checkbox\" name=\"rol\" value=\"").Append(rol).Append('"').Append(standaard ? " checked" : "")
                  .Append("> ").Append(rol).Append(" <span class=\"uitleg\">(").Append(E(uitleg)).Append(")</span></label>\n");
            }

            sb.Append("</fieldset>\n<fieldset><legend>Gemeenten (toegang tot rijen)</legend>\n");
            foreach (var g in gemeenten)
            {
                sb.Append("<label class=\"keuze\"><input type=\"checkbox\" name=\"gemeente\" value=\"").Append(E(g.Code)).Append("\" checked> ")
                  .Append(E(g.Naam)).Append(" <span class=\"uitleg\">(").Append(E(g.Code)).Append(")</span></label>\n");
            }

            sb.Append("</fieldset>\n<fieldset><legend>Regio (alleen tellingen, verstoord)</legend>\n");
            foreach (var regio in gemeenten.Select(g => g.Regio).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                sb.Append("<label class=\"keuze\"><input type=\"checkbox\" name=\"regio\" value=\"").Append(E(regio)).Append("\" checked> ").Append(E(regio)).Append("</label>\n");
            }

            sb.Append("</fieldset>\n<p><button type=\"submit\" class=\"knop\">Aanmelden</button></p>\n</form></section>\n");
        }

        if (!oidc && !development)
        {
            sb.Append("<p>Aanmelden in de browser is niet ingericht. Stel <code>Hub:Auth:Authority</code> en <code>Hub:Auth:Web:ClientId</code> in (zie de README); API-clients gebruiken een bearer token.</p>\n");
        }

        return new Page("/aanmelden", "Aanmelden", sb.ToString()) { Heading = "Aanmelden bij Inburgering.Hub" };
    }

    public static Page Dashboard() => new("/dashboard", "Dashboard", """
        <p class="inleiding">Voortgangsrapportage, beleidsdoelstellingen en trends van uw gemeenten en regio, rechtstreeks uit de GraphQL-API.</p>
        <form id="periode" class="periode">
          <p><label for="van">Van (eerste dag)</label><br><input type="date" id="van" name="van" value="2022-01-01" required></p>
          <p><label for="tot">Tot en met</label><br><input type="date" id="tot" name="tot" value="2023-07-01" required></p>
          <p><button type="submit" class="knop">Toon</button></p>
        </form>
        <p id="status" class="status" role="status" aria-live="polite"></p>
        <section id="downloads" aria-labelledby="downloads-kop"><h2 id="downloads-kop">Downloads</h2>
          <p><a id="csv" class="knop-licht" href="#">Voortgangsrapportage als CSV</a>
          <button type="button" id="xlsx" class="knop-licht">Alles op deze pagina als XLSX</button></p>
        </section>
        <p id="legenda" class="legenda" hidden><span class="verstoord">≈</span> verstoord met de cell-key-methode (regio-toegang: nooit 1 of 2, hooguit 2 van de echte telling) · <span class="onderdrukt">–</span> onderdrukt of geen gegevens</p>
        <section id="kpis" aria-labelledby="kpis-kop"><h2 id="kpis-kop">Beleidsdoelstellingen (regio)</h2><div id="kpi-tegels" class="tegels"></div></section>
        <section id="rapportage" aria-labelledby="rapportage-kop"><h2 id="rapportage-kop">Voortgangsrapportage</h2><div id="tabellen"></div></section>
        <section id="trends" aria-labelledby="trends-kop"><h2 id="trends-kop">Trends per kwartaal</h2><div id="trend-grafieken"></div></section>
        """)
    {
        Scripts = ["/static/vendor/chart.js-4.6.1/chart.umd.min.js", "/static/js/dashboard.mjs"],
    };

    public static Page Connectors() => new("/beheer/connectors", "Connectors", """
        <p class="inleiding">De geïnstalleerde connectors: versie, planning, laatste en volgende run. Een run starten vraagt de rol beheerder.</p>
        """ + Status + """
        <div id="connectors"></div>
        """)
    {
        Scripts = ["/static/js/connectors.mjs"],
    };

    public static Page Runs() => new("/beheer/runs", "Runs", """
        <p class="inleiding">Runhistorie, nieuwste eerst, met de gebeurtenissen van elke run.</p>
        <form id="filter" class="filter">
          <p><label for="connector">Connector</label><br><select id="connector" name="connector"><option value="">Alle</option></select></p>
          <p><label for="runstatus">Status</label><br><select id="runstatus" name="status"><option value="">Alle</option>
            <option value="SUCCEEDED">geslaagd</option><option value="PARTIALLY_SUCCEEDED">geslaagd met quarantaine</option><option value="FAILED">mislukt</option><option value="RUNNING">bezig</option><option value="HELD">aangehouden</option><option value="CANCELLED">afgebroken</option><option value="ABANDONED">achtergelaten</option></select></p>
          <p><button type="submit" class="knop">Filter</button></p>
        </form>
        """ + Status + """
        <div id="runs"></div>
        """)
    {
        Scripts = ["/static/js/runs.mjs"],
    };

    public static Page Quarantaine() => new("/beheer/quarantaine", "Quarantaine", QuarantaineBody(RedenOpties()))
    {
        Scripts = ["/static/js/quarantaine.mjs"],
    };

    /// <summary>The reason filter's options: every known code with its Dutch description (the script reads them back to label the rows).</summary>
    private static string RedenOpties() =>
        string.Concat(Redenen.Alle.Select(r => $"<option value=\"{E(r.Code)}\">{E(r.Omschrijving)}</option>"));

    /// <summary>The page of <c>/{pad}</c> that does not exist, for a browser.</summary>
    public static Page NietGevonden(string pad) => new("/niet-gevonden", "Pagina niet gevonden", $"""
        <p>De pagina <code>{E(pad)}</code> bestaat niet (meer). Controleer het adres, of ga naar het <a href="/dashboard">dashboard</a>.</p>
        <p>Zoekt u de GraphQL-API? Die staat op <a href="/graphql">/graphql</a>.</p>
        """);

    private static string QuarantaineBody(string redenen) => $$"""
        <p class="inleiding">Records die een connector niet kon laden. De inhoud is gemaskeerd (geen BSN). Na een correctie laadt u een record opnieuw, of u verwerpt het.</p>
        <form id="filter" class="filter">
          <p><label for="q-status">Status</label><br><select id="q-status" name="status"><option value="OPEN">Open</option><option value="REPLAYED">Opnieuw geladen</option><option value="DISCARDED">Verworpen</option></select></p>
          <p><label for="q-connector">Connector</label><br><select id="q-connector" name="connector"><option value="">Alle</option></select></p>
          <p><label for="q-reden">Reden</label><br><select id="q-reden" name="reden"><option value="">Alle</option>{{redenen}}</select></p>
          <p><label for="q-gemeente">Gemeente</label><br><input id="q-gemeente" name="gemeente" placeholder="GMnnnn"></p>
          <p><button type="submit" class="knop">Filter</button></p>
        </form>
        """ + Status + """
        <div id="quarantaine"></div>
        <dialog id="bevestig" aria-labelledby="bevestig-kop">
          <form method="dialog">
            <h2 id="bevestig-kop">Bevestigen</h2>
            <p id="bevestig-tekst"></p>
            <p><button value="ja" class="knop" id="bevestig-ja">Ja</button> <button value="nee" class="knop-licht">Annuleren</button></p>
          </form>
        </dialog>
        """;

    public static Page Explorer() => new("/graphql", "GraphQL-verkenner", """
        <p class="inleiding">GraphiQL met uw sessie: documentatie van het schema (Docs), aanvullen en valideren. De voorbeelden uit <code>schema/examples/</code> laadt u met de keuzelijst; elk noemt de rol die het nodig heeft (<code>token</code>-opties).</p>
        <p><label for="voorbeeld">Voorbeeld laden</label> <select id="voorbeeld"><option value="">Kies een voorbeeld…</option></select></p>
        <div id="graphiql" class="graphiql" role="region" aria-label="GraphiQL"></div>
        """)
    {
        Scripts =
        [
            "/static/vendor/react-18.3.1/react.production.min.js",
            "/static/vendor/react-dom-18.3.1/react-dom.production.min.js",
            "/static/vendor/graphiql-3.9.0/graphiql.min.js",
            "/static/js/explorer.mjs",
        ],
        Styles = ["/static/vendor/graphiql-3.9.0/graphiql.min.css", "/static/explorer.css"],
        InlineStyles = true,
        BodyClass = "breed verkenner",
    };

    /// <summary>
    /// For a signed-in person whose claims map to no hub role (<c>Hub:Auth:Claims</c>): who they are and what to
    /// ask, instead of a page whose every request would be refused (served with status 403).
    /// </summary>
    public static Page GeenRol(string wie) => new("/geen-rol", "Geen toegang", $"""
        <p class="fout" role="alert">U bent aangemeld als <strong>{E(wie)}</strong>, maar uw account heeft geen rol in deze hub (medewerker, analist, beheerder of auditor). Daarom ziet u geen gegevens.</p>
        <p>Vraag de beheerder van uw identiteitsprovider om een rol voor de Inburgering.Hub; die koppelt de rollen of groepen van de provider aan die van de hub (<code>Hub:Auth:Claims</code>). Meld u daarna opnieuw aan.</p>
        """);
}
