// Beheer: run history, newest first, with each run's events.
import { gql, el, status, when, number, RUN_STATUS, RUN_TRIGGER } from './hub.mjs';

const QUERY = `query Runs($connector: String, $status: SyncRunStatus) {
  connectors { name }
  syncRuns(first: 50, connector: $connector, status: $status) {
    totalCount
    nodes { id connector connectorVersion trigger status startedAt endedAt read inserted updated unchanged deleted quarantined error
      events { at kind message count } }
  }
}`;

let connectorsFilled = false;

async function load(event) {
  event?.preventDefault();
  const connector = document.getElementById('connector').value || null;
  const runStatus = document.getElementById('runstatus').value || null;
  try {
    const { data } = await gql(QUERY, { connector, status: runStatus });
    if (!connectorsFilled) {
      document.getElementById('connector').append(...data.connectors.map((c) => el('option', { value: c.name }, c.name)));
      connectorsFilled = true;
    }
    const list = el('ol', { class: 'runs' }, data.syncRuns.nodes.map((r) => el('li', { id: `run-${r.id}`, class: 'run' },
      el('h2', {}, `${r.connector} ${r.connectorVersion} · ${RUN_STATUS[r.status] ?? r.status}`),
      el('p', {}, `Gestart ${when(r.startedAt)} (${RUN_TRIGGER[r.trigger] ?? r.trigger.toLowerCase()}), geëindigd ${when(r.endedAt)}.`),
      el('dl', { class: 'tellingen' }, [
        ['Gelezen', r.read], ['Nieuw', r.inserted], ['Gewijzigd', r.updated], ['Ongewijzigd', r.unchanged], ['Verwijderd', r.deleted], ['Quarantaine', r.quarantined],
      ].map(([k, v]) => el('div', {}, el('dt', {}, k), el('dd', {}, number(v))))),
      r.error ? el('p', { class: 'fout' }, r.error) : null,
      r.events.length === 0 ? el('p', { class: 'uitleg' }, 'Geen gebeurtenissen.') : el('details', {}, el('summary', {}, `${r.events.length} gebeurtenis(sen)`),
        el('ul', {}, r.events.map((e) => el('li', {}, `${when(e.at)} · ${e.kind}${e.count === null ? '' : ` (${number(e.count)})`}: ${e.message}`)))))));
    document.getElementById('runs').replaceChildren(el('p', {}, data.syncRuns.totalCount <= data.syncRuns.nodes.length ? `${number(data.syncRuns.totalCount)} runs, de nieuwste eerst.` : `${number(data.syncRuns.totalCount)} runs; de nieuwste ${data.syncRuns.nodes.length} staan hieronder.`), list);
    document.body.dataset.geladen = 'ja';
    if (location.hash) document.querySelector(location.hash)?.scrollIntoView();
  } catch (error) {
    status(error.message, true);
  }
}

document.getElementById('filter').addEventListener('submit', load);
load();
