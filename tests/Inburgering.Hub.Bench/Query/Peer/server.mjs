// The query benchmark's peer: PostGraphile 5 (amber preset) with @graphile/pg-aggregates and the
// connection filter (relations on, every column filterable and sortable), on the hub's PostgreSQL database, schema public, no authorization.
// Started by the bench (Query/Peer/PeerServer.cs): DATABASE_URL and PORT from the environment; prints
// "ready <port>" once it listens on 127.0.0.1.
import { createServer } from "node:http";
import { postgraphile } from "postgraphile";
import { grafserv } from "postgraphile/grafserv/node";
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { makePgService } from "postgraphile/adaptors/pg";
import { PgAggregatesPreset } from "@graphile/pg-aggregates";
import { PostGraphileConnectionFilterPreset } from "postgraphile-plugin-connection-filter";

const port = Number(process.env.PORT);
const preset = {
  extends: [PostGraphileAmberPreset, PgAggregatesPreset, PostGraphileConnectionFilterPreset],
  pgServices: [makePgService({ connectionString: process.env.DATABASE_URL, schemas: ["public"], poolConfig: { max: 10 } })],
  // Every column may be filtered and sorted on, indexed or not (the hub allows the same).
  disablePlugins: ["PgIndexBehaviorsPlugin"],
  schema: { connectionFilterRelations: true },
  grafserv: { port, graphqlPath: "/graphql", graphiql: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
server.on("error", (e) => {
  console.error(e);
  process.exit(1);
});
await serv.addTo(server);
server.listen(port, "127.0.0.1", () => console.log(`ready ${port}`));
const stop = () => server.close(() => pgl.release().then(() => process.exit(0)));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
