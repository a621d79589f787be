/**
 * 驾驶舱 aggregates computed in SQL over a unit's whole subtree, on a database of this suite's own so
 * that every count is exact: overdue items by source, the registered/closed trend by China-time week
 * and month (over more items than any page the browser could fetch), and the red items per unit with
 * the chain down to the red unit and the light's reason. Only units of the caller's own subtree.
 */
import { bootPrivateRun, codeOf, type PrivateRun, usersOf } from '@duban/testing';

const DAY = 86_400_000;
const at = (days: number) => new Date(Date.now() + days * DAY).toISOString();
const USERS = ['city_supervisor', 'city_leader', 'suixian_supervisor', 'chengguan_liaison'] as const;
type User = (typeof USERS)[number];

let run: PrivateRun;
const token: Partial<Record<User, string>> = {};
const { as, ok } = usersOf<User>(() => run.api, token);
const unit: Record<string, string> = {};
const items: Record<string, string> = {};
const BULK = 230;

const COCKPIT = `query($u: ID, $g: TrendGranularity, $n: Int) { cockpit(unitId: $u) {
  overdueBySource { source count }
  workTrend(granularity: $g, periods: $n) { label start end registered closed }
  redItems(first: 5) { itemId title unitName chain lightReason redCount } } }`;

async function newItem(title: string, source: string, unitCodes: string[]): Promise<string> {
  const { createSupervisionItem } = await ok(
    'city_supervisor',
    `mutation($i: CreateSupervisionItemInput!) { createSupervisionItem(input: $i) { id } }`,
    { i: { title, source, content: title, deadline: at(30) } },
  );
  await ok(
    'city_supervisor',
    `mutation($i: ID!, $t: [ID!]) { assignItem(itemId: $i, targets: $t) { count } }`,
    {
      i: createSupervisionItem.id,
      t: unitCodes.map((c) => unit[c]),
    },
  );
  return createSupervisionItem.id;
}

/** What the deadline sweep would have written for an assignment a day late. */
async function makeOverdue(itemId: string, code: string) {
  await run.owner.query(
    `UPDATE assignment SET overdue = true, light = 'RED', deadline = now() - interval '1 day',
       light_reason_zh = '已逾期1天', light_reason_en = '1 day overdue'
      WHERE item_id = $1 AND unit_id = $2`,
    [itemId, unit[code]],
  );
}

beforeAll(async () => {
  run = await bootPrivateRun('cockpit');
  for (const u of USERS) token[u] = await run.api.login(u);
  for (const r of await run.owner.query(
    `SELECT code, id::text AS id FROM org_unit WHERE code IN ('4114', '411422', '411422105', '411421')`,
  ))
    unit[r.code] = r.id;
  items.hotline = await newItem('群众反映路灯不亮', 'HOTLINE', ['411422']);
  items.leader = await newItem('批示件：河道清淤', 'LEADER_INSTRUCTION', ['411421']);
  items.leader2 = await newItem('批示件：校舍维修', 'LEADER_INSTRUCTION', ['411421']);
  await makeOverdue(items.hotline, '411422');
  await makeOverdue(items.leader, '411421');
  await makeOverdue(items.leader2, '411421');
  // More items than any page the browser fetched (200), registered this week: copies of one.
  await run.owner.query(
    `INSERT INTO supervision_item (tenant_id, issuer_unit_id, issuer_path, reg_year, reg_seq, reg_number, title,
       source, content, deadline, status, created_by)
     SELECT tenant_id, issuer_unit_id, issuer_path, reg_year, 10000 + g, reg_number || '-' || g, title || g,
            source, content, deadline, 'REGISTERED', created_by
       FROM supervision_item, generate_series(1, $2) g WHERE id = $1`,
    [items.hotline, BULK],
  );
  // One closed last month: registered then, concluded then.
  await run.owner.query(
    `INSERT INTO supervision_item (tenant_id, issuer_unit_id, issuer_path, reg_year, reg_seq, reg_number, title,
       source, content, deadline, status, created_by, created_at, first_concluded_at)
     SELECT tenant_id, issuer_unit_id, issuer_path, reg_year, 20000, reg_number || '-old', '上月办结',
            source, content, deadline, 'CONCLUDED', created_by, now() - interval '40 days', now() - interval '35 days'
       FROM supervision_item WHERE id = $1`,
    [items.hotline],
  );
}, 120_000);

afterAll(async () => {
  await run?.close();
});

describe('the cockpit on the server', () => {
  it('counts overdue items per source over the whole subtree, every source listed', async () => {
    const { cockpit } = await ok('city_leader', COCKPIT, { u: unit['4114'] });
    const bySource = Object.fromEntries(cockpit.overdueBySource.map((s: any) => [s.source, s.count]));
    expect(bySource).toEqual({
      LEADER_INSTRUCTION: 2,
      COMMITTEE_DECISION: 0,
      ANNUAL_TARGET: 0,
      HIGHER_ASSIGNMENT: 0,
      HOTLINE: 1,
      SPECIAL_INSPECTION: 0,
    });
  });

  it('counts registered and closed items by China-time week and month, beyond any browser page', async () => {
    const weeks = (await ok('city_leader', COCKPIT, { u: unit['4114'], g: 'WEEK', n: 12 })).cockpit.workTrend;
    expect(weeks).toHaveLength(12);
    expect(new Date(weeks[11].end).getTime()).toBeGreaterThan(Date.now());
    // The three items, the bulk copies and nothing else were registered this week.
    expect(weeks[11].registered).toBe(3 + BULK);
    expect(weeks.reduce((n: number, w: any) => n + w.closed, 0)).toBe(1);
    const months = (await ok('city_leader', COCKPIT, { u: unit['4114'], g: 'MONTH', n: 3 })).cockpit
      .workTrend;
    expect(months.map((m: any) => m.label)).toEqual(
      months.map((m: any) => new Date(new Date(m.start).getTime() + 8 * 3600_000).toISOString().slice(0, 7)),
    );
    expect(months.reduce((n: number, m: any) => n + m.registered, 0)).toBe(3 + BULK + 1);
    expect(months.reduce((n: number, m: any) => n + m.closed, 0)).toBe(1);
  });

  it('lists the red items with the red unit, the chain down to it and the light’s reason', async () => {
    const { cockpit } = await ok('city_leader', COCKPIT, { u: unit['4114'] });
    expect(
      cockpit.redItems.map((r: any) => [r.title, r.unitName, r.chain, r.lightReason, r.redCount]).sort(),
    ).toEqual(
      [
        ['批示件：校舍维修', '民权县', ['商丘市', '民权县'], '已逾期1天', 1],
        ['批示件：河道清淤', '民权县', ['商丘市', '民权县'], '已逾期1天', 1],
        ['群众反映路灯不亮', '睢县', ['商丘市', '睢县'], '已逾期1天', 1],
      ].sort(),
    );
    const en = await as('city_leader', COCKPIT, { u: unit['4114'] }, 'en');
    expect(en.data!.cockpit.redItems[0].lightReason).toBe('1 day overdue');
  });

  it('drills down: 睢县’s level shows only its own; 睢县 sees its own cockpit and none above or beside it', async () => {
    const county = (await ok('city_leader', COCKPIT, { u: unit['411422'] })).cockpit;
    expect(county.redItems.map((r: any) => r.title)).toEqual(['群众反映路灯不亮']);
    expect(county.overdueBySource.find((s: any) => s.source === 'LEADER_INSTRUCTION').count).toBe(0);
    for (const u of [unit['4114'], unit['411421']])
      expect((await ok('suixian_supervisor', COCKPIT, { u })).cockpit).toBeNull();
    const fromBelow = (await ok('suixian_supervisor', COCKPIT, {})).cockpit;
    expect(fromBelow.redItems.map((r: any) => r.title)).toEqual(['群众反映路灯不亮']);
    expect(fromBelow.redItems[0].chain).toEqual(['睢县']);
    expect(fromBelow.overdueBySource.find((s: any) => s.source === 'LEADER_INSTRUCTION').count).toBe(0);
    // 睢县 works on none of the bulk copies: they are the city's own, not assigned below.
    expect(fromBelow.workTrend.reduce((n: number, w: any) => n + w.registered, 0)).toBe(1);
  });

  it('refuses a trend of no periods or too many, and too long a red list', async () => {
    for (const n of [0, 54])
      expect(codeOf(await as('city_leader', COCKPIT, { u: unit['4114'], n }))).toBe('BAD_USER_INPUT');
    const long = await as(
      'city_leader',
      `query($u: ID!) { cockpit(unitId: $u) { redItems(first: 500) { itemId } } }`,
      {
        u: unit['4114'],
      },
    );
    expect(codeOf(long)).toBe('BAD_USER_INPUT');
  });
});
