// Beheer: quarantined records — filter, view the masked content, replay or discard after confirmation.
import { gql, el, status, when, number, scrollTable } from './hub.mjs';

const QUERY = `query Quarantaine($status: QuarantineStatus, $connector: String, $reasonCode: String, $where: QuarantineRecordFilter) {
  connectors { name }
  quarantine(first: 100, status: $status, connector: $connector, reasonCode: $reasonCode, where: $where) {
    totalCount
    nodes { id connector stream location sourceId gemeenteCode reasonCode message content status createdAt resolvedAt seenCount replayable }
  }
}`;

const ACTIONS = {
  replay: { mutation: 'mutation Replay($ids: [ID!]!) { replayQuarantine(ids: $ids) { id succeeded message } }', veld: 'replayQuarantine', vraag: 'opnieuw laden', knop: 'Opnieuw laden' },
  discard: { mutation: 'mutation Discard($ids: [ID!]!) { discardQuarantine(ids: $ids) { id succeeded message } }', veld: 'discardQuarantine', vraag: 'verwerpen', knop: 'Verwerpen' },
};

let connectorsFilled = false;

// The Dutch descriptions of the reason codes, as the page's filter lists them (written by the server).
const REDENEN = new Map([...document.getElementById('q-reden').options].filter((o) => o.value).map((o) => [o.value, o.textContent]));
const reden = (code) => REDENEN.get(code) ?? 'Andere reden (zie de melding)';

function confirmDialog(text) {
  const dialog = document.getElementById('bevestig');
  document.getElementById('bevestig-tekst').textContent = text;
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => resolve(dialog.returnValue === 'ja'), { once: true });
    dialog.returnValue = '';
    dialog.showModal();
    document.getElementById('bevestig-ja').focus();
  });
}

async function act(kind, record) {
  const action = ACTIONS[kind];
  if (!(await confirmDialog(`Record ${record.location} (${reden(record.reasonCode)}) ${action.vraag}?`))) {
    status('Niets gedaan.');
    return;
  }
  try {
    const { data } = await gql(action.mutation, { ids: [record.id] });
    const outcome = data[action.veld][0];
    status(`${action.knop}: ${outcome.succeeded ? 'gelukt' : 'niet gelukt'} — ${outcome.message}`, !outcome.succeeded);
    document.body.dataset.uitkomst = outcome.succeeded ? 'gelukt' : 'mislukt';
    await load(null, true);
  } catch (error) {
    status(error.message, true);
  }
}

async function load(event, keepStatus = false) {
  event?.preventDefault();
  const value = (id) => document.getElementById(id).value.trim() || null;
  const gemeente = value('q-gemeente');
  try {
    const { data } = await gql(QUERY, {
      status: value('q-status'),
      connector: value('q-connector'),
      reasonCode: value('q-reden'),
      where: gemeente ? { gemeenteCode: { eq: gemeente } } : null,
    });
    if (!connectorsFilled) {
      document.getElementById('q-connector').append(...data.connectors.map((c) => el('option', { value: c.name }, c.name)));
      connectorsFilled = true;
    }
    const nodes = data.quarantine.nodes;
    // A plug-in connector may use a reason code of its own: once seen, it can be chosen in the filter too.
    const redenSelect = document.getElementById('q-reden');
    for (const code of new Set(nodes.map((r) => r.reasonCode))) {
      if (![...redenSelect.options].some((o) => o.value === code)) {
        redenSelect.append(el('option', { value: code }, `Andere reden: ${code}`));
      }
    }
    const table = el('table', { class: 'cijfers', id: 'tabel-quarantaine' },
      el('caption', {}, `${number(data.quarantine.totalCount)} records in quarantaine`),
      el('thead', {}, el('tr', {}, ['Ontvangen', 'Connector', 'Plaats', 'Gemeente', 'Reden', 'Status', 'Inhoud (gemaskeerd)', 'Acties'].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, nodes.map((r) => el('tr', { 'data-id': r.id },
        el('td', {}, when(r.createdAt), r.seenCount > 1 ? el('br') : null, r.seenCount > 1 ? `${r.seenCount}× gezien` : null),
        el('td', {}, `${r.connector} / ${r.stream}`),
        el('th', { scope: 'row' }, r.location),
        el('td', {}, r.gemeenteCode ?? '–'),
        el('td', {}, reden(r.reasonCode), ' ', el('code', {}, r.reasonCode), el('br'), el('span', { class: 'melding' }, 'Melding van de bron: ', el('span', { lang: 'en' }, r.message))),
        el('td', {}, r.status),
        el('td', {}, el('details', {}, el('summary', {}, 'Toon inhoud'), el('pre', {}, r.content))),
        el('td', {}, r.status !== 'OPEN' ? '–' : [
          r.replayable ? el('button', { type: 'button', class: 'knop-licht', 'data-actie': 'replay', 'aria-label': `Opnieuw laden: ${r.location}`, onclick: () => act('replay', r) }, 'Opnieuw laden') : null,
          ' ',
          el('button', { type: 'button', class: 'knop-licht', 'data-actie': 'discard', 'aria-label': `Verwerpen: ${r.location}`, onclick: () => act('discard', r) }, 'Verwerpen'),
        ])))));
    document.getElementById('quarantaine').replaceChildren(nodes.length === 0 ? el('p', {}, 'Geen records met dit filter.') : scrollTable(table, 'Quarantaine'));
    if (!keepStatus) status(`${number(data.quarantine.totalCount)} records gevonden.`);
    document.body.dataset.geladen = 'ja';
  } catch (error) {
    status(error.message, true);
  }
}

document.getElementById('filter').addEventListener('submit', (e) => load(e));
load();
