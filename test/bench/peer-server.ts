/*
 * The generic peer of the leader query (issue 13): PostGraphile 4, a GraphQL layer generated from the
 * database schema, run as its own process over the bench database. It connects as duban_app, so the
 * same row-level security applies, and sets the same scope settings per request through pgSettings
 * (its documented way to pass claims to RLS) after verifying the leader's bearer token with the API's
 * secret. Lighter than the API's guard: no session lookup. Started by peer.ts; prints "listening <port>".
 *
 * Env: PEER_DATABASE_URL (app role), PEER_PORT, PEER_POOL, JWT_SECRET, PEER_TENANT, PEER_SCOPE.
 */
import http from 'node:http';
import Module from 'node:module';
import path from 'node:path';
import jwt from 'jsonwebtoken';
import { Pool } from 'pg';

// PostGraphile 4 needs graphql 15 while the app has 16, so npm installs two nested copies of 15
// (under postgraphile and under graphile-build-pg); its parts must share ONE or its type checks fail
// ("Unexpected input type"). Every graphql import in this process resolves to postgraphile's copy.
const graphqlDir = path.dirname(
  require.resolve('graphql/package.json', { paths: [path.dirname(require.resolve('postgraphile'))] }),
);
const resolve = (Module as unknown as { _resolveFilename: (r: string, ...a: unknown[]) => string })
  ._resolveFilename;
(Module as unknown as { _resolveFilename: typeof resolve })._resolveFilename = (request, ...rest) =>
  request === 'graphql' || request.startsWith('graphql/')
    ? resolve(request.replace(/^graphql/, graphqlDir), ...rest)
    : resolve(request, ...rest);
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { postgraphile } = require('postgraphile') as typeof import('postgraphile');

const env = (name: string) => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set`);
  return v;
};

const secret = env('JWT_SECRET');
const settings = { 'duban.tenant_id': env('PEER_TENANT'), 'duban.scope_path': env('PEER_SCOPE') };
const pool = new Pool({
  connectionString: env('PEER_DATABASE_URL'),
  max: Number(env('PEER_POOL')),
  application_name: 'duban-bench-peer',
});

const handler = postgraphile(pool, 'public', {
  // Production settings from PostGraphile's docs: no watch, no GraphiQL, no query log, no mutations
  // generated (the question is a read), errors without stacks.
  watchPg: false,
  graphiql: false,
  disableQueryLog: true,
  disableDefaultMutations: true,
  retryOnInitFail: false,
  setofFunctionsContainNulls: false,
  extendedErrors: [],
  pgSettings: (req: http.IncomingMessage) => {
    const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
    jwt.verify(token, secret, { algorithms: ['HS256'] }); // throws: PostGraphile answers with an error
    return settings;
  },
});

const server = http.createServer(handler);
// The load generator keeps its sockets open; Node's 5 s default would race it ("socket hang up").
server.keepAliveTimeout = 60_000;
server.listen(Number(env('PEER_PORT')), '127.0.0.1', () => {
  console.log(`listening ${env('PEER_PORT')}`);
});
