namespace Inburgering.Hub.Bench.Query.Peer;

/// <summary>
/// The queries the hub and its PostGraphile peer answer side by side: the page of 50 Hoorn persons with
/// a Z-route deelname started in 2023, youngest first (ties by herkomstland, then id), with koppelingen,
/// deelnames and meldingen (withdrawn rows left out, as the hub does by default), with and without
/// <c>totalCount</c>; and the counts per gemeente and per gemeente × leerroute. The peer has no relation
/// from a person to the gemeenten table (no foreign key), so its page leaves out the gemeente's naam.
/// </summary>
internal static class PeerQueries
{
    public const string Hoorn = "GM0405";

    public static string HubPage(bool totalCount) =>
        $$"""
        query($first: Int!) {
          inburgeraars(
            first: $first
            where: {
              gemeenteCode: { eq: "GM0405" }
              leerrouteDeelnames: { some: { leerroute: { eq: Z }, startdatum: { gte: "2023-01-01", lte: "2023-12-31" } } }
            }
            order: [{ geboortejaar: DESC }, { herkomstland: ASC }]
          ) {
            {{(totalCount ? "totalCount" : "")}}
            pageInfo { hasNextPage endCursor }
            nodes {
              id
              geboortejaar
              herkomstland
              gemeente { naam }
              koppelingen { koppeldatum huisvestingsdatum gezinsrol status }
              leerrouteDeelnames { aanbieder leerroute startdatum status einddatum }
              meldingen { soort datum telt }
            }
          }
        }
        """;

    public static string PeerPage(bool totalCount) =>
        $$"""
        query($first: Int!) {
          allInburgeraars(
            first: $first
            filter: {
              gemeenteCode: { equalTo: "GM0405" }
              leerrouteDeelnamesByInburgeraarId: { some: {
                isDeleted: { equalTo: false }, leerroute: { equalTo: "Z" },
                startdatum: { greaterThanOrEqualTo: "2023-01-01", lessThanOrEqualTo: "2023-12-31" } } }
            }
            orderBy: [GEBOORTEJAAR_DESC, HERKOMSTLAND_ASC, PRIMARY_KEY_ASC]
          ) {
            {{(totalCount ? "totalCount" : "")}}
            pageInfo { hasNextPage endCursor }
            nodes {
              rowId
              geboortejaar
              herkomstland
              koppelingensByInburgeraarId(filter: { isDeleted: { equalTo: false } }) { nodes { koppeldatum huisvestingsdatum gezinsrol status } }
              leerrouteDeelnamesByInburgeraarId(filter: { isDeleted: { equalTo: false } }) { nodes { aanbieder leerroute startdatum status einddatum } }
              duoMeldingensByInburgeraarId(filter: { isDeleted: { equalTo: false } }) { nodes { soort datum } }
            }
          }
        }
        """;

    public const string HubCounts =
        """
        {
          perGemeente: inburgeraarsStatistieken(groupBy: [GEMEENTE_CODE], first: 1000) { sleutel { gemeenteCode } aantal }
          perLeerroute: leerrouteDeelnamesStatistieken(groupBy: [GEMEENTE_CODE, LEERROUTE], first: 1000) { sleutel { gemeenteCode leerroute } aantal aantalPersonen }
        }
        """;

    public const string PeerCounts =
        """
        {
          perGemeente: allInburgeraars { groupedAggregates(groupBy: [GEMEENTE_CODE]) { keys distinctCount { rowId } } }
          perLeerroute: allLeerrouteDeelnames(filter: { isDeleted: { equalTo: false } }) {
            groupedAggregates(groupBy: [GEMEENTE_CODE, LEERROUTE]) { keys distinctCount { rowId inburgeraarId } }
          }
        }
        """;

    /// <summary>The hand-written floor of the page with totalCount: the page and its count in one statement, then the relations of its persons in one batch.</summary>
    public const string FloorPage =
        """
        SELECT i."Id", i."Geboortejaar", i."Herkomstland", COUNT(*) OVER () AS total
        FROM inburgeraars i
        WHERE i."GemeenteCode" = 'GM0405'
          AND EXISTS (SELECT 1 FROM leerroute_deelnames d
                      WHERE d."InburgeraarId" = i."Id" AND NOT d."IsDeleted" AND d."Leerroute" = 'Z'
                        AND d."Startdatum" BETWEEN DATE '2023-01-01' AND DATE '2023-12-31')
        ORDER BY i."Geboortejaar" DESC, i."Herkomstland", i."Id"
        LIMIT 51
        """;

    public static readonly string[] FloorRelations =
    [
        """SELECT "InburgeraarId", "Koppeldatum", "Huisvestingsdatum", "Gezinsrol", "Status" FROM koppelingen WHERE "InburgeraarId" = ANY(@ids) AND NOT "IsDeleted" """,
        """SELECT "InburgeraarId", "Aanbieder", "Leerroute", "Startdatum", "Status", "Einddatum" FROM leerroute_deelnames WHERE "InburgeraarId" = ANY(@ids) AND NOT "IsDeleted" """,
        """SELECT "InburgeraarId", "Soort", "Datum" FROM duo_meldingen WHERE "InburgeraarId" = ANY(@ids) AND NOT "IsDeleted" """,
        """SELECT "Naam" FROM gemeenten WHERE "Code" = 'GM0405'""",
    ];

    /// <summary>The hand-written floor of the counts (two GROUP BY statements in one batch).</summary>
    public static readonly string[] FloorCounts =
    [
        """SELECT "GemeenteCode", COUNT(*) FROM inburgeraars GROUP BY "GemeenteCode" """,
        """SELECT "GemeenteCode", "Leerroute", COUNT(*), COUNT(DISTINCT "InburgeraarId") FROM leerroute_deelnames WHERE NOT "IsDeleted" GROUP BY "GemeenteCode", "Leerroute" """,
    ];
}
