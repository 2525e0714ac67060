// Beheer: the connectors with version, schedule, last and next run; start a run.
import { gql, el, status, when, scrollTable } from './hub.mjs';

const QUERY = `{ connectors { name version description enabled schedule running nextRun
  lastRun { id status startedAt endedAt read inserted updated quarantined } } }`;

const START = `mutation Start($connector: String!) { startSync(connector: $connector) { id status startedAt } }`;

async function start(name, button) {
  if (!window.confirm(`Een run van ${name} nu starten?`)) return;
  button.disabled = true;
  try {
    const { data } = await gql(START, { connector: name });
    status(`Run ${data.startSync.id} van ${name} gestart (${data.startSync.status}).`);
    setTimeout(load, 1500);
  } catch (error) {
    status(error.message, true);
    button.disabled = false;
  }
}

async function load() {
  try {
    const { data } = await gql(QUERY);
    const table = el('table', { class: 'cijfers', id: 'tabel-connectors' },
      el('caption', {}, 'Geïnstalleerde connectors'),
      el('thead', {}, el('tr', {}, ['Connector', 'Versie', 'Actief', 'Planning', 'Laatste run', 'Volgende run', 'Actie'].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, data.connectors.map((c) => {
        const button = el('button', { type: 'button', class: 'knop-licht', disabled: !c.enabled || c.running, 'aria-label': `${c.running ? 'Loopt…' : 'Run starten'}: ${c.name}` }, c.running ? 'Loopt…' : 'Run starten');
        button.addEventListener('click', () => start(c.name, button));
        return el('tr', { 'data-connector': c.name },
          el('th', { scope: 'row' }, c.name, el('br'), el('span', { class: 'uitleg' }, c.description)),
          el('td', {}, c.version),
          el('td', {}, c.enabled ? 'ja' : 'nee'),
          el('td', {}, c.schedule ? el('code', {}, c.schedule) : 'alleen handmatig'),
          el('td', {}, c.lastRun ? [el('a', { href: `/beheer/runs#run-${c.lastRun.id}` }, c.lastRun.status), el('br'), when(c.lastRun.startedAt)] : 'nog geen'),
          el('td', {}, when(c.nextRun)),
          el('td', {}, button));
      })));
    document.getElementById('connectors').replaceChildren(scrollTable(table, 'Connectors'));
    document.body.dataset.geladen = 'ja';
  } catch (error) {
    status(error.message, true);
  }
}

load();
