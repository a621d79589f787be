/**
 * Property-based fuzzing (issue 12, item 6): for every Query and Mutation field of the live schema,
 * fast-check generates variables from the field's argument types — well-typed but hostile values and
 * malformed ones (test/support/graphql-arbitraries.ts) — and sends them as an anonymous caller, a
 * township liaison and head, county and city supervisors, a city leader and the administrator.
 *
 * Every answer: HTTP status below 500; every error carries a documented `extensions.code`, never
 * INTERNAL_SERVER_ERROR, never database or stack text; a refused request leaves the database exactly
 * as it was (a fingerprint of every table, taken after each request, on a database of this suite's
 * own). Reproducible: FUZZ_SEED (printed) and FUZZ_RUNS (per field) override the defaults.
 */
import fc from 'fast-check';
import { getNamedType, GraphQLField, GraphQLSchema, isLeafType, isObjectType } from 'graphql';
import { CLIENT_ERROR_CODES } from '@duban/platform';
import {
  bootPrivateRun,
  changedTables,
  CHENGGUAN,
  cityToSuixianToTownships,
  countyStory,
  Fingerprint,
  fingerprinter,
  FuzzPools,
  introspect,
  isRequired,
  PrivateRun,
  rootFields,
  rootOperation,
  SQL_TEXT,
  userKeeper,
  usersOf,
  variablesArb,
} from '@duban/testing';

const SEED = Number(process.env.FUZZ_SEED ?? 20_251_212);
const RUNS = Number(process.env.FUZZ_RUNS ?? 50);
const ROLES = [
  'anonymous',
  'chengguan_liaison',
  'chengguan_head',
  'suixian_supervisor',
  'city_supervisor',
  'city_leader',
  'admin',
] as const;
type Role = (typeof ROLES)[number];

let run: PrivateRun;
let schema: GraphQLSchema;
let pools: FuzzPools;
const tokens: Partial<Record<Role, string>> = {};

interface Tally {
  requests: number;
  accepted: number;
  codes: Record<string, number>;
  statuses: Record<number, number>;
  internal: number;
  restoredUsers: number;
}
/** FUZZ_DEBUG=1: per field, how its answers came out (to see which fields the generators get into). */
const perField: Record<string, Record<string, number>> = {};
const tally: Tally = { requests: 0, accepted: 0, codes: {}, statuses: {}, internal: 0, restoredUsers: 0 };

/** `__typename` and every argument-free leaf of the field's type, so field resolvers run too. */
function selectionOf(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  if (isLeafType(named) || !isObjectType(named)) return '';
  const leaves = Object.values(named.getFields())
    .filter((f) => isLeafType(getNamedType(f.type)) && !f.args.some(isRequired))
    .map((f) => f.name);
  return `{ __typename ${leaves.join(' ')} }`;
}

async function send(role: Role, query: string, variables: Record<string, unknown>) {
  const token = tokens[role];
  const res = await run.api.app.inject({
    method: 'POST',
    url: '/graphql',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    payload: JSON.stringify({ query, variables }),
  });
  let body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; path?: unknown[]; extensions?: any }[];
  };
  try {
    body = res.json();
  } catch {
    body = { errors: [{ message: `not JSON: ${res.body.slice(0, 80)}` }] };
  }
  return { status: res.statusCode, body };
}

const show = (v: unknown) => {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 300 ? `${s.slice(0, 300)}…(${s.length})` : s;
};

beforeAll(async () => {
  run = await bootPrivateRun('fuzz');
  const { api, owner } = run;
  for (const role of ROLES) if (role !== 'anonymous') tokens[role] = await api.login(role);
  // Records of every kind to aim real ids at: a city item down to 睢县's townships, and 睢县's own story.
  const { ok } = usersOf<string>(() => api, tokens as Record<string, string>);
  const at = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
  await cityToSuixianToTownships(owner, ok, { title: '模糊测试', townships: [CHENGGUAN, '411422206'], at });
  await countyStory(
    owner,
    ok,
    {
      supervisor: 'suixian_supervisor',
      liaison: 'chengguan_liaison',
      townHead: 'chengguan_head',
      townshipId: (await owner.query(`SELECT id::text AS id FROM org_unit WHERE code = $1`, [CHENGGUAN]))[0]
        .id,
    },
    '模糊',
  );
  await run.deliverOutbox();
  schema = await introspect(api, tokens.city_supervisor!);
  // Real ids of every table (first and last few), and real cursors of a few connections.
  const tables: { t: string }[] = await owner.query(
    `SELECT table_name AS t FROM information_schema.columns
      WHERE table_schema = 'public' AND column_name = 'id' AND data_type = 'bigint'`,
  );
  const ids = new Set<string>();
  for (const { t } of tables)
    for (const r of await owner.query(
      `(SELECT id::text AS id FROM "${t}" ORDER BY id LIMIT 3) UNION (SELECT id::text FROM "${t}" ORDER BY id DESC LIMIT 3)`,
    ))
      ids.add(r.id);
  const cursors: string[] = [];
  for (const q of [
    `{ orgUnits(first: 1) { pageInfo { endCursor } } }`,
    `{ supervisionItems(first: 1) { pageInfo { endCursor } } }`,
    `{ notifications(first: 1) { pageInfo { endCursor } } }`,
    `{ users(first: 1) { pageInfo { endCursor } } }`,
  ]) {
    const d = await ok('city_supervisor', q);
    const c = (Object.values(d)[0] as any).pageInfo.endCursor;
    if (c) cursors.push(c);
  }
  pools = { ids: [...ids], cursors };
});

afterAll(() => run?.close());

it('answers generated hostile and malformed variables for every field with documented codes only', async () => {
  const fingerprint = await fingerprinter(run.owner);
  const keepUsers = await userKeeper(
    run.owner,
    ROLES.filter((r) => r !== 'anonymous'),
  );
  let baseline: Fingerprint = await fingerprint();
  const failures: string[] = [];
  const fields = rootFields(schema);
  const t0 = Date.now();

  for (const [index, [root, field]] of fields.entries()) {
    const query = rootOperation(root, field, field.args, selectionOf(field), 'Fuzz');
    const property = fc.asyncProperty(
      fc.constantFrom(...ROLES),
      variablesArb(field.args, pools),
      async (role, variables) => {
        const { status, body } = await send(role, query, variables);
        tally.requests++;
        tally.statuses[status] = (tally.statuses[status] ?? 0) + 1;
        const errors = body.errors ?? [];
        if (!errors.length) tally.accepted++;
        const outcome = String(errors[0]?.extensions?.code ?? 'ok');
        (perField[field.name] ??= {})[outcome] = (perField[field.name][outcome] ?? 0) + 1;
        const problems: string[] = [];
        if (status >= 500) problems.push(`HTTP ${status}`);
        for (const e of errors) {
          const code = String(e.extensions?.code ?? 'none');
          tally.codes[code] = (tally.codes[code] ?? 0) + 1;
          if (code === 'INTERNAL_SERVER_ERROR') {
            tally.internal++;
            problems.push(`internal error: ${e.message}`);
          } else if (!CLIENT_ERROR_CODES.has(code)) problems.push(`undocumented code ${code}: ${e.message}`);
          if (SQL_TEXT.test(e.message)) problems.push(`database text: ${e.message.slice(0, 120)}`);
          if (e.extensions?.stacktrace || e.extensions?.exception) problems.push('stack trace in extensions');
        }
        // Refused: an error on the root field itself, or on the whole request.
        const refused = errors.some((e) => !e.path || e.path.length <= 1);
        const after = await fingerprint();
        const changed = changedTables(baseline, after);
        if (changed.length && (refused || root === 'query'))
          problems.push(`${refused ? 'refused' : 'query'} but wrote to ${changed.join(', ')}`);
        if (changed.length) {
          tally.restoredUsers += await keepUsers();
          baseline = await fingerprint();
        }
        if (problems.length)
          throw new Error(
            `${root} ${field.name} as ${role}: ${problems.join('; ')}\n  variables ${show(variables)}\n  answer ${show(body)}`,
          );
      },
    );
    try {
      await fc.assert(property, { seed: SEED + index, numRuns: RUNS, endOnFailure: true });
    } catch (err) {
      failures.push(
        String((err as Error).message)
          .split('\n')
          .slice(0, 12)
          .join('\n'),
      );
    }
  }

  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  console.log(
    `fuzz: seed ${SEED} (FUZZ_SEED), ${RUNS} runs per field (FUZZ_RUNS), ${fields.length} fields, ` +
      `${tally.requests} requests in ${seconds}s, ${tally.accepted} accepted, codes ${JSON.stringify(tally.codes)}, ` +
      `HTTP ${JSON.stringify(tally.statuses)}, internal errors ${tally.internal}, ` +
      `users restored after accepted mutations ${tally.restoredUsers}, failures ${failures.length}`,
  );
  if (process.env.FUZZ_DEBUG) console.log(JSON.stringify(perField, null, 1));
  expect(failures).toEqual([]);
  expect(tally.internal).toBe(0);
  // The generators reach past the edge: requests run, every field gets past input checks at least once,
  // and each kind of refusal shows up.
  expect(tally.accepted).toBeGreaterThan(0);
  expect(Object.keys(perField).filter((f) => Object.keys(perField[f]).join() === 'BAD_USER_INPUT')).toEqual(
    [],
  );
  expect(Object.keys(tally.codes)).toEqual(
    expect.arrayContaining(['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND']),
  );
  // The budget grows with the schema (runs × fields, 5,000 requests at 100 fields), like the cross-tenant sweep's.
}, 600_000);
