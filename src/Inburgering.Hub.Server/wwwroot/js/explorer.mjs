// GraphiQL with the browser session: POSTs to /graphql with the session cookie and antiforgery header;
// the examples of schema/examples/ in a picker.
import { csrf } from './hub.mjs';

const fetcher = async (params) => {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json', 'X-Hub-Csrf': csrf() },
    body: JSON.stringify(params),
  });
  return response.json();
};

// Keep GraphiQL's state for this page only: the examples are the starting tabs every time.
const memory = new Map();
const storage = {
  getItem: (k) => (memory.has(k) ? memory.get(k) : null),
  setItem: (k, v) => memory.set(k, String(v)),
  removeItem: (k) => memory.delete(k),
  clear: () => memory.clear(),
  get length() { return memory.size; },
};

const variablesOf = (example) => {
  if (!example.variables) return '';
  try { return JSON.stringify(JSON.parse(example.variables), null, 2); } catch { return example.variables; }
};

const response = await fetch('/graphql/voorbeelden', { credentials: 'same-origin' });
const examples = response.ok ? await response.json() : [];
const picker = document.getElementById('voorbeeld');
for (const [i, example] of examples.entries()) {
  const option = document.createElement('option');
  option.value = String(i);
  option.textContent = example.token ? `${example.naam} (token: ${example.token})` : example.naam;
  picker.append(option);
}

const root = window.ReactDOM.createRoot(document.getElementById('graphiql'));
let generation = 0;
function render(example) {
  generation += 1;
  root.render(window.React.createElement(window.GraphiQL, {
    key: generation,
    fetcher,
    storage,
    defaultEditorToolsVisibility: true,
    forcedTheme: 'light',
    query: example?.query ?? '# Kies hierboven een voorbeeld, of typ een query.\n{ gemeenten { code naam regio } }\n',
    variables: example ? variablesOf(example) : '',
  }));
}
// CodeMirror's input areas carry no label of their own: name them after the editor they belong to.
const EDITORS = [['.graphiql-query-editor', 'Query-editor'], ['.graphiql-editor-tool', 'Variabelen of headers'], ['.result-window', 'Resultaat'], ['.graphiql-doc-explorer', 'Documentatie']];
new MutationObserver(() => {
  for (const area of document.querySelectorAll('#graphiql textarea:not([aria-label])')) {
    const match = EDITORS.find(([selector]) => area.closest(selector));
    area.setAttribute('aria-label', match ? match[1] : 'Editor');
  }
}).observe(document.getElementById('graphiql'), { childList: true, subtree: true });
render(null);
picker.addEventListener('change', () => render(examples[Number(picker.value)] ?? null));
document.body.dataset.geladen = 'ja';
