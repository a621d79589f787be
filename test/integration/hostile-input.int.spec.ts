/**
 * Hostile input sweep (issue 12): every Query and Mutation argument, generated from the schema, gets
 * malformed and hostile values (bad ids, control characters, huge strings, absurd numbers, bad dates,
 * made-up enum values), each inside input objects too. No answer may be an internal error, HTTP 500 or
 * database text, and no rejected mutation may commit a write.
 */
import { Client } from 'pg';
import {
  getNullableType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isScalarType,
} from 'graphql';
import {
  bootApi,
  introspect,
  isRequired,
  rootOperation,
  SQL_TEXT,
  TestApi,
  validObject as validObjectOf,
  validValue as validValueOf,
  ValueSource,
} from '@duban/testing';

let api: TestApi;
let token: string;
let schema: GraphQLSchema;
let ownUnitId: string;

const HOSTILE: Record<string, unknown[]> = {
  ID: ['abc', '-1', '1e3', '99999999999999999999', '', '1\u0000'],
  String: ['a\u0000b', 'bell\u0007', 'esc\u001b[31m', 'x'.repeat(100_000)],
  Int: [-1, 2147483647],
  Float: [1e308, -1e308, -1, 'NaN', 'Infinity'],
  DateTime: ['not a date', '0000-00-00', '0001-01-01T00:00:00Z', '9999-12-31T23:59:59Z', 1e20],
  Boolean: ['yes'],
  enum: ['NOPE', "'; DROP TABLE org_unit; --"],
};
/** Free-form strings that are really dates get those kinds of garbage as well. */
const ENUM_LIKE_STRINGS = /^(validFrom|validTo)$/;
const ENUM_LIKE_HOSTILE = ['NOPE', 'not a date', '0000-00-00', '2026-02-30'];

/** Valid values (schema-walk in test/support) with this suite's own unit for unit arguments. */
const source = (): ValueSource => ({ ownUnitId });
const validValue = (name: string, type: GraphQLInputType) => validValueOf(name, type, source());
const validObject = (fields: Parameters<typeof validObjectOf>[0]) => validObjectOf(fields, source());

/** Hostile variants of one value: [path below it, value]. Lists and input objects are entered. */
function hostileValues(name: string, type: GraphQLInputType): [string, unknown][] {
  const t = getNullableType(type) as GraphQLInputType;
  if (isListType(t)) return hostileValues(name, t.ofType).map(([p, v]) => [`[0]${p}`, [v]]);
  if (isInputObjectType(t)) {
    const out: [string, unknown][] = [];
    const base = validObject(t.getFields());
    for (const f of Object.values(t.getFields()))
      for (const [p, v] of hostileValues(f.name, f.type))
        out.push([`.${f.name}${p}`, { ...base, [f.name]: v }]);
    return out;
  }
  if (isEnumType(t)) return HOSTILE.enum.map((v) => ['', v]);
  const values = [...(HOSTILE[t.name] ?? HOSTILE.String)];
  if (t.name === 'String' && ENUM_LIKE_STRINGS.test(name)) values.push(...ENUM_LIKE_HOSTILE);
  return values.map((v) => ['', v]);
}

/** Committed writes of this worker's API (the sweep runs in-process; other workers use their own). */
function trackCommittedWrites(): { writes: string[]; stop: () => void } {
  const state = new WeakMap<object, { dirty: string[]; saves: string[][] }>();
  const writes: string[] = [];
  const original = Client.prototype.query;
  const spy = jest.spyOn(Client.prototype, 'query').mockImplementation(function (
    this: Client,
    ...args: any[]
  ) {
    const sql: string = typeof args[0] === 'string' ? args[0] : (args[0]?.text ?? '');
    const s = state.get(this) ?? { dirty: [], saves: [] };
    state.set(this, s);
    const head = sql.trim().toUpperCase();
    if (
      /^(INSERT|UPDATE|DELETE)\b/.test(head) ||
      (/^WITH\b/.test(head) && /\b(INSERT|UPDATE|DELETE)\b/.test(head))
    )
      s.dirty.push(sql.slice(0, 80));
    else if (head.startsWith('SAVEPOINT')) s.saves.push([...s.dirty]);
    else if (head.startsWith('ROLLBACK TO SAVEPOINT')) s.dirty = s.saves.pop() ?? [];
    else if (head.startsWith('RELEASE SAVEPOINT')) s.saves.pop();
    else if (head.startsWith('ROLLBACK') || head.startsWith('COMMIT')) {
      if (head.startsWith('COMMIT')) writes.push(...s.dirty);
      s.dirty = [];
      s.saves = [];
    }
    return (original as any).apply(this, args);
  });
  return { writes, stop: () => spy.mockRestore() };
}

interface Probe {
  root: 'query' | 'mutation';
  field: string;
  path: string;
  value: unknown;
}

function buildProbes(root: 'query' | 'mutation', fields: Record<string, GraphQLField<unknown, unknown>>) {
  const probes: (Probe & { query: string; variables: Record<string, unknown> })[] = [];
  for (const field of Object.values(fields)) {
    if (!field.args.length) continue;
    for (const arg of field.args)
      for (const [sub, value] of hostileValues(arg.name, arg.type)) {
        const used: GraphQLArgument[] = field.args.filter((a) => a === arg || isRequired(a));
        const variables: Record<string, unknown> = {};
        for (const a of used) variables[a.name] = a === arg ? value : validValue(a.name, a.type);
        probes.push({
          root,
          field: field.name,
          path: `${arg.name}${sub}`,
          value,
          query: rootOperation(root, field, used, undefined, 'Sweep'),
          variables,
        });
      }
  }
  return probes;
}

const show = (v: unknown) => {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 40 ? `${s.slice(0, 30)}…(${s.length})` : s;
};

beforeAll(async () => {
  api = await bootApi();
  token = await api.login('city_supervisor');
  schema = await introspect(api, token);
  const me = await api.gql(`{ me { orgUnit { id } } }`, {}, { token });
  ownUnitId = me.data!.me.orgUnit.id;
  // The scalar table must cover every scalar the schema uses.
  const scalars = Object.values(schema.getTypeMap()).filter(
    (t) => isScalarType(t) && !t.name.startsWith('__'),
  );
  expect(scalars.map((t) => t.name).filter((n) => !HOSTILE[n])).toEqual([]);
});

afterAll(() => api?.close());

it('answers every hostile argument with a clear error, never an internal one, and writes nothing', async () => {
  const probes = [
    ...buildProbes('query', schema.getQueryType()!.getFields()),
    ...buildProbes('mutation', schema.getMutationType()!.getFields()),
  ];
  const failures: string[] = [];
  const codes: Record<string, number> = {};
  const tracker = trackCommittedWrites();
  let accepted = 0;
  try {
    for (const p of probes) {
      const before = tracker.writes.length;
      const res = await api.app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        payload: JSON.stringify({ query: p.query, variables: p.variables }),
      });
      const body = res.json() as { data?: unknown; errors?: { message: string; extensions?: any }[] };
      const where = `${p.root} ${p.field}(${p.path} = ${show(p.value)})`;
      for (const e of body.errors ?? []) codes[e.extensions?.code] = (codes[e.extensions?.code] ?? 0) + 1;
      if (!body.errors?.length) accepted++;
      if (res.statusCode >= 500) failures.push(`${where}: HTTP ${res.statusCode}`);
      for (const e of body.errors ?? []) {
        if (!e.extensions?.code || e.extensions.code === 'INTERNAL_SERVER_ERROR')
          failures.push(`${where}: ${e.extensions?.code ?? 'no code'}`);
        else if (SQL_TEXT.test(e.message))
          failures.push(`${where}: database text "${e.message.slice(0, 80)}"`);
      }
      if (p.root === 'mutation' && tracker.writes.length > before)
        failures.push(`${where}: committed ${tracker.writes.slice(before).join(' | ')}`);
    }
  } finally {
    tracker.stop();
  }
  console.log(
    `hostile sweep: ${probes.length} requests, ${accepted} accepted, codes ${JSON.stringify(codes)}, ` +
      `${failures.length} failures${failures.length ? ':\n  ' + failures.join('\n  ') : ''}`,
  );
  expect(failures).toEqual([]);
});

describe('edge rejections', () => {
  const post = (query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) =>
    api.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json', ...headers },
      payload: JSON.stringify({ query, variables }),
    });

  it('answers HTTP 400 BAD_USER_INPUT naming the argument, in the caller’s language', async () => {
    const q = `query($id: ID!) { orgUnit(id: $id) { id } }`;
    const auth = { authorization: `Bearer ${token}` };
    const en = await post(q, { id: '99999999999999999999' }, { ...auth, 'accept-language': 'en' });
    expect(en.statusCode).toBe(400);
    expect(en.json().errors[0]).toMatchObject({
      message: 'id is not a valid id (a positive whole number is expected)',
      extensions: { code: 'BAD_USER_INPUT', field: 'id' },
    });
    const zh = await post(`{ orgUnit(id: "abc") { id } }`, {}, auth);
    expect(zh.json().errors[0].message).toMatch(/不是有效的编号/);
  });

  it('names the path inside an input object and lets nothing run', async () => {
    const r = await post(
      `mutation($i: CreateSupervisionItemInput!) { createSupervisionItem(input: $i) { id } }`,
      { i: { title: 'ok', content: 'ok', source: 'LEADER_INSTRUCTION', coUnitIds: [ownUnitId, '1e3'] } },
      { authorization: `Bearer ${token}`, 'accept-language': 'en' },
    );
    // Refused before execution: no `data` at all, per the GraphQL spec.
    expect(r.json().data).toBeUndefined();
    expect(r.json()).toMatchObject({
      errors: [{ extensions: { code: 'BAD_USER_INPUT', field: 'input.coUnitIds[1]' } }],
    });
  });
});

describe('introspection in production', () => {
  let prod: TestApi;
  const env = process.env.NODE_ENV;
  beforeAll(async () => {
    process.env.NODE_ENV = 'production';
    try {
      prod = await bootApi();
    } finally {
      process.env.NODE_ENV = env;
    }
  });
  afterAll(() => prod?.close());

  it('is refused to anonymous callers and served to signed-in ones', async () => {
    const q = `{ __schema { mutationType { fields { name } } } }`;
    const anonymous = await prod.gql(q);
    expect(anonymous.data).toBeUndefined();
    expect(anonymous).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
    expect(JSON.stringify(anonymous)).not.toMatch(/createSupervisionItem/);
    const forged = await prod.gql(`{ __type(name: "Mutation") { name } }`, {}, { token: 'forged' });
    expect(forged.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const signedIn = await prod.gql(q, {}, { token: await prod.login('city_supervisor') });
    expect(signedIn.errors).toBeUndefined();
    expect(JSON.stringify(signedIn.data)).toMatch(/createSupervisionItem/);
  });
});
