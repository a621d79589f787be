/**
 * Deadlines along the chain, on the real 商丘市 tree through GraphQL: the city assigns 睢县, 睢县 splits
 * to 城关镇 with a tighter deadline. An extension within 睢县's own deadline is 睢县's to grant; one
 * beyond it is forwarded with 睢县's opinion and decided by the city, which settles both levels (and
 * the item's deadline) in one transaction. After every step no deadline is later than its parent's,
 * and the roll-up equals a recount.
 */
import { DataSource } from 'typeorm';
import {
  bootApi,
  cityToSuixianToTownships,
  codeOf,
  expectNoDeadlineBeyondParent,
  expectRollupMatchesRecount,
  testDataSources,
  TestApi,
  usersOf,
} from '@duban/testing';

const DAY = 86_400_000;
let api: TestApi;
let owner: DataSource;
let close: () => Promise<void>;
const token: Record<string, string> = {};
const USERS = ['city_supervisor', 'suixian_supervisor', 'chengguan_liaison', 'baimiao_liaison'] as const;
type User = (typeof USERS)[number];

const t0 = Date.now();
const at = (days: number) => new Date(t0 + days * DAY).toISOString();
let itemId: string;
let county: string; // 睢县's assignment (top level)
let township: string; // 城关镇's share of it

const { as, ok } = usersOf<User>(() => api, token);

const REQUEST = `mutation($a: ID!, $d: DateTime!, $r: String!) {
  requestExtension(assignmentId: $a, newDeadline: $d, reason: $r) { id status } }`;
const DECIDE = `mutation($id: ID!, $ok: Boolean!, $c: String) {
  decideExtension(requestId: $id, approve: $ok, comment: $c) { id status decisionComment forwardedTo forwardOpinion } }`;
const ASSIGNMENT = `query($id: ID!) { assignment(id: $id) {
  deadline extensionPending extensionForwarded allowedActions extensionRequests { id status reason forwardedTo } } }`;

const assignment = async (user: User, id: string) => (await ok(user, ASSIGNMENT, { id })).assignment;

/** Deadlines (assignment ≤ parent ≤ item) and counters (= recount) hold after every step. */
async function expectChainConsistent() {
  await expectNoDeadlineBeyondParent(owner, itemId);
  await expectRollupMatchesRecount(owner, itemId);
}

beforeAll(async () => {
  ({ owner, close } = await testDataSources());
  api = await bootApi();
  for (const u of USERS) token[u] = await api.login(u);
  const chain = await cityToSuixianToTownships(owner, ok, {
    title: '延期链路核验',
    townships: ['411422105'],
    at,
  });
  ({ itemId, county } = chain);
  township = chain.shareOf('411422105');
});

afterAll(async () => {
  await api?.close();
  await close?.();
});

describe('extensions along the chain', () => {
  it('within its own deadline, 睢县 grants a township’s request itself', async () => {
    const { requestExtension } = await ok('chengguan_liaison', REQUEST, {
      a: township,
      d: at(15),
      r: '雨季施工',
    });
    const { decideExtension } = await ok('suixian_supervisor', DECIDE, { id: requestExtension.id, ok: true });
    expect(decideExtension.status).toBe('APPROVED');
    expect(new Date((await assignment('chengguan_liaison', township)).deadline).toISOString()).toBe(at(15));
    await expectChainConsistent();
  });

  it('beyond 睢县’s own deadline, agreeing forwards it to the city with 睢县’s opinion', async () => {
    const { requestExtension } = await ok('chengguan_liaison', REQUEST, {
      a: township,
      d: at(30),
      r: '需征地',
    });
    const { decideExtension } = await ok('suixian_supervisor', DECIDE, {
      id: requestExtension.id,
      ok: true,
      c: '情况属实，建议同意',
    });
    expect(decideExtension).toMatchObject({ status: 'FORWARDED', forwardOpinion: '情况属实，建议同意' });
    const mine = await assignment('chengguan_liaison', township);
    expect(mine).toMatchObject({ extensionPending: true, extensionForwarded: true });
    // Waiting upstairs: the unit may neither cancel nor ask again, 睢县 has nothing left to decide.
    expect(mine.allowedActions).not.toContain('CANCEL_EXTENSION');
    expect(mine.allowedActions).not.toContain('REQUEST_EXTENSION');
    expect((await assignment('suixian_supervisor', township)).allowedActions).not.toContain(
      'DECIDE_EXTENSION',
    );
    const again = await as('suixian_supervisor', DECIDE, { id: requestExtension.id, ok: true });
    expect(codeOf(again)).toBe('CONFLICT');
    // The city sees one request, on 睢县's own assignment, carrying the township's reason and the opinion.
    const { pendingExtensionRequests } = await ok(
      'city_supervisor',
      `{ pendingExtensionRequests { id assignmentId reason requestedDeadline } }`,
    );
    const upward = pendingExtensionRequests.filter((r: any) => r.assignmentId === county);
    expect(upward).toHaveLength(1);
    expect(upward[0].reason).toContain('需征地');
    expect(upward[0].reason).toContain('情况属实，建议同意');
    expect(decideExtension.forwardedTo).toBe(upward[0].id);
    expect((await assignment('city_supervisor', county)).allowedActions).toContain('DECIDE_EXTENSION');
    await expectChainConsistent();
  });

  it('the city’s approval sets the new deadline on every level, the item’s included, at once', async () => {
    const [{ id }] = await owner.query(
      `SELECT id::text FROM extension_request WHERE assignment_id = $1 AND status = 'PENDING'`,
      [county],
    );
    expect((await ok('city_supervisor', DECIDE, { id, ok: true, c: '同意' })).decideExtension.status).toBe(
      'APPROVED',
    );
    for (const a of [county, township])
      expect(await assignment('city_supervisor', a)).toMatchObject({
        deadline: at(30),
        extensionPending: false,
        extensionForwarded: false,
      });
    const [item] = await owner.query(`SELECT deadline FROM supervision_item WHERE id = $1`, [itemId]);
    expect(new Date(item.deadline).toISOString()).toBe(at(30));
    const requests = (await assignment('chengguan_liaison', township)).extensionRequests;
    expect(requests.map((r: any) => r.status)).toEqual(['APPROVED', 'APPROVED']);
    const [{ n }] = await owner.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE item_id = $1 AND action = 'item.deadline_extended'`,
      [itemId],
    );
    expect(n).toBe(1);
    await expectChainConsistent();
  });

  it('a refusal above refuses the request below too, and nothing moves', async () => {
    const { requestExtension } = await ok('chengguan_liaison', REQUEST, {
      a: township,
      d: at(40),
      r: '再延',
    });
    await ok('suixian_supervisor', DECIDE, { id: requestExtension.id, ok: true, c: '建议同意' });
    const [{ id }] = await owner.query(
      `SELECT id::text FROM extension_request WHERE assignment_id = $1 AND status = 'PENDING'`,
      [county],
    );
    expect(codeOf(await as('city_supervisor', DECIDE, { id, ok: false }))).toBe('BAD_USER_INPUT');
    await ok('city_supervisor', DECIDE, { id, ok: false, c: '不得再延' });
    for (const a of [county, township])
      expect(await assignment('city_supervisor', a)).toMatchObject({
        deadline: at(30),
        extensionPending: false,
        extensionForwarded: false,
      });
    const [latest] = (await assignment('chengguan_liaison', township)).extensionRequests;
    expect(latest.status).toBe('REFUSED');
    await expectChainConsistent();
  });

  it('a unit can cancel its own pending request; nobody else can, and it cannot be decided afterwards', async () => {
    const { requestExtension } = await ok('chengguan_liaison', REQUEST, {
      a: township,
      d: at(32),
      r: '备用',
    });
    expect((await assignment('chengguan_liaison', township)).allowedActions).toContain('CANCEL_EXTENSION');
    const cancel = `mutation($id: ID!) { cancelExtension(requestId: $id) { id status } }`;
    expect(codeOf(await as('baimiao_liaison', cancel, { id: requestExtension.id }))).toMatch(
      /FORBIDDEN|NOT_FOUND/,
    );
    expect(codeOf(await as('suixian_supervisor', cancel, { id: requestExtension.id }))).toBe('FORBIDDEN');
    expect((await ok('chengguan_liaison', cancel, { id: requestExtension.id })).cancelExtension.status).toBe(
      'CANCELLED',
    );
    expect((await assignment('chengguan_liaison', township)).extensionPending).toBe(false);
    expect(codeOf(await as('suixian_supervisor', DECIDE, { id: requestExtension.id, ok: true }))).toBe(
      'CONFLICT',
    );
    expect(codeOf(await as('chengguan_liaison', cancel, { id: requestExtension.id }))).toBe('CONFLICT');
    await expectChainConsistent();
  });
});
