/**
 * 留痕核验 through GraphQL (issue 12, item 5): a leader re-checks an item's audit trail without owner
 * access to the database. Every hash is recomputed here from the returned fields alone, by the recipe
 * in the SDL; an edit and a deletion made as the database owner are reported where they broke the
 * chain, in agreement with `npm run audit:verify`.
 *
 * Tampering breaks the whole database's audit check, which the lifecycle suite runs on the shared
 * run database; so this suite seeds a database of its own.
 */
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  bootPrivateRun,
  CHENGGUAN,
  cityToSuixianToTownships,
  codeOf,
  ensureUser,
  PrivateRun,
  TestApi,
  usersOf,
} from '@duban/testing';
import { verifyAuditChains } from './audit-verify';

type User =
  | 'city_supervisor'
  | 'city_leader'
  | 'suixian_supervisor'
  | 'suixian_leader'
  | 'chengguan_liaison'
  | 'minquan_supervisor';

let run: PrivateRun;
let api: TestApi;
let owner: DataSource;
const tokens: Partial<Record<User, string>> = {};
const { as, ok } = usersOf<User>(() => api, tokens);
let cityItem: string;
let countyItem: string;
const at = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

const CHAIN = `query($i: ID!, $n: Int, $a: String) {
  itemAuditChain(itemId: $i, first: $n, after: $a) {
    itemId verified chains brokenAt { chainKey eventId position } breaks { chainKey eventId position }
    events { totalCount pageInfo { hasNextPage endCursor }
      edges { node { id position chainKey tenantId action actorId actorName at before after text prevHash hash } } }
  }
}`;

interface ChainEvent {
  id: string;
  position: number;
  chainKey: string;
  tenantId: string;
  action: string;
  actorId: string | null;
  at: string;
  before: string;
  after: string;
  text: string | null;
  prevHash: string | null;
  hash: string;
}

/** The SDL's recipe, written independently of the server's canonical JSON. */
function recompute(e: ChainEvent): string {
  const j = (v: string | null) => JSON.stringify(v);
  const c =
    `{"action":${j(e.action)},"actorId":${j(e.actorId)},"after":${e.after},"at":${j(e.at)},` +
    `"before":${e.before},"chainKey":${j(e.chainKey)},"tenantId":${j(e.tenantId)},"text":${j(e.text)}}`;
  return createHash('sha256')
    .update(`${e.prevHash ?? ''}\n${c}`, 'utf8')
    .digest('hex');
}

async function wholeTrail(user: User, itemId: string) {
  const d = await ok(user, CHAIN, { i: itemId, n: 200 });
  expect(d.itemAuditChain.events.pageInfo.hasNextPage).toBe(false);
  return { ...d.itemAuditChain, events: d.itemAuditChain.events.edges.map((e: any) => e.node as ChainEvent) };
}

beforeAll(async () => {
  run = await bootPrivateRun('audit');
  ({ api, owner } = run);
  await ensureUser(owner, 'minquan_supervisor', '411421', ['SUPERVISOR'], '民权县督查员');
  for (const u of [
    'city_supervisor',
    'city_leader',
    'suixian_supervisor',
    'suixian_leader',
    'chengguan_liaison',
    'minquan_supervisor',
  ] as User[])
    tokens[u] = await api.login(u);
  ({ itemId: cityItem } = await cityToSuixianToTownships(owner, ok, {
    title: '留痕核验',
    townships: [CHENGGUAN, '411422206'],
    at,
  }));
  const { createSupervisionItem } = await ok(
    'suixian_supervisor',
    `mutation($i: CreateSupervisionItemInput!) { createSupervisionItem(input: $i) { id } }`,
    { i: { title: '县级事项', source: 'LEADER_INSTRUCTION', content: '核验', deadline: at(15) } },
  );
  countyItem = createSupervisionItem.id;
});

afterAll(() => run?.close());

it('verifies an untouched item, and every hash can be recomputed from the fields returned', async () => {
  const trail = await wholeTrail('city_leader', cityItem);
  const [{ n, chains }] = await owner.query(
    `SELECT count(*)::int AS n, count(DISTINCT chain_key)::int AS chains FROM audit_event WHERE item_id = $1`,
    [cityItem],
  );
  expect(trail).toMatchObject({ itemId: cityItem, verified: true, brokenAt: null, breaks: [], chains });
  // The item, the county's assignment and 城关镇's share (signed for) at least.
  expect(chains).toBeGreaterThanOrEqual(3);
  expect(trail.events).toHaveLength(n);
  expect(trail.events.map((e: ChainEvent) => e.position)).toEqual(
    trail.events.map((_: unknown, i: number) => i + 1),
  );
  const last = new Map<string, string>();
  for (const e of trail.events as ChainEvent[]) {
    expect(recompute(e)).toBe(e.hash);
    expect(e.prevHash).toBe(last.get(e.chainKey) ?? null);
    last.set(e.chainKey, e.hash);
  }
  // A supervisor of the issuing office sees the same verdict; so does a leader above a county's item.
  expect((await wholeTrail('city_supervisor', cityItem)).verified).toBe(true);
  const county = await wholeTrail('city_leader', countyItem);
  expect(county).toMatchObject({ verified: true, chains: 1 });
  expect((await wholeTrail('suixian_leader', countyItem)).events).toEqual(county.events);
});

it('pages the trail with positions that carry on across pages', async () => {
  const all = (await wholeTrail('city_leader', cityItem)).events as ChainEvent[];
  const seen: ChainEvent[] = [];
  let after: string | null = null;
  do {
    const d: any = await ok('city_leader', CHAIN, { i: cityItem, n: 2, a: after });
    const page = d.itemAuditChain.events;
    expect(page.totalCount).toBe(all.length);
    seen.push(...page.edges.map((e: any) => e.node));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  expect(seen).toEqual(all);
  const none = await ok('city_leader', CHAIN, { i: cityItem, n: 0 });
  expect(none.itemAuditChain).toMatchObject({
    verified: true,
    events: { totalCount: all.length, edges: [] },
  });
});

it('refuses whoever may not see the whole trail, as the policy does', async () => {
  // An assigned county sees the item but only its own part of the trail: FORBIDDEN, in its language.
  const county = await as('suixian_supervisor', CHAIN, { i: cityItem }, 'en');
  expect(codeOf(county)).toBe('FORBIDDEN');
  expect(county.errors![0].message).toBe(
    'Only a supervisor or leader of the issuing office or an office above it can verify this item’s audit trail',
  );
  expect(county.data).toBeNull();
  expect(codeOf(await as('chengguan_liaison', CHAIN, { i: cityItem }))).toBe('FORBIDDEN');
  // Another county cannot see the item at all: NOT_FOUND, as for an id that does not exist.
  expect(codeOf(await as('minquan_supervisor', CHAIN, { i: cityItem }))).toBe('NOT_FOUND');
  expect(codeOf(await as('minquan_supervisor', CHAIN, { i: countyItem }))).toBe('NOT_FOUND');
  expect(codeOf(await as('city_leader', CHAIN, { i: '987654321' }))).toBe('NOT_FOUND');
  expect(codeOf(await api.gql(CHAIN, { i: cityItem }))).toBe('UNAUTHENTICATED');
});

it('reports where an edit and a deletion made as the database owner broke the trail', async () => {
  const before = (await wholeTrail('city_leader', cityItem)).events as ChainEvent[];
  // An event in the middle of a chain: edit its text. Then delete the first event of another chain.
  const byChain = new Map<string, ChainEvent[]>();
  for (const e of before) byChain.set(e.chainKey, [...(byChain.get(e.chainKey) ?? []), e]);
  const [edited] = [...byChain.values()].find((c) => c.length >= 2)!.slice(1);
  const other = [...byChain.values()].find((c) => c.length >= 2 && c[0].chainKey !== edited.chainKey)!;
  await owner.query(`UPDATE audit_event SET text = coalesce(text, '') || ' (改)' WHERE id = $1`, [edited.id]);
  let trail = await wholeTrail('city_leader', cityItem);
  expect(trail).toMatchObject({
    verified: false,
    brokenAt: { chainKey: edited.chainKey, eventId: edited.id, position: edited.position },
    breaks: [{ chainKey: edited.chainKey, eventId: edited.id, position: edited.position }],
  });
  const changed = (trail.events as ChainEvent[]).find((e) => e.id === edited.id)!;
  expect(recompute(changed)).not.toBe(changed.hash);

  await owner.query(`DELETE FROM audit_event WHERE id = $1`, [other[0].id]);
  trail = await wholeTrail('city_leader', cityItem);
  // The deleted event's successor no longer links to anything before it.
  const orphan = other[1];
  const expected = [
    { chainKey: edited.chainKey, eventId: edited.id },
    { chainKey: orphan.chainKey, eventId: orphan.id },
  ].sort((a, b) => Number(a.eventId) - Number(b.eventId));
  expect(trail.verified).toBe(false);
  expect(trail.breaks.map(({ chainKey, eventId }: any) => ({ chainKey, eventId }))).toEqual(expected);
  expect(trail.brokenAt.eventId).toBe(expected[0].eventId);
  expect(trail.events).toHaveLength(before.length - 1);
  // One implementation: the whole-database verifier names the same events.
  const all = await verifyAuditChains((sql, p) => owner.query(sql, p));
  expect([...all.broken].sort((a, b) => Number(a.eventId) - Number(b.eventId))).toEqual(expected);
  // The county's own item is untouched and still verifies.
  expect((await wholeTrail('suixian_leader', countyItem)).verified).toBe(true);
});
