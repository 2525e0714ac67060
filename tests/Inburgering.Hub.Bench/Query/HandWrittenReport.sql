-- Hand-written voortgangsrapportage (docs/voortgangsrapportage.md), one statement per
-- section. Each section lists its facts as (gemeente, sleutel, cell); HandWrittenReport wraps it as
--   WITH g(code) AS (the report's gemeenten, also the caller's scope),
--        klassen(persoon, groep, kennisgeving) AS (WI2021 persons: 1 statushouder, 2 gezinsmigrant;
--          see HandWrittenReport.Klassen),
--        facts(gemeente, sleutel, cell) AS (<section>)
--   SELECT gemeente, cell, COUNT(DISTINCT sleutel) per gemeente and over the region.
-- Parameters: $van, $tot (yyyy-MM-dd, inclusive), $gemeenten (JSON array of codes).

-- section: inburgeraars (2.2)
SELECT k.GemeenteCode, k.InburgeraarId, 'statushouders.aantalGehuisvest'
FROM koppelingen k
WHERE k.IsDeleted = 0 AND k.Huisvestingsdatum BETWEEN $van AND $tot AND k.GemeenteCode IN g
UNION ALL
SELECT m.GemeenteCode, m.InburgeraarId, IIF(p.groep = 1, 'statushouders', 'gezinsmigranten') || '.aantalInburgeringsplichtig'
FROM duo_meldingen m JOIN klassen p ON p.persoon = m.InburgeraarId
WHERE m.IsDeleted = 0 AND m.VervangenDoorSourceId IS NULL AND m.Soort = 'InburgeringsplichtGestart' AND m.Wet = 'Wi2021'
  AND m.Datum BETWEEN $van AND $tot AND m.GemeenteCode IN g
UNION ALL
SELECT i.GemeenteCode, i.InburgeraarId, IIF(p.groep = 1, 'statushouders', 'gezinsmigranten') || '.pipVastgesteld'
FROM brede_intakes i JOIN klassen p ON p.persoon = i.InburgeraarId
WHERE i.IsDeleted = 0 AND i.PipDagtekening BETWEEN $van AND $tot AND i.GemeenteCode IN g
UNION ALL
SELECT i.GemeenteCode, i.InburgeraarId, IIF(p.groep = 1, 'statushouders', 'gezinsmigranten') || '.beeindigd'
FROM brede_intakes i JOIN klassen p ON p.persoon = i.InburgeraarId
WHERE i.IsDeleted = 0 AND i.PipBeeindigdOp BETWEEN $van AND $tot AND i.GemeenteCode IN g
UNION ALL
SELECT m.GemeenteCode, m.InburgeraarId, IIF(p.groep = 1, 'statushouders', 'gezinsmigranten') || '.beeindigd'
FROM duo_meldingen m JOIN klassen p ON p.persoon = m.InburgeraarId
WHERE m.IsDeleted = 0 AND m.VervangenDoorSourceId IS NULL
  AND (m.Soort IN ('PlichtBeeindigd', 'Ontheffing', 'Vrijstelling') OR (m.Soort = 'Verhuisd' AND m.NaarGemeenteCode <> m.GemeenteCode))
  AND m.Datum BETWEEN $van AND $tot AND m.GemeenteCode IN g

-- section: leerroutes (2.3.1)
SELECT d.GemeenteCode, d.InburgeraarId, 'leerroutesStatushouders[' || upper(d.Leerroute) || '].gestart'
FROM leerroute_deelnames d JOIN klassen p ON p.persoon = d.InburgeraarId AND p.groep = 1
WHERE d.IsDeleted = 0 AND d.Startdatum BETWEEN $van AND $tot AND d.GemeenteCode IN g
UNION ALL
SELECT i.GemeenteCode, i.InburgeraarId, 'leerroutesGezinsmigranten[' || upper(i.Leerroute) || '].vastgesteld'
FROM brede_intakes i JOIN klassen p ON p.persoon = i.InburgeraarId AND p.groep = 2
WHERE i.IsDeleted = 0 AND i.Leerroute IS NOT NULL AND i.PipDagtekening BETWEEN $van AND $tot AND i.GemeenteCode IN g
UNION ALL
SELECT d.GemeenteCode, d.InburgeraarId, IIF(p.groep = 1, 'leerroutesStatushouders', 'leerroutesGezinsmigranten') || '[' || upper(d.Leerroute) || '].afgerond'
FROM leerroute_deelnames d JOIN klassen p ON p.persoon = d.InburgeraarId
WHERE d.IsDeleted = 0 AND d.Status = 'Afgerond' AND d.Einddatum BETWEEN $van AND $tot AND d.GemeenteCode IN g

-- section: map (2.3.2)
SELECT t.GemeenteCode, t.InburgeraarId, IIF(t.Resultaat = 'Afgerond', 'map.afgerond', 'map.vrijstellingen')
FROM map_trajecten t JOIN klassen p ON p.persoon = t.InburgeraarId
WHERE t.IsDeleted = 0 AND t.GemeenteCode IN g
  AND ((t.Resultaat = 'Afgerond' AND t.DatumEindgesprek BETWEEN $van AND $tot)
    OR (t.Resultaat = 'Vrijgesteld' AND COALESCE(t.DatumEindgesprek, t.Startdatum) BETWEEN $van AND $tot))

-- section: pvt (2.3.3)
SELECT v.GemeenteCode, v.InburgeraarId, 'pvtAfgerond'
FROM pvts v JOIN klassen p ON p.persoon = v.InburgeraarId
WHERE v.IsDeleted = 0 AND v.AfgerondOp BETWEEN $van AND $tot AND v.GemeenteCode IN g

-- section: financieel ontzorgen (2.3.5, trajecten)
SELECT o.GemeenteCode, o.Id, 'financieelOntzorgen.aantalTrajecten'
FROM ontzorgtrajecten o JOIN klassen p ON p.persoon = o.InburgeraarId AND p.groep = 1
WHERE o.IsDeleted = 0 AND o.Startdatum BETWEEN $van AND $tot AND o.GemeenteCode IN g
UNION ALL
SELECT o.GemeenteCode, o.Id, 'financieelOntzorgen.verlengd'
FROM ontzorgtrajecten o JOIN klassen p ON p.persoon = o.InburgeraarId AND p.groep = 1
WHERE o.IsDeleted = 0 AND o.VerlengdTot IS NOT NULL AND o.Startdatum BETWEEN $van AND $tot AND o.GemeenteCode IN g

-- section: werk (2.3.6)
SELECT a.GemeenteCode, a.InburgeraarId, 'werk[' || upper(a.Soort) || '].aantal'
FROM participatieactiviteiten a JOIN klassen p ON p.persoon = a.InburgeraarId
WHERE a.IsDeleted = 0 AND a.Soort <> 'Taalmaatje' AND a.Startdatum BETWEEN $van AND $tot AND a.GemeenteCode IN g

-- section: kpi pipTijdig (PIPs, not persons: pip <= later of kennisgeving and huisvesting + 70 days)
SELECT i.GemeenteCode, i.Id, 'kpis[PIPTIJDIG].' || c.rij
FROM brede_intakes i
JOIN klassen p ON p.persoon = i.InburgeraarId
LEFT JOIN (SELECT k.InburgeraarId AS persoon, MAX(k.Huisvestingsdatum) AS huisvesting
           FROM koppelingen k WHERE k.IsDeleted = 0 AND k.Huisvestingsdatum IS NOT NULL AND k.GemeenteCode IN g
           GROUP BY k.InburgeraarId) h ON h.persoon = i.InburgeraarId
JOIN (SELECT 'noemer' AS rij UNION ALL SELECT 'teller') c
  ON c.rij = 'noemer' OR i.PipDagtekening <= date(MAX(p.kennisgeving, COALESCE(h.huisvesting, p.kennisgeving)), '+70 days')
WHERE i.IsDeleted = 0 AND i.PipDagtekening BETWEEN $van AND $tot AND i.GemeenteCode IN g

-- section: kpi inAanrakingMetWerk (statushouders housed in the period; participatie starting <= 365 days after housing)
SELECT k.GemeenteCode, k.InburgeraarId, 'kpis[INAANRAKINGMETWERK].noemer'
FROM koppelingen k JOIN klassen p ON p.persoon = k.InburgeraarId AND p.groep = 1
WHERE k.IsDeleted = 0 AND k.Huisvestingsdatum BETWEEN $van AND $tot AND k.GemeenteCode IN g
UNION ALL
SELECT k.GemeenteCode, k.InburgeraarId, 'kpis[INAANRAKINGMETWERK].teller'
FROM koppelingen k JOIN klassen p ON p.persoon = k.InburgeraarId AND p.groep = 1
WHERE k.IsDeleted = 0 AND k.Huisvestingsdatum BETWEEN $van AND $tot AND k.GemeenteCode IN g
  AND EXISTS (SELECT 1 FROM participatieactiviteiten a
              WHERE a.InburgeraarId = k.InburgeraarId AND a.IsDeleted = 0 AND a.GemeenteCode IN g
                AND a.Startdatum <= date(k.Huisvestingsdatum, '+365 days'))

-- section: kpi voldaanBinnenTermijn (route of the latest PIP; VOLDAAN on or before termijn einde)
SELECT x.GemeenteCode, x.InburgeraarId, 'kpis[VOLDAANBINNENTERMIJN/' || upper(x.route) || '].' || c.rij
FROM (
  SELECT pl.GemeenteCode, pl.InburgeraarId,
         (SELECT i.Leerroute FROM brede_intakes i
          WHERE i.InburgeraarId = pl.InburgeraarId AND i.IsDeleted = 0 AND i.PipDagtekening IS NOT NULL AND i.Leerroute IS NOT NULL AND i.GemeenteCode IN g
          ORDER BY i.PipDagtekening DESC, i.Id DESC LIMIT 1) AS route,
         (pl.Status = 'Voldaan' AND pl.StatusDatum <= pl.TermijnEinde)
         OR EXISTS (SELECT 1 FROM duo_meldingen m
                    WHERE m.InburgeraarId = pl.InburgeraarId AND m.IsDeleted = 0 AND m.VervangenDoorSourceId IS NULL
                      AND m.Soort = 'Voldaan' AND m.Datum <= pl.TermijnEinde AND m.GemeenteCode IN g) AS voldaan
  FROM inburgeringsplichten pl JOIN klassen p ON p.persoon = pl.InburgeraarId
  WHERE pl.IsDeleted = 0 AND pl.TermijnEinde BETWEEN $van AND $tot AND pl.GemeenteCode IN g
) x
JOIN (SELECT 'noemer' AS rij UNION ALL SELECT 'teller') c ON c.rij = 'noemer' OR x.voldaan
WHERE x.route IS NOT NULL

-- section: kpi uitstroomNaarWerk (leerroute afgerond; betaalde baan or uitkering ended for werk (onderwijs: also onderwijs) within 365 days)
SELECT x.GemeenteCode, x.InburgeraarId, 'kpis[UITSTROOMNAARWERK/' || upper(x.Leerroute) || '].' || c.rij
FROM (
  SELECT d.GemeenteCode, d.InburgeraarId, d.Leerroute,
         EXISTS (SELECT 1 FROM participatieactiviteiten a
                 WHERE a.InburgeraarId = d.InburgeraarId AND a.IsDeleted = 0 AND a.Soort = 'BetaaldeBaan' AND a.GemeenteCode IN g
                   AND a.Startdatum BETWEEN d.Einddatum AND date(d.Einddatum, '+365 days'))
         OR EXISTS (SELECT 1 FROM uitkeringen u
                    WHERE u.InburgeraarId = d.InburgeraarId AND u.IsDeleted = 0 AND u.GemeenteCode IN g
                      AND u.Einddatum BETWEEN d.Einddatum AND date(d.Einddatum, '+365 days')
                      AND (u.RedenUitstroom = 'Werk' OR (d.Leerroute = 'Onderwijs' AND u.RedenUitstroom = 'Onderwijs'))) AS uitgestroomd
  FROM leerroute_deelnames d JOIN klassen p ON p.persoon = d.InburgeraarId
  WHERE d.IsDeleted = 0 AND d.Status = 'Afgerond' AND d.Einddatum BETWEEN $van AND $tot AND d.GemeenteCode IN g
) x
JOIN (SELECT 'noemer' AS rij UNION ALL SELECT 'teller') c ON c.rij = 'noemer' OR x.uitgestroomd
