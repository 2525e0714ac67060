// Real GraphQL clients against the running demo hub (CI: .ci/run).
//
//   node tests/graphql-clients/run.mjs                 start the demo hub (built: dotnet build), test, stop it
//   node tests/graphql-clients/run.mjs --url U --token T   test a hub that is already running
//
// Checks, each counted as one test:
//   - every check of graphql-http's auditServer (the GraphQL-over-HTTP audit of the spec's reference
//     implementation) is "ok" (warnings and errors fail);
//   - graphql-js loads the schema the way GraphiQL, Altair, Postman, Insomnia, Apollo and codegen do:
//     getIntrospectionQuery() without options, and with every option, buildClientSchema, validateSchema;
//   - the introspected types equal schema/schema.graphql (no breaking or dangerous change either way);
//   - every file in schema/examples validates against the introspected schema;
//   - the introspection queries the .NET tests pin (tests/Inburgering.Hub.Server.Tests/Schema/Introspection)
//     are graphql-js's own.
// Ends with the line "graphql clients: N passed, N failed"; exits 1 when one failed.

import { spawn, execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import {
  buildClientSchema,
  buildSchema,
  findBreakingChanges,
  findDangerousChanges,
  getIntrospectionQuery,
  GraphQLSchema,
  parse,
  validate,
  validateSchema,
  version as graphqlVersion,
} from 'graphql';
import { auditServer } from 'graphql-http';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const server = join(root, 'src', 'Inburgering.Hub.Server');
const allOptions = {
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
};

let passed = 0;
let failed = 0;
function check(name, ok, detail) {
  if (ok) {
    passed++;
    console.log(`  ok    ${name}`);
  } else {
    failed++;
    console.log(`  FAIL  ${name}${detail ? `: ${detail}` : ''}`);
  }
}

function argument(name) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const hubEnv = { ...process.env, DOTNET_ENVIRONMENT: 'Development', ASPNETCORE_ENVIRONMENT: 'Development', DOTNET_NOLOGO: '1' };
const hubCommand = (verb, ...args) => ['run', '--no-build', '--no-launch-profile', '--project', server, '--', verb, ...args];

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function startDemo() {
  const folder = mkdtempSync(join(tmpdir(), 'inburgering-hub-clients-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const { stdout } = await promisify(execFile)('dotnet', hubCommand('token', '--gemeente', 'GM0405', '--role', 'medewerker', '--hours', '1'), { cwd: root, env: hubEnv });
  const token = stdout.trim().split('\n').pop().trim();
  const output = [];
  const hub = spawn(
    'dotnet',
    hubCommand('demo', '--data', folder, '--urls', url, `--Hub:Database:ConnectionString=Data Source=${join(folder, 'hub.db')}`, `--Hub:Sync:ArchivePath=${join(folder, 'archive')}`),
    { cwd: root, env: hubEnv, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  hub.stdout.on('data', (d) => output.push(d));
  hub.stderr.on('data', (d) => output.push(d));
  const exited = new Promise((resolve) => hub.once('exit', resolve));
  const stop = async () => {
    try {
      process.kill(-hub.pid, 'SIGTERM'); // the process group: dotnet run and the hub it started
    } catch {
      // already gone
    }
    await Promise.race([exited, new Promise((r) => setTimeout(r, 15000))]);
    rmSync(folder, { recursive: true, force: true });
  };

  const started = Date.now();
  for (;;) {
    if (hub.exitCode !== null) {
      await stop();
      throw new Error(`the demo hub exited with ${hub.exitCode}:\n${Buffer.concat(output).toString()}`);
    }
    try {
      if ((await fetch(`${url}/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > 300_000) {
      await stop();
      throw new Error(`the demo hub did not answer /health within 300 s:\n${Buffer.concat(output).toString()}`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  console.log(`demo hub on ${url} after ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return { url, token, stop };
}

async function introspect(url, token, options) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json;q=0.9', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: getIntrospectionQuery(options), operationName: 'IntrospectionQuery' }),
  });
  const body = await response.json();
  if (!response.ok || body.errors) {
    throw new Error(`${response.status} ${JSON.stringify(body.errors ?? body)}`);
  }
  return body.data;
}

async function clients(url, token) {
  console.log(`graphql-http auditServer (graphql-http, graphql ${graphqlVersion}):`);
  const results = await auditServer({
    url: `${url}/graphql`,
    fetchFn: (input, init = {}) => {
      const headers = new Headers(init.headers);
      headers.set('authorization', `Bearer ${token}`);
      return fetch(input, { ...init, headers });
    },
  });
  for (const result of results) {
    check(`audit ${result.id} ${result.name}`, result.status === 'ok', result.status === 'ok' ? '' : `${result.status}: ${result.reason}`);
  }

  console.log('graphql-js introspection client:');
  let schema;
  for (const [name, options] of [['no options', undefined], ['every option', allOptions]]) {
    try {
      const client = buildClientSchema(await introspect(url, token, options));
      const errors = validateSchema(client);
      check(`getIntrospectionQuery (${name}), buildClientSchema, validateSchema`, errors.length === 0, errors.map((e) => e.message).join('; '));
      if (options) schema = client;
    } catch (e) {
      check(`getIntrospectionQuery (${name}), buildClientSchema, validateSchema`, false, e.message);
    }
  }
  if (!schema) {
    check('schema/examples against the introspected schema', false, 'no schema');
    return;
  }

  const date = schema.getType('Date');
  check('Date is specified by its URL (specifiedByURL)', typeof date?.specifiedByURL === 'string' && date.specifiedByURL.startsWith('https://'), String(date?.specifiedByURL));

  // The types and root types; directives are compared as graphql-js's built-in ones on both sides
  // (GraphQL.NET's SDL printer leaves its built-in directives out).
  const typesOf = (s) => new GraphQLSchema({ query: s.getQueryType(), mutation: s.getMutationType(), types: Object.values(s.getTypeMap()) });
  const committed = typesOf(buildSchema(readFileSync(join(root, 'schema', 'schema.graphql'), 'utf8')));
  const served = typesOf(schema);
  const differences = [
    ...findBreakingChanges(committed, served), ...findDangerousChanges(committed, served),
    ...findBreakingChanges(served, committed), ...findDangerousChanges(served, committed),
  ];
  check('introspected types equal schema/schema.graphql', differences.length === 0, differences.slice(0, 5).map((d) => d.description).join('; '));

  const examples = join(root, 'schema', 'examples');
  for (const file of readdirSync(examples).filter((f) => f.endsWith('.graphql')).sort()) {
    try {
      const errors = validate(schema, parse(readFileSync(join(examples, file), 'utf8')));
      check(`schema/examples/${file} validates`, errors.length === 0, errors.map((e) => e.message).join('; '));
    } catch (e) {
      check(`schema/examples/${file} validates`, false, e.message);
    }
  }

  const pinned = join(root, 'tests', 'Inburgering.Hub.Server.Tests', 'Schema', 'Introspection');
  for (const [file, options] of [['standard.graphql', undefined], ['all-options.graphql', allOptions]]) {
    check(`${file} of the .NET tests is graphql-js's getIntrospectionQuery`, readFileSync(join(pinned, file), 'utf8') === getIntrospectionQuery(options));
  }
}

let hub;
try {
  const url = argument('--url');
  hub = url ? { url, token: argument('--token'), stop: async () => {} } : await startDemo();
  await clients(hub.url, hub.token);
} catch (e) {
  check('graphql clients against the demo hub', false, e.stack ?? String(e));
} finally {
  await hub?.stop();
}

console.log(`graphql clients: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
