// The projectgroep's dashboard: voortgangsrapportage tables, KPI tiles and quarterly trends, all from /graphql.
import { gql, el, status, number, percent, scrollTable, download, csrf, HubError } from './hub.mjs';

const REPORT = `query Dashboard($van: Date!, $tot: Date!) {
  voortgangsrapportage(van: $van, tot: $tot) {
    van tot
    gemeenten { ...Rapport }
    regio { ...Rapport }
  }
}
fragment Rapport on GemeenteRapportage {
  gemeente { code naam }
  statushouders { aantalGehuisvest aantalInburgeringsplichtig pipVastgesteld beeindigd }
  gezinsmigranten { aantalInburgeringsplichtig pipVastgesteld beeindigd }
  leerroutesStatushouders { leerroute gestart afgerond }
  leerroutesGezinsmigranten { leerroute vastgesteld afgerond }
  map { afgerond vrijstellingen }
  pvtAfgerond
  financieelOntzorgen { aantalTrajecten verlengd }
  werk { soort aantal }
  kpis { naam teller noemer percentage doel leerroute }
}`;

const ROUTES = { B1: 'B1-route', ONDERWIJS: 'Onderwijsroute', Z: 'Z-route' };
const WERK = { ORIENTATIE_WERKSTAGE: 'Oriëntatie op werk(stage)', WERKSTAGE: 'Werkstage', VRIJWILLIGERSWERK: 'Vrijwilligerswerk', BETAALDE_BAAN: 'Betaalde baan' };
const KPIS = {
  financieelZelfredzaam: 'Financieel zelfredzaam',
  pipTijdig: 'PIP binnen 10 weken vastgesteld',
  inAanrakingMetWerk: 'In aanraking met werk',
  voldaanBinnenTermijn: 'Voldaan binnen de termijn',
  uitstroomNaarWerk: 'Uitstroom naar werk',
};

const route = (list, r, field) => list.find((x) => x.leerroute === r)?.[field] ?? null;

/** The tables of seed 000 chapter 2: one row per figure, one column per gemeente and the region. */
const SECTIONS = [
  { id: 'statushouders', titel: '2.2 Statushouders', rijen: [
    ['statushouders.aantalGehuisvest', 'Gehuisvest (COA-koppelingen)', (r) => r.statushouders.aantalGehuisvest],
    ['statushouders.aantalInburgeringsplichtig', 'Inburgeringsplichtig geworden', (r) => r.statushouders.aantalInburgeringsplichtig],
    ['statushouders.pipVastgesteld', 'PIP vastgesteld', (r) => r.statushouders.pipVastgesteld],
    ['statushouders.beeindigd', 'Beëindigd', (r) => r.statushouders.beeindigd],
  ] },
  { id: 'gezinsmigranten', titel: '2.2 Gezinsmigranten', rijen: [
    ['gezinsmigranten.aantalInburgeringsplichtig', 'Inburgeringsplichtig geworden', (r) => r.gezinsmigranten.aantalInburgeringsplichtig],
    ['gezinsmigranten.pipVastgesteld', 'PIP vastgesteld', (r) => r.gezinsmigranten.pipVastgesteld],
    ['gezinsmigranten.beeindigd', 'Beëindigd', (r) => r.gezinsmigranten.beeindigd],
  ] },
  { id: 'leerroutes-statushouders', titel: '2.3.1 Leerroutes statushouders', rijen: Object.entries(ROUTES).flatMap(([r, label]) => [
    [`leerroutesStatushouders.${r}.gestart`, `${label} gestart`, (x) => route(x.leerroutesStatushouders, r, 'gestart')],
    [`leerroutesStatushouders.${r}.afgerond`, `${label} afgerond`, (x) => route(x.leerroutesStatushouders, r, 'afgerond')],
  ]) },
  { id: 'leerroutes-gezinsmigranten', titel: '2.3.1 Routes gezinsmigranten', rijen: Object.entries(ROUTES).flatMap(([r, label]) => [
    [`leerroutesGezinsmigranten.${r}.vastgesteld`, `${label} vastgesteld`, (x) => route(x.leerroutesGezinsmigranten, r, 'vastgesteld')],
    [`leerroutesGezinsmigranten.${r}.afgerond`, `${label} afgerond`, (x) => route(x.leerroutesGezinsmigranten, r, 'afgerond')],
  ]) },
  { id: 'map', titel: '2.3.2 MAP', rijen: [
    ['map.afgerond', 'MAP afgerond', (r) => r.map.afgerond],
    ['map.vrijstellingen', 'Vrijstellingen', (r) => r.map.vrijstellingen],
  ] },
  { id: 'pvt', titel: '2.3.3 PVT', rijen: [['pvtAfgerond', 'PVT afgerond', (r) => r.pvtAfgerond]] },
  { id: 'ontzorgen', titel: '2.3.5 Financieel ontzorgen', rijen: [
    ['financieelOntzorgen.aantalTrajecten', 'Trajecten gestart', (r) => r.financieelOntzorgen.aantalTrajecten],
    ['financieelOntzorgen.verlengd', 'Waarvan verlengd', (r) => r.financieelOntzorgen.verlengd],
  ] },
  { id: 'werk', titel: '2.3.6 Werk', rijen: Object.entries(WERK).map(([soort, label]) => [
    `werk.${soort}`, label, (r) => r.werk.find((w) => w.soort === soort)?.aantal ?? null,
  ]) },
];

/** The statistics with a date bucket per quarter, per gemeente (…G) and over everything the caller counts (…R). */
const TRENDS = [
  { id: 'instroom', titel: 'Instroom: inburgeringsplichtig geworden', blad: 'Trend instroom', veld: 'plichtenStatistieken', datum: 'STARTDATUM' },
  { id: 'pip', titel: 'PIP vastgesteld', blad: 'Trend PIP vastgesteld', veld: 'intakesStatistieken', datum: 'PIP_DAGTEKENING' },
  { id: 'gestart', titel: 'Leerroutes gestart', blad: 'Trend leerroutes gestart', veld: 'leerrouteDeelnamesStatistieken', datum: 'STARTDATUM' },
  { id: 'afgerond', titel: 'Leerroutes afgerond', blad: 'Trend leerroutes afgerond', veld: 'leerrouteDeelnamesStatistieken', datum: 'EINDDATUM', status: 'AFGEROND' },
];

/**
 * PIP-doorlooptijd (pipDoorlooptijdenStatistieken): days from the start of the plicht (the later of DUO
 * kennisgeving and COA huisvesting) to the PIP, per quarter of the PIP; the legal 10 weeks = 70 days.
 * …G per gemeente, …R over everything the caller counts; binnen… split on BINNEN_TIEN_WEKEN.
 */
const TIEN_WEKEN = 70;
const DOORLOOPTIJD = { id: 'doorlooptijd', titel: 'PIP-doorlooptijd: dagen van start inburgeringsplicht tot PIP', blad: 'Trend PIP-doorlooptijd' };
const PER_KWARTAAL = 'datum: { veld: PIP_DAGTEKENING, per: KWARTAAL }, first: 1000';
const DOORLOOPTIJD_QUERY = `
  doorlooptijdG: pipDoorlooptijdenStatistieken(groupBy: [GEMEENTE_CODE], ${PER_KWARTAAL}) { sleutel { gemeenteCode periode } aantal dagen { gemiddelde } }
  doorlooptijdR: pipDoorlooptijdenStatistieken(${PER_KWARTAAL}) { sleutel { periode } aantal dagen { gemiddelde } }
  binnenG: pipDoorlooptijdenStatistieken(groupBy: [GEMEENTE_CODE, BINNEN_TIEN_WEKEN], ${PER_KWARTAAL}) { sleutel { gemeenteCode binnenTienWeken periode } aantal }
  binnenR: pipDoorlooptijdenStatistieken(groupBy: [BINNEN_TIEN_WEKEN], ${PER_KWARTAAL}) { sleutel { binnenTienWeken periode } aantal }`;
const dagen = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

const TREND_QUERY = `query Trends {
  gemeenten { code naam }${DOORLOOPTIJD_QUERY}
${TRENDS.map((t) => {
    const dims = t.status ? ', STATUS' : '';
    const key = `sleutel { gemeenteCode periode${t.status ? ' status' : ''} } aantalPersonen`;
    return `  ${t.id}G: ${t.veld}(groupBy: [GEMEENTE_CODE${dims}], datum: { veld: ${t.datum}, per: KWARTAAL }, first: 1000) { ${key} }
  ${t.id}R: ${t.veld}(groupBy: [${dims.slice(2)}], datum: { veld: ${t.datum}, per: KWARTAAL }, first: 1000) { ${key} }`;
  }).join('\n')}
}`;

const COLORS = ['#154273', '#a90061', '#275937', '#e17000', '#42145f', '#94710a', '#007bc7', '#d52b1e'];

let charts = [];
let workbook = [];

function verstoordSet(extensions) {
  return new Set(extensions?.verstoord ?? []);
}

function columns(report) {
  return [
    ...report.gemeenten.map((g) => ({ code: g.gemeente.code, naam: g.gemeente.naam, rapport: g, pad: `voortgangsrapportage.gemeenten[${g.gemeente.code}]` })),
    { code: 'regio', naam: 'Regio', rapport: report.regio, pad: 'voortgangsrapportage.regio' },
  ];
}

function cell(value, verstoord, code) {
  return el('td', { 'data-kolom': code, class: verstoord ? 'verstoord' : null },
    el('span', { class: 'getal' }, number(value)),
    verstoord ? el('span', { class: 'markering', title: 'verstoord' }, ' ≈', el('span', { class: 'sr-only' }, ' (verstoord)')) : null);
}

function renderReport(report, extensions) {
  const verstoord = verstoordSet(extensions);
  const cols = columns(report);
  const container = document.getElementById('tabellen');
  container.replaceChildren();
  const sheets = [];
  for (const section of SECTIONS) {
    const head = el('tr', {}, el('th', { scope: 'col' }, 'Onderdeel'),
      cols.map((c) => el('th', { scope: 'col', 'data-kolom': c.code }, c.naam, verstoord.has(c.pad) ? el('span', { class: 'markering', title: 'verstoord' }, ' ≈', el('span', { class: 'sr-only' }, ' (verstoord)')) : null)));
    const rows = section.rijen.map(([key, label, get]) => el('tr', { 'data-rij': key }, el('th', { scope: 'row' }, label),
      cols.map((c) => cell(get(c.rapport), verstoord.has(c.pad), c.code))));
    const table = el('table', { id: `tabel-${section.id}`, class: 'cijfers' }, el('caption', { class: 'sr-only' }, section.titel), el('thead', {}, head), el('tbody', {}, rows));
    container.append(el('h3', {}, section.titel), scrollTable(table, section.titel));
    sheets.push({
      naam: section.titel,
      kolommen: ['Onderdeel', ...cols.map((c) => c.naam)],
      rijen: section.rijen.map(([, label, get]) => [label, ...cols.map((c) => get(c.rapport))]),
    });
  }

  // KPIs of the region as tiles; per gemeente as a table.
  const tiles = document.getElementById('kpi-tegels');
  tiles.replaceChildren(...report.regio.kpis.map((k) => {
    const name = KPIS[k.naam] ?? k.naam;
    const label = k.leerroute ? `${name} (${ROUTES[k.leerroute] ?? k.leerroute})` : name;
    const met = k.percentage !== null && k.doel !== null ? k.percentage >= k.doel : null;
    return el('article', { class: 'tegel', 'data-kpi': k.naam + (k.leerroute ? `.${k.leerroute}` : '') },
      el('h3', {}, label),
      el('p', { class: k.percentage === null ? 'waarde geen' : 'waarde' }, percent(k.percentage), verstoord.has('voortgangsrapportage.regio') ? el('span', { class: 'markering', title: 'verstoord' }, ' ≈', el('span', { class: 'sr-only' }, ' (verstoord)')) : null),
      el('p', {}, `${number(k.teller)} van ${number(k.noemer)}`),
      el('p', {}, k.doel === null ? 'Geen doel vastgesteld' : `Doel ${percent(k.doel)}`,
        met === null ? null : el('strong', { class: met ? 'gehaald' : 'niet-gehaald' }, met ? ' · doel gehaald' : ' · onder het doel')));
  }));
  const kpiRows = [];
  for (const c of cols) {
    for (const k of c.rapport.kpis) {
      kpiRows.push([c.naam, KPIS[k.naam] ?? k.naam, k.leerroute, k.teller, k.noemer, k.percentage, k.doel]);
    }
  }
  sheets.push({ naam: "KPI's", kolommen: ['Gemeente', 'KPI', 'Leerroute', 'Teller', 'Noemer', 'Percentage', 'Doel'], rijen: kpiRows });
  document.getElementById('legenda').hidden = verstoord.size === 0 && !(extensions?.onderdrukt?.length);
  return sheets;
}

/**
 * The quarters that lie wholly inside van..tot (both dates included), e.g. 2022-01-01..2023-07-01 gives
 * 2022-Q1 … 2023-Q2: a quarter the period only partly covers is left out, because the statistics count whole
 * quarters and would show days outside the chosen period.
 */
function quarters(van, tot) {
  const q = (d) => [Number(d.slice(0, 4)), Math.floor((Number(d.slice(5, 7)) - 1) / 3) + 1];
  const first = (y, n) => `${y}-${String(n * 3 - 2).padStart(2, '0')}-01`;
  const last = (y, n) => new Date(Date.UTC(y, n * 3, 0)).toISOString().slice(0, 10);
  let [y, n] = q(van);
  if (van > first(y, n)) {
    n += 1;
    if (n === 5) { n = 1; y += 1; }
  }
  let [y2, n2] = q(tot);
  if (tot < last(y2, n2)) {
    n2 -= 1;
    if (n2 === 0) { n2 = 4; y2 -= 1; }
  }
  const list = [];
  while (y < y2 || (y === y2 && n <= n2)) {
    list.push(`${y}-Q${n}`);
    n += 1;
    if (n === 5) { n = 1; y += 1; }
  }
  return list;
}

function renderTrends(data, extensions, van, tot) {
  for (const chart of charts) chart.destroy();
  charts = [];
  const periods = quarters(van, tot);
  const names = Object.fromEntries(data.gemeenten.map((g) => [g.code, g.naam]));
  const container = document.getElementById('trend-grafieken');
  container.replaceChildren();
  if (periods.length === 0) {
    container.append(el('p', {}, 'De gekozen periode bevat geen heel kwartaal: kies een periode van ten minste één volledig kwartaal om de trends te zien.'));
    return [];
  }
  container.append(el('p', { class: 'legenda' }, `Trends per kwartaal dat geheel binnen de periode valt: ${periods[0]} tot en met ${periods.at(-1)}.`));
  const sheets = [];
  const verstoord = verstoordSet(extensions);
  for (const t of TRENDS) {
    const keep = (g) => g.sleutel.periode && (!t.status || g.sleutel.status === t.status);
    const perGemeente = data[`${t.id}G`].filter(keep);
    const regio = data[`${t.id}R`].filter(keep);
    const codes = [...new Set(perGemeente.map((g) => g.sleutel.gemeenteCode))].sort((a, b) => (names[a] ?? a).localeCompare(names[b] ?? b, 'nl'));
    const series = [
      { naam: 'Regio', waarden: periods.map((p) => regio.filter((g) => g.sleutel.periode === p).reduce((s, g) => s + (g.aantalPersonen ?? 0), 0)) },
      ...codes.map((code) => ({ naam: names[code] ?? code, waarden: periods.map((p) => perGemeente.find((g) => g.sleutel.gemeenteCode === code && g.sleutel.periode === p)?.aantalPersonen ?? 0) })),
    ];
    const perturbed = [...verstoord].some((v) => v.startsWith(`${t.id}G`) || v.startsWith(`${t.id}R`));
    const canvas = el('canvas', { role: 'img', 'aria-label': `Lijngrafiek ${t.titel} per kwartaal, ${periods[0]} tot en met ${periods.at(-1)}; de cijfers staan in de tabel eronder.` });
    const table = el('table', { class: 'cijfers', id: `trend-${t.id}` },
      el('caption', {}, `${t.titel} per kwartaal (personen)`),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Kwartaal'), series.map((s) => el('th', { scope: 'col' }, s.naam)))),
      el('tbody', {}, periods.map((p, i) => el('tr', {}, el('th', { scope: 'row' }, p), series.map((s) => el('td', {}, el('span', { class: 'getal' }, number(s.waarden[i]))))))));
    container.append(el('figure', { class: 'trend' },
      el('figcaption', {}, el('h3', {}, t.titel), perturbed ? el('p', { class: 'legenda' }, 'Bevat verstoorde regiotellingen (≈).') : null),
      el('div', { class: 'grafiek' }, canvas),
      el('details', {}, el('summary', {}, 'Tabel met de cijfers'), scrollTable(table, `${t.titel}: tabel`))));
    if (window.Chart) {
      charts.push(new window.Chart(canvas, {
        type: 'line',
        data: { labels: periods, datasets: series.map((s, i) => ({ label: s.naam, data: s.waarden, borderColor: COLORS[i % COLORS.length], backgroundColor: COLORS[i % COLORS.length], borderWidth: i === 0 ? 3 : 1.5, spanGaps: true })) },
        options: { animation: false, responsive: true, maintainAspectRatio: false, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
      }));
    }
    sheets.push({ naam: t.blad, kolommen: ['Kwartaal', ...series.map((s) => s.naam)], rijen: periods.map((p, i) => [p, ...series.map((s) => s.waarden[i])]) });
  }
  sheets.push(renderDoorlooptijd(data, extensions, periods, names));
  return sheets;
}

const mark = (text) => el('span', { class: 'markering', title: text }, ' ≈', el('span', { class: 'sr-only' }, ` (${text})`));

/** The PIP-doorlooptijd per quarter: mean days per gemeente and the region as lines, the 10 weeks as a dashed line, and a table. */
function renderDoorlooptijd(data, extensions, periods, names) {
  const verstoord = verstoordSet(extensions);
  const onderdrukt = new Set(extensions?.onderdrukt ?? []);
  const indexed = (alias) => (data[alias] ?? []).map((g, i) => ({ ...g, pad: `${alias}[${i}]` })).filter((g) => g.sleutel.periode);
  const totaal = { G: indexed('doorlooptijdG'), R: indexed('doorlooptijdR') };
  const binnen = { G: indexed('binnenG'), R: indexed('binnenR') };
  const codes = [...new Set(totaal.G.map((g) => g.sleutel.gemeenteCode))].sort((a, b) => (names[a] ?? a).localeCompare(names[b] ?? b, 'nl'));
  const cellOf = (soort, code, p) => {
    const same = (g) => g.sleutel.periode === p && (soort === 'R' || g.sleutel.gemeenteCode === code);
    const groep = totaal[soort].find(same);
    const binnenGroep = binnen[soort].find((g) => same(g) && g.sleutel.binnenTienWeken === true);
    return {
      aantal: groep?.aantal ?? 0,
      gemiddelde: groep?.dagen.gemiddelde ?? null,
      binnen: binnenGroep?.aantal ?? 0,
      verstoord: [groep, binnenGroep].some((g) => g && verstoord.has(g.pad)),
      onderdrukt: Boolean(groep && onderdrukt.has(`${groep.pad}.dagen`)),
    };
  };
  const series = [
    { naam: 'Regio', cellen: periods.map((p) => cellOf('R', null, p)) },
    ...codes.map((code) => ({ naam: names[code] ?? code, cellen: periods.map((p) => cellOf('G', code, p)) })),
  ];
  const perturbed = series.some((s) => s.cellen.some((c) => c.verstoord || c.onderdrukt));
  const canvas = el('canvas', { role: 'img', 'aria-label': `Lijngrafiek gemiddelde PIP-doorlooptijd in dagen per kwartaal, ${periods[0]} tot en met ${periods.at(-1)}, met de wettelijke termijn van 10 weken (${TIEN_WEKEN} dagen) als stippellijn; de cijfers staan in de tabel eronder.` });
  const rows = periods.flatMap((p, i) => series.map((s) => {
    const c = s.cellen[i];
    return el('tr', { 'data-kwartaal': p, 'data-reeks': s.naam },
      el('th', { scope: 'row' }, p),
      el('th', { scope: 'row' }, s.naam),
      el('td', { class: c.verstoord ? 'verstoord' : null }, el('span', { class: 'getal' }, number(c.aantal)), c.verstoord ? mark('verstoord') : null),
      el('td', { class: c.onderdrukt ? 'onderdrukt' : null }, c.onderdrukt ? 'onderdrukt' : el('span', { class: 'getal' }, c.gemiddelde === null ? '–' : dagen.format(c.gemiddelde))),
      el('td', { class: c.verstoord ? 'verstoord' : null }, el('span', { class: 'getal' }, number(c.binnen)), c.verstoord ? mark('verstoord') : null));
  }));
  const table = el('table', { class: 'cijfers', id: `trend-${DOORLOOPTIJD.id}` },
    el('caption', {}, `${DOORLOOPTIJD.titel} per kwartaal van de PIP; wettelijke termijn 10 weken (${TIEN_WEKEN} dagen)`),
    el('thead', {}, el('tr', {}, ['Kwartaal', 'Gemeente', "PIP's", 'Gemiddelde doorlooptijd (dagen)', 'Binnen 10 weken'].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, rows));
  document.getElementById('trend-grafieken').append(el('figure', { class: 'trend' },
    el('figcaption', {}, el('h3', {}, DOORLOOPTIJD.titel),
      el('p', { class: 'legenda' }, `Gemiddeld aantal dagen van de start van de inburgeringsplicht (de laatste van DUO-kennisgeving en huisvesting) tot de dagtekening van het PIP. Stippellijn: de wettelijke termijn van 10 weken (${TIEN_WEKEN} dagen).`),
      perturbed ? el('p', { class: 'legenda' }, 'Bevat verstoorde regiotellingen (≈); gemiddelden over andere gemeenten van de regio zijn onderdrukt.') : null),
    el('div', { class: 'grafiek' }, canvas),
    el('details', {}, el('summary', {}, 'Tabel met de cijfers'), scrollTable(table, `${DOORLOOPTIJD.titel}: tabel`))));
  if (window.Chart) {
    charts.push(new window.Chart(canvas, {
      type: 'line',
      data: {
        labels: periods,
        datasets: [
          ...series.map((s, i) => ({ label: s.naam, data: s.cellen.map((c) => c.gemiddelde), borderColor: COLORS[i % COLORS.length], backgroundColor: COLORS[i % COLORS.length], borderWidth: i === 0 ? 3 : 1.5, spanGaps: false })),
          { label: `Wettelijke termijn: 10 weken (${TIEN_WEKEN} dagen)`, data: periods.map(() => TIEN_WEKEN), borderColor: '#000000', backgroundColor: '#000000', borderDash: [6, 4], borderWidth: 2, pointRadius: 0 },
        ],
      },
      options: { animation: false, responsive: true, maintainAspectRatio: false, scales: { y: { beginAtZero: true, title: { display: true, text: 'dagen' } } } },
    }));
  }
  return {
    naam: DOORLOOPTIJD.blad,
    kolommen: ['Kwartaal', 'Gemeente', "PIP's", 'Gemiddelde doorlooptijd (dagen)', 'Binnen 10 weken (70 dagen)'],
    rijen: periods.flatMap((p, i) => series.map((s) => [p, s.naam, s.cellen[i].aantal, s.cellen[i].gemiddelde, s.cellen[i].binnen])),
  };
}

async function load(event) {
  event?.preventDefault();
  const van = document.getElementById('van').value;
  const tot = document.getElementById('tot').value;
  if (!van || !tot) {
    status('Vul beide datums in.', true);
    return;
  }
  document.getElementById('csv').href = `/export/voortgangsrapportage.csv?van=${encodeURIComponent(van)}&tot=${encodeURIComponent(tot)}`;
  status('Gegevens laden…');
  const started = performance.now();
  try {
    const [report, trends] = await Promise.all([gql(REPORT, { van, tot }), gql(TREND_QUERY).catch((e) => e)]);
    workbook = renderReport(report.data.voortgangsrapportage, report.extensions);
    let note = '';
    if (trends instanceof HubError) {
      document.getElementById('trend-grafieken').replaceChildren(el('p', {}, `Trends niet beschikbaar: ${trends.message}`));
      note = ' Trends niet beschikbaar.';
    } else {
      workbook.push(...renderTrends(trends.data, trends.extensions, van, tot));
    }
    const extensions = report.extensions ?? {};
    workbook.push({
      naam: 'Toelichting',
      kolommen: ['Onderwerp', 'Waarde'],
      rijen: [
        ['Periode van', van], ['Periode tot en met', tot], ['Bron', 'Inburgering.Hub GraphQL-API (/graphql)'],
        ...(extensions.verstoord ?? []).map((v) => ['Verstoord (cell-key-methode)', v]),
        ...(extensions.onderdrukt ?? []).map((v) => ['Onderdrukt', v]),
      ],
    });
    document.body.dataset.geladen = 'ja';
    status(`Gegevens geladen in ${Math.round(performance.now() - started)} ms.${note}`);
  } catch (error) {
    status(error.message, true);
  }
}

async function downloadXlsx() {
  if (workbook.length === 0) return;
  status('XLSX maken…');
  const van = document.getElementById('van').value;
  const tot = document.getElementById('tot').value;
  const response = await fetch('/export/dashboard.xlsx', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', 'X-Hub-Csrf': csrf() },
    body: JSON.stringify({ bestandsnaam: `dashboard_${van}_${tot}`, bladen: workbook }),
  });
  if (!response.ok) {
    status(`Het XLSX-bestand kon niet worden gemaakt (status ${response.status}).`, true);
    return;
  }
  download(await response.blob(), `dashboard_${van}_${tot}.xlsx`);
  status('XLSX gedownload.');
}

document.getElementById('periode').addEventListener('submit', load);
document.getElementById('xlsx').addEventListener('click', downloadXlsx);
load();
