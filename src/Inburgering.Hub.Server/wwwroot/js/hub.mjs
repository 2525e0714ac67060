// Shared helpers of the hub's pages: GraphQL over the session cookie, DOM building without innerHTML, Dutch formats.

/** The antiforgery token of this page's session (sent on every POST; see BrowserSignIn). */
export const csrf = () => document.querySelector('meta[name="hub-csrf"]')?.getAttribute('content') ?? '';

export class HubError extends Error {
  constructor(message, errors = []) {
    super(message);
    this.errors = errors;
  }
}

const CODES = {
  FORBIDDEN: 'Uw rol geeft geen toegang tot deze gegevens.',
  UNAUTHENTICATED: 'U bent niet (meer) aangemeld.',
  CSRF: 'De pagina is verlopen: laad haar opnieuw.',
  FILTER_NOT_ALLOWED: 'Dit filter is niet toegestaan op regiotellingen.',
};

/** Dutch text for a GraphQL error list. */
export function errorText(errors) {
  return errors.map((e) => CODES[e.extensions?.code] ?? e.message).filter((v, i, a) => a.indexOf(v) === i).join(' ');
}

/**
 * POSTs a GraphQL request to /graphql with the session cookie and the antiforgery header.
 * Resolves to the whole response ({ data, errors, extensions }); rejects with a HubError when there is no data.
 */
export async function gql(query, variables = {}) {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/graphql-response+json, application/json',
      'X-Hub-Csrf': csrf(),
    },
    body: JSON.stringify({ query, variables }),
  });
  if (response.status === 401) {
    location.assign('/aanmelden?terug=' + encodeURIComponent(location.pathname));
    throw new HubError(CODES.UNAUTHENTICATED);
  }
  let body;
  try {
    body = await response.json();
  } catch {
    throw new HubError(`De hub antwoordde met status ${response.status}.`);
  }
  if (!body.data) {
    throw new HubError(errorText(body.errors ?? []) || `De hub antwoordde met status ${response.status}.`, body.errors ?? []);
  }
  return body;
}

/** Creates an element: el('td', { class: 'x', 'data-kolom': 'GM0405' }, 'text', child…). */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    if (name.startsWith('on') && typeof value === 'function') node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

/** Writes a message into the page's live region (#status). */
export function status(text, error = false) {
  const node = document.getElementById('status');
  if (!node) return;
  node.textContent = text;
  node.classList.toggle('fout', error);
}

const whole = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** 1.234 — or an en dash for null. */
export const number = (value) => (value === null || value === undefined ? '–' : whole.format(value));

/** 61,5% — or "geen gegevens" for null. */
export const percent = (value) => (value === null || value === undefined ? 'geen gegevens' : `${oneDecimal.format(value)}%`);

const dateTime = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeStyle: 'short' });

/** 30 nov 2026 16:05 (local time) — or an en dash. */
export const when = (iso) => (iso ? dateTime.format(new Date(iso)) : '–');

/** A table in a focusable, labelled scroll container (keyboard users can scroll wide tables). */
export function scrollTable(table, label) {
  return el('div', { class: 'tabel-rol', role: 'region', 'aria-label': label, tabindex: '0' }, table);
}

/** Starts a browser download of a Blob. */
export function download(blob, fileName) {
  const url = URL.createObjectURL(blob);
  const link = el('a', { href: url, download: fileName, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Dutch labels of the API's run statuses (SyncRunStatus) and triggers (SyncTrigger); an unknown value is shown as it is. */
export const RUN_STATUS = {
  RUNNING: 'bezig', SUCCEEDED: 'geslaagd', PARTIALLY_SUCCEEDED: 'geslaagd met quarantaine', FAILED: 'mislukt',
  CANCELLED: 'afgebroken', ABANDONED: 'achtergelaten', HELD: 'aangehouden (intrekking wacht op beheerder)',
};
export const RUN_TRIGGER = { MANUAL: 'handmatig', SCHEDULE: 'volgens schema', CLI: 'opdrachtregel', DEMO: 'demo' };
