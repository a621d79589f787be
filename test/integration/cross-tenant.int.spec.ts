/**
 * Cross-tenant probing (issue 12, item 6), generated from the live schema so that a new query,
 * nested field or mutation is covered without editing this file. County A (睢县) works alongside
 * county B (民权县, same tenant) and a second tenant (信阳市) (test/support/cross-tenant-world.ts);
 * then county A's users, in every role:
 *  1. call every Query field with each id slot (argument or input field) aimed at B's records of that
 *     kind — the answer must be the one an id that does not exist gets;
 *  2. walk every nested field reachable from every Query field to a bounded depth, with their own
 *     records, nested id arguments aimed at B's records (again compared with a nonexistent id);
 *  3. call every Mutation that takes an id with B's ids: refused (FORBIDDEN, NOT_FOUND or
 *     BAD_USER_INPUT, as for a nonexistent id) or a no-op, and the database unchanged.
 * B's data is recognisable: B's records have ids of 10^12 and more, B's org units are known, every
 * text B wrote carries a mark. A positive control (the city, which does see B) proves the detector.
 */
import {
  astFromValue,
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLObjectType,
  GraphQLOutputType,
  GraphQLSchema,
  isLeafType,
  isObjectType,
  print,
} from 'graphql';
import {
  B_MARKS,
  B_OFFSET,
  bootPrivateRun,
  changedTables,
  CrossTenantWorld,
  crossTenantWorld,
  fingerprinter,
  GqlResult,
  idSlots,
  introspect,
  isRequired,
  NONEXISTENT_ID,
  PrivateRun,
  RECORD_KINDS,
  rootFields,
  rootOperation,
  SQL_TEXT,
  userKeeper,
  validValue,
  ValueSource,
  variablesWithSlot,
} from '@duban/testing';

type Field = GraphQLField<unknown, unknown>;
const ALL_KINDS = Object.keys(RECORD_KINDS);

let run: PrivateRun;
let world: CrossTenantWorld;
let schema: GraphQLSchema;
let failures: string[] = [];
const counts = {
  requests: 0,
  codes: {} as Record<string, number>,
  nested: new Set<string>(),
  ownIds: 0,
  shallower: 0,
};

/** The kinds an id argument or input field refers to, by its name (all kinds when the name says nothing). */
function kindsFor(name: string, field: Field): string[] {
  if (/^ids?$/.test(name)) {
    const own = getNamedType(field.type).name;
    if (RECORD_KINDS[own]) return [own];
    const named = ALL_KINDS.find((k) => field.name.toLowerCase().includes(k.toLowerCase()));
    return named ? [named] : /password|user/i.test(field.name) ? ['User'] : ALL_KINDS;
  }
  const byName: [RegExp, string[]][] = [
    [/template/i, ['ItemTemplate']],
    [/item/i, ['SupervisionItem']],
    [/assignment/i, ['Assignment']],
    [/report/i, ['Report']],
    [/request/i, ['ExtensionRequest']],
    [/bulletin/i, ['Bulletin']],
    [/delegate|user|head/i, ['User']],
    [/parent/i, ['OrgUnit', 'Assignment']],
    [/unit|targets/i, ['OrgUnit']],
  ];
  return byName.find(([re]) => re.test(name))?.[1] ?? ALL_KINDS;
}

/** Valid values as a user of county A sends them: its own unit, its own records. */
const sourceFor = (role: string, field: Field): ValueSource => ({
  ownUnitId: world.ownUnit[role] ?? NONEXISTENT_ID,
  idFor: (name) => world.aIds[kindsFor(name, field)[0]]?.[0],
  optional: /^deadline$/,
});

/**
 * `__typename`, every leaf and every object field to `depth`. A field with an optional id argument is
 * selected twice more: `probe_` aimed at `idArg`'s id and `ghost_` at an id that does not exist.
 */
function selection(
  type: GraphQLOutputType,
  depth: number,
  idArg: (name: string, f: Field) => string,
): string {
  const named = getNamedType(type);
  if (isLeafType(named) || !isObjectType(named)) return '';
  const parts = ['__typename'];
  const literal = (v: unknown, a: GraphQLArgument) => `${a.name}: ${print(astFromValue(v, a.type)!)}`;
  for (const f of Object.values((named as GraphQLObjectType).getFields())) {
    const leaf = isLeafType(getNamedType(f.type));
    if (!leaf && depth <= 0) continue;
    counts.nested.add(`${named.name}.${f.name}`);
    // Connection and edge wrappers do not count as a level.
    const wrapper = /(Connection|Edge)$/.test(getNamedType(f.type).name);
    const sub = leaf ? '' : selection(f.type, wrapper ? depth : depth - 1, idArg);
    const id = (a: GraphQLArgument) => getNamedType(a.type).name === 'ID';
    const base = f.args
      .filter((a) => isRequired(a) || a.name === 'first')
      .map((a) =>
        literal(
          a.name === 'first' ? 3 : id(a) ? idArg(a.name, f) : validValue(a.name, a.type, { ownUnitId: '1' }),
          a,
        ),
      );
    const call = (more: string[]) => (base.length + more.length ? `(${[...base, ...more].join(', ')})` : '');
    parts.push(`${f.name}${call([])} ${sub}`);
    for (const a of f.args.filter((x) => !isRequired(x) && id(x))) {
      parts.push(`probe_${f.name}_${a.name}: ${f.name}${call([literal(idArg(a.name, f), a)])} ${sub}`);
      parts.push(`ghost_${f.name}_${a.name}: ${f.name}${call([literal(NONEXISTENT_ID, a)])} ${sub}`);
    }
  }
  return `{ ${parts.join(' ')} }`;
}

/** An answer with the given ids (as whole string values) replaced, for comparison. */
const normalized = (r: unknown, ids: string[]) =>
  ids.reduce((s, id) => s.split(`"${id}"`).join('"<id>"'), JSON.stringify(r ?? null));

/**
 * What in an answer is B's: ids from the offset on or of B's units, B's marked texts, and a `probe_`
 * field that answers otherwise than its `ghost_` twin. `echo`: ids the caller sent (not B's data).
 */
function leaks(value: unknown, echo: string[], path = ''): string[] {
  if (typeof value === 'string') return B_MARKS.test(value) ? [`${path}: text "${value.slice(0, 40)}"`] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => leaks(v, echo, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  const obj = value as Record<string, unknown>;
  const type = schema.getType(String(obj.__typename));
  const fields = type && isObjectType(type) ? type.getFields() : {};
  const out: string[] = [];
  for (const [key, v] of Object.entries(obj)) {
    if (key.startsWith('ghost_')) continue;
    if (key.startsWith('probe_')) {
      const probeIds = Object.values(world.bIds).flat();
      const ghost = obj[key.replace('probe_', 'ghost_')];
      const [p, g] = [v, ghost].map((x) => normalized(x, [...probeIds, NONEXISTENT_ID]));
      if (p !== g) {
        const [po, go] = [JSON.parse(p), JSON.parse(g)] as Record<string, unknown>[];
        const differ =
          po && go && typeof po === 'object'
            ? Object.keys(po).filter((k) => JSON.stringify(po[k]) !== JSON.stringify(go[k]))
            : [];
        out.push(
          `${path}.${key} answers otherwise than for a nonexistent id (${differ.map((k) => `${k}: ${JSON.stringify(po[k])} vs ${JSON.stringify(go[k])}`).join(', ') || p.slice(0, 120)})`,
        );
      }
      continue;
    }
    const f = fields[key];
    if (f && getNamedType(f.type).name === 'ID')
      for (const id of [v].flat().filter((x): x is string => typeof x === 'string' && /^\d+$/.test(x))) {
        const unitLike = /unit/i.test(key) || (type?.name === 'OrgUnit' && /^(id|parentId)$/.test(key));
        if (echo.includes(id)) continue;
        if (BigInt(id) >= B_OFFSET || (unitLike && world.bUnits.has(id)))
          out.push(`${path}.${key} = ${id} (${type?.name})`);
        else counts.ownIds++;
      }
    out.push(...leaks(v, echo, `${path}.${key}`));
  }
  return out;
}

async function ask(
  role: string,
  query: string,
  variables: Record<string, unknown>,
  what: string,
  echo: string[] = [],
) {
  const r: GqlResult = await run.api.gql(query, variables, { token: world.tokens[role] });
  counts.requests++;
  for (const e of r.errors ?? []) {
    counts.codes[e.extensions.code] = (counts.codes[e.extensions.code] ?? 0) + 1;
    if (e.extensions.code === 'INTERNAL_SERVER_ERROR' || SQL_TEXT.test(e.message))
      failures.push(`${what} as ${role}: ${e.extensions.code} ${e.message.slice(0, 100)}`);
  }
  for (const l of leaks(r.data, echo)) failures.push(`${what} as ${role}: B's data at ${l}`);
  return r;
}

/** The same request with B's id and with an id that does not exist must get the same answer. */
async function probe(
  role: string,
  root: 'query' | 'mutation',
  field: Field,
  slot: ReturnType<typeof idSlots>[0],
  id: string,
  kind: string,
) {
  const make = (value: string) => variablesWithSlot(field.args, slot, value, sourceFor(role, field));
  const vars = make(id);
  const used = field.args.filter((a) => a.name in vars);
  const query = rootOperation(
    root,
    field,
    used,
    root === 'query' ? selection(field.type, 1, () => id) : undefined,
  );
  const what = `${field.name}(${slot.path.join('.')}: B's ${kind} ${id})`;
  const real = await ask(role, query, vars, what, [id]);
  const ghost = await ask(role, query, make(NONEXISTENT_ID), what.replace(id, 'nonexistent'), [
    NONEXISTENT_ID,
  ]);
  const shape = (r: GqlResult) => ({ codes: r.errors?.map((e) => e.extensions.code), data: r.data });
  if (normalized(shape(real), [id]) !== normalized(shape(ghost), [NONEXISTENT_ID]))
    failures.push(
      `${what} as ${role}: answered otherwise than for a nonexistent id: ${JSON.stringify(shape(real)).slice(0, 200)}`,
    );
  return real;
}

/** Every nested field from a root field, as deep as the query limits allow (3 levels, else fewer). */
async function walk(role: string, field: Field, vars: Record<string, unknown>) {
  const used = field.args.filter((a) => a.name in vars);
  const idArg = (name: string, f: Field) => world.bIds[kindsFor(name, f)[0]]?.[0] ?? NONEXISTENT_ID;
  for (let depth = 3; depth >= 1; depth--) {
    const query = rootOperation('query', field, used, selection(field.type, depth, idArg));
    const r = await ask(role, query, vars, `${field.name} walk, ${depth} levels`);
    if (!r.errors?.some((e) => /^QUERY_TOO_(COMPLEX|DEEP)$/.test(e.extensions.code))) return r;
    counts.shallower++;
  }
  failures.push(`${field.name} as ${role}: no walk fits the query limits`);
  return null;
}

beforeAll(async () => {
  run = await bootPrivateRun('xtenant');
  world = await crossTenantWorld(run);
  schema = await introspect(run.api, world.tokens.suixian_supervisor);
});

afterAll(() => run?.close());
beforeEach(() => {
  failures = [];
});

it('has B records of every kind to aim at, and the detector finds them where they are visible', async () => {
  expect(ALL_KINDS.filter((k) => world.bIds[k].length < 2 || !world.aIds[k].length)).toEqual([]);
  // The city sees county B; the walk as the city must trip the detector (ids, marks and probes).
  const before = failures.length;
  const r = await walk('city_supervisor', schema.getQueryType()!.getFields().supervisionItems, { first: 20 });
  failures.splice(before);
  const found = leaks(r?.data, []);
  expect(found.some((l) => /\(Assignment\)/.test(l))).toBe(true);
  expect(found.some((l) => /text/.test(l))).toBe(true);
  expect(found.some((l) => /probe_rollup_orgUnitId answers otherwise/.test(l))).toBe(true);
});

it('shows county A none of B’s records through any query, argument or nested field', async () => {
  const queries = rootFields(schema).filter(([root]) => root === 'query');
  let probes = 0;
  for (const [, field] of queries)
    for (const role of world.aRoles) {
      for (const slot of idSlots(field.args))
        for (const kind of kindsFor(slot.name, field))
          for (const id of world.bIds[kind]) {
            probes++;
            await probe(role, 'query', field, slot, id, kind);
          }
      // The field with A's own values, every nested field walked, nested ids aimed at B.
      const vars = variablesWithSlot(field.args, { path: [], name: '' }, '', sourceFor(role, field));
      if (field.args.some((a) => a.name === 'first')) vars.first = 20;
      await walk(role, field, vars);
    }
  console.log(
    `cross-tenant queries: ${counts.requests} requests, ${queries.length} query fields, ${counts.nested.size} nested fields, ` +
      `${probes} B-id probes (each against a nonexistent id), ${counts.ownIds} of A's own ids seen, ` +
      `${counts.shallower} walks made shallower for the query limits, ` +
      `codes ${JSON.stringify(counts.codes)}, ${failures.length} failures`,
  );
  expect(failures).toEqual([]);
  expect(counts.ownIds).toBeGreaterThan(100);
  // Its length grows with the schema (every query field, every nested field, every role) and it shares a
  // loaded CI machine with the other suites: more than the harness's default 3 minutes.
}, 600_000);

it('refuses every mutation aimed at B’s records, as for an id that does not exist, and changes nothing', async () => {
  const fingerprint = await fingerprinter(run.owner);
  const keepUsers = await userKeeper(run.owner, world.aRoles);
  let baseline = await fingerprint();
  const codes: Record<string, number> = {};
  let requests = 0;
  const mutations = rootFields(schema).filter(([root, f]) => root === 'mutation' && idSlots(f.args).length);
  for (const [, field] of mutations)
    for (const slot of idSlots(field.args))
      for (const kind of kindsFor(slot.name, field))
        for (const id of world.bIds[kind])
          for (const role of world.aRoles) {
            const r = await probe(role, 'mutation', field, slot, id, kind);
            requests += 2;
            const code = r.errors?.[0]?.extensions.code ?? 'accepted';
            codes[code] = (codes[code] ?? 0) + 1;
            const what = `${field.name}(${slot.path.join('.')}: B's ${kind} ${id}) as ${role}`;
            if (!['FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'accepted'].includes(code))
              failures.push(`${what}: ${code} ${r.errors?.[0]?.message}`);
            const changed = changedTables(baseline, await fingerprint());
            if (changed.length) {
              failures.push(`${what}: ${code}, and wrote to ${changed.join(', ')}`);
              await keepUsers();
              baseline = await fingerprint();
            }
          }
  console.log(
    `cross-tenant mutations: ${requests} requests, ${mutations.length} mutations with ids, ` +
      `codes ${JSON.stringify(codes)}, ${failures.length} failures`,
  );
  expect(failures).toEqual([]);
  expect(requests).toBeGreaterThan(100);
}, 600_000);
