// A real OpenID Connect provider for the hub's identity tests: the certified `oidc-provider` package,
// configured with clients and accounts whose tokens look like those of Microsoft Entra ID and Keycloak.
// Test use only (fixed secrets, development login form that accepts any password). See README.md.
//
//   node server.mjs [--port 0] [--host 127.0.0.1]
//
// Prints one line `{"issuer":"http://127.0.0.1:<port>"}` on stdout when it listens, then serves until
// SIGTERM/SIGINT. Test-only endpoints (loopback only, not part of OpenID Connect):
//   POST /__test/rotate?keep=true|false  new RS256 and ES256 signing keys; keep=false drops the old ones
//   GET  /__test/keys                    the kids now published, newest first
import { createServer } from 'node:http';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import Provider from 'oidc-provider';

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const host = arg('host', '127.0.0.1');
const port = Number(arg('port', process.env.PORT ?? '0'));

// The hub's API: the audience of every access token these clients get (resource indicator).
const hubAudience = 'api://inburgering-hub';

// Entra ID puts group object ids in `groups`; the hub maps them with a table (README, Hub:Auth:Claims).
const groups = {
  hoorn: '6d1f3c0a-0405-4d6e-9a5b-000000000405',
  enkhuizen: '6d1f3c0a-0388-4d6e-9a5b-000000000388',
  drechterland: '6d1f3c0a-0498-4d6e-9a5b-000000000498',
  koggenland: '6d1f3c0a-1598-4d6e-9a5b-000000001598',
  medemblik: '6d1f3c0a-0420-4d6e-9a5b-000000000420',
  opmeer: '6d1f3c0a-0432-4d6e-9a5b-000000000432',
  stedeBroec: '6d1f3c0a-0532-4d6e-9a5b-000000000532',
  westfriesland: '6d1f3c0a-0000-4d6e-9a5b-0000000000f1',
  unrelated: '0b7e6a52-1111-4222-8333-944445555666',
};
const allGemeenteGroups = [groups.hoorn, groups.enkhuizen, groups.drechterland, groups.koggenland, groups.medemblik, groups.opmeer, groups.stedeBroec];
const allGemeenteCodes = ['GM0405', 'GM0388', 'GM0498', 'GM1598', 'GM0420', 'GM0432', 'GM0532'];

// Accounts of the interactive clients, each in both shapes: `entra` (app roles in `roles`, group ids in
// `groups`) and `keycloak` (realm and client roles, the gemeente as a user attribute and a group path).
const accounts = {
  'medewerker-hoorn': {
    entra: { roles: ['Hub.Medewerker'], groups: [groups.hoorn, groups.unrelated] },
    keycloak: { realm_access: { roles: ['offline_access', 'hub-medewerker'] }, gemeente: 'GM0405', groups: ['/gemeenten/hoorn'] },
  },
  'analist-regio': {
    entra: { roles: ['Hub.Analist'], groups: [groups.hoorn, groups.westfriesland] },
    keycloak: { realm_access: { roles: ['offline_access'] }, resource_access: { 'inburgering-hub': { roles: ['analist'] } }, gemeente: 'GM0405', regio: 'Westfriesland' },
  },
  beheerder: {
    entra: { roles: ['Hub.Beheerder'], groups: [...allGemeenteGroups, groups.westfriesland] },
    keycloak: { realm_access: { roles: ['hub-beheerder'] }, gemeente: allGemeenteCodes, regio: 'Westfriesland' },
  },
  'zonder-rol': {
    entra: { roles: ['Other.App.Reader'], groups: [groups.hoorn] },
    keycloak: { realm_access: { roles: ['offline_access', 'uma_authorization'] }, gemeente: 'GM0405' },
  },
};

const secret = (id) => `${id}-secret`;
const machine = (id, style, claims, extra = {}) => ({
  client_id: id,
  client_secret: secret(id),
  grant_types: ['client_credentials'],
  response_types: [],
  redirect_uris: [],
  hub_style: style,
  hub_claims: claims,
  ...extra,
});
const interactive = (id, style, extra = {}) => ({
  client_id: id,
  client_secret: secret(id),
  grant_types: ['authorization_code', 'refresh_token'],
  response_types: ['code'],
  redirect_uris: ['http://127.0.0.1:5181/signin-oidc'],
  post_logout_redirect_uris: ['http://127.0.0.1:5181/signout-callback-oidc'],
  hub_style: style,
  ...extra,
});

const clients = [
  // The hub's browser sign-in (front door): authorization code + PKCE, Entra-shaped claims.
  interactive('hub-web', 'entra'),
  interactive('keycloak-web', 'keycloak', { hub_alg: 'ES256' }),
  // Machine/API clients, client credentials. Entra: app roles in `roles`, group ids in `groups`.
  machine('entra-daemon', 'entra', { roles: ['Hub.Medewerker'], groups: [groups.hoorn, groups.unrelated] }),
  machine('entra-analist', 'entra', { roles: ['Hub.Analist', 'Hub.Onbekend'], groups: [groups.hoorn, groups.westfriesland] }),
  machine('entra-zonder-rol', 'entra', { roles: ['Other.App.Reader'], groups: [groups.hoorn] }),
  machine('entra-kortlevend', 'entra', { roles: ['Hub.Medewerker'], groups: [groups.hoorn] }, { hub_ttl: 2 }),
  // Keycloak: realm roles, client roles under resource_access.<client>, gemeente attribute and group path; ES256.
  machine('keycloak-daemon', 'keycloak', {
    realm_access: { roles: ['offline_access', 'uma_authorization', 'hub-medewerker'] },
    resource_access: { 'inburgering-hub': { roles: ['analist'] }, account: { roles: ['manage-account'] } },
    gemeente: 'GM0405',
    groups: ['/gemeenten/enkhuizen', '/afdelingen/sociaal-domein'],
  }, { hub_alg: 'ES256' }),
  machine('keycloak-rs256', 'keycloak', {
    realm_access: { roles: ['hub-medewerker'] },
    gemeente: 'GM0405',
  }),
];

function newKeys() {
  const stamp = `${Date.now().toString(36)}-${randomUUID().slice(0, 8)}`;
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' });
  return [
    { ...rsa, kid: `rsa-${stamp}`, alg: 'RS256', use: 'sig' },
    { ...ec, kid: `ec-${stamp}`, alg: 'ES256', use: 'sig' },
  ];
}

let keys = newKeys();
const issuerPlaceholder = { value: '' };

function claimsFor(accountId, style) {
  const account = accounts[accountId];
  return account ? { ...(account[style] ?? account.entra) } : undefined;
}

function build(issuer) {
  const provider = new Provider(issuer, {
    clients,
    jwks: { keys },
    cookies: { keys: ['test-only-cookie-key-inburgering-hub-oidc-provider'] },
    extraClientMetadata: {
      properties: ['hub_style', 'hub_claims', 'hub_alg', 'hub_ttl'],
      validator(_ctx, key, value) {
        if (key === 'hub_claims' && value !== undefined && (typeof value !== 'object' || Array.isArray(value))) {
          throw new Error('hub_claims must be an object');
        }
      },
    },
    scopes: ['openid', 'offline_access', 'profile', 'hub'],
    claims: {
      openid: ['sub'],
      profile: ['name'],
      hub: ['roles', 'groups', 'realm_access', 'resource_access', 'gemeente', 'regio'],
    },
    conformIdTokenClaims: false,
    async findAccount(ctx, sub) {
      if (!accounts[sub]) {
        return undefined;
      }
      return {
        accountId: sub,
        async claims() {
          const style = ctx.oidc.client?.hub_style ?? 'entra';
          return { sub, name: sub, ...claimsFor(sub, style) };
        },
      };
    },
    features: {
      devInteractions: { enabled: true },
      clientCredentials: { enabled: true },
      introspection: { enabled: true },
      revocation: { enabled: true },
      rpInitiatedLogout: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => hubAudience,
        useGrantedResource: () => true,
        // Every resource indicator is an API that takes JWT access tokens: the hub's audience, or
        // another one (a token for another API must be refused by the hub).
        async getResourceServerInfo(_ctx, resourceIndicator, client) {
          return {
            scope: 'hub',
            audience: resourceIndicator,
            accessTokenTTL: client.hub_ttl ?? 600,
            accessTokenFormat: 'jwt',
            jwt: { sign: { alg: client.hub_alg ?? 'RS256' } },
          };
        },
      },
    },
    async extraTokenClaims(_ctx, token) {
      if (token.kind !== 'AccessToken' && token.kind !== 'ClientCredentials') {
        return undefined;
      }
      const client = await provider.Client.find(token.clientId);
      if (token.accountId) {
        return { ...claimsFor(token.accountId, client?.hub_style ?? 'entra'), name: token.accountId };
      }
      return { ...(client?.hub_claims ?? {}) };
    },
    pkce: { required: () => true },
    ttl: {
      AccessToken: (_ctx, token) => token.resourceServer?.accessTokenTTL ?? 600,
      ClientCredentials: (_ctx, token) => token.resourceServer?.accessTokenTTL ?? 600,
      IdToken: 600, Interaction: 600, Session: 3600, Grant: 3600 },
    renderError(ctx, out) {
      ctx.type = 'json';
      ctx.body = out;
    },
  });
  return provider;
}

let provider;
let handle;
const server = createServer((req, res) => {
  const url = new URL(req.url, issuerPlaceholder.value || `http://${host}`);
  if (url.pathname === '/__test/rotate' && req.method === 'POST') {
    const keep = url.searchParams.get('keep') !== 'false';
    const fresh = newKeys();
    keys = keep ? [...fresh, ...keys] : fresh;
    provider = build(issuerPlaceholder.value);
    handle = provider.callback();
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ kids: keys.map((k) => k.kid) }));
    return;
  }
  if (url.pathname === '/__test/keys' && req.method === 'GET') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ kids: keys.map((k) => k.kid) }));
    return;
  }
  handle(req, res);
});

server.listen(port, host, () => {
  const { port: actual } = server.address();
  issuerPlaceholder.value = `http://${host}:${actual}`;
  provider = build(issuerPlaceholder.value);
  handle = provider.callback();
  process.stdout.write(`${JSON.stringify({ issuer: issuerPlaceholder.value })}\n`);
});

const stop = () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
