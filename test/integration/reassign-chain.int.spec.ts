/**
 * 退回交办, 改派 and 撤回 on the real 商丘市 tree through GraphQL. The city gives 睢县 a quantified
 * share (100 公里); 睢县 splits it 60/40 between 城关镇 and 长岗镇. 城关镇 returns its share as not its
 * responsibility (a reason is required); 睢县 is told and gives it to 白庙乡, which signs for it and
 * reports. 长岗镇 splits its share to two of its offices; 睢县 withdraws 长岗镇's share with both
 * sub-assignments and gives it to another township, which reports too. 睢县 then reports once for the
 * full 100 and the city accepts it. On a second item the city's own top-level share shows that the
 * item's completion follows a return, a reassignment and a withdrawal. After every step the roll-up
 * equals a recount; every refused request changes nothing (no row, audit event or outbox event).
 *
 * Over 400 lines on purpose: one chain on one tree, each step starting from the last, with the
 * hostile cases next to the step they attack.
 */
import IORedis from 'ioredis';
import { DataSource } from 'typeorm';
import { DomainEventJob } from '@duban/contracts';
import { holdsItemOpenSql, NotificationDelivery } from '@duban/domain';
import { loadConfig, redisOptions } from '@duban/platform';
import { holdsItemOpen } from '@duban/rules';
import {
  assignmentIdOf,
  bootApi,
  codeOf,
  expectRollupMatchesRecount,
  TestApi,
  testDataSources,
  usersOf,
} from '@duban/testing';

const DAY = 86_400_000;
let api: TestApi;
let owner: DataSource;
let app: DataSource;
let close: () => Promise<void>;
let redis: IORedis;
let delivery: NotificationDelivery;
const token: Record<string, string> = {};
const CHANGGANG_HEAD = 'head_411422100';
/** The township 睢县 gives 长岗镇's withdrawn share to: the first other township with a generated head. */
let otherHead = '';
const USERS = [
  'city_supervisor',
  'suixian_supervisor',
  'suixian_head',
  'chengguan_liaison',
  'chengguan_head',
  'baimiao_liaison',
  'baimiao_head',
  CHANGGANG_HEAD,
];

const t0 = Date.now();
const at = (days: number) => new Date(t0 + days * DAY).toISOString();
const unit: Record<string, string> = {};
let itemId: string;
let topItemId: string;
let county: string; // 睢县's share (top level, from the city)
const share: Record<'chengguan' | 'changgang' | 'baimiao' | 'other', string> = {
  chengguan: '',
  changgang: '',
  baimiao: '',
  other: '',
};
let offices: string[] = []; // 长岗镇's two 乡直 offices' shares

const REASON = '该河段属市管河道，不属于本镇职责';
const WITHDRAW_REASON = '长岗镇任务调整，改由其他乡镇承办';

const { as, ok } = usersOf<string>(() => api, token);

const DECLINE = `mutation($a: ID!, $r: String) { declineAssignment(assignmentId: $a, reason: $r) {
  id status declined withdrawnReason allowedActions } }`;
const REASSIGN = `mutation($a: ID!, $u: ID!) { reassignAssignment(assignmentId: $a, unitId: $u) {
  id status unitId issuerUnitId parentId target deadline role declined reassignedToId unit { name } } }`;
const WITHDRAW = `mutation($a: ID!, $r: String) { withdrawAssignment(assignmentId: $a, reason: $r) {
  id status declined withdrawnReason allowedActions } }`;
const ACCEPT = `mutation($a: ID!) { acceptAssignment(id: $a) { id status } }`;
const SUBMIT = `mutation($a: ID!, $i: ReportInput!) { submitReport(assignmentId: $a, input: $i) { id } }`;
const SIGN = `mutation($r: ID!) { signReport(reportId: $r) { id status } }`;
const REVIEW = `mutation($r: ID!) { reviewReport(reportId: $r, decision: ACCEPT,
  checklist: { factsAccurate: true, policyCompliant: true, problemSolved: true, formatCorrect: true }) { id status } }`;
const ASSIGNMENT = `query($id: ID!) { assignment(id: $id) {
  id status declined withdrawnReason reassignedToId target allowedActions } }`;
const OPEN_CHILDREN = `query($a: ID!) { reportDraft(assignmentId: $a) { openChildren achieved } }`;
const ITEM = `query($id: ID!) { supervisionItem(id: $id) { status } }`;

const assignment = async (user: string, id: string) => (await ok(user, ASSIGNMENT, { id })).assignment;
const itemStatus = async (id: string) => (await ok('city_supervisor', ITEM, { id })).supervisionItem.status;

const shareOf = (item: string, unitId: string) => assignmentIdOf(owner, item, unitId);

/** Roll-up = recount, and SQL's "holds its item open" = the rules', on every row of both items. */
async function expectConsistent() {
  for (const id of [itemId, topItemId].filter(Boolean)) {
    await expectRollupMatchesRecount(owner, id);
    const rows = await owner.query(
      `SELECT a.status, a.not_applicable AS "notApplicable", a.declined, a.reassigned_to AS "reassignedToId",
              ${holdsItemOpenSql('a')} AS holds FROM assignment a WHERE a.item_id = $1`,
      [id],
    );
    for (const { holds, ...facts } of rows)
      expect({ facts, holds }).toEqual({ facts, holds: holdsItemOpen(facts) });
  }
}

/** Everything a refused request could have touched. */
async function trace() {
  const items = [itemId, topItemId].filter(Boolean);
  const [assignments, audit, outbox, rollups, reports] = await Promise.all([
    owner.query(
      `SELECT id, unit_id, status, declined, withdrawn_reason, reassigned_to, target, light, updated_at
         FROM assignment WHERE item_id = ANY($1::bigint[]) ORDER BY id`,
      [items],
    ),
    owner.query(`SELECT count(*)::int AS n FROM audit_event WHERE item_id = ANY($1::bigint[])`, [items]),
    owner.query(`SELECT count(*)::int AS n FROM outbox WHERE payload->>'itemId' = ANY($1::text[])`, [items]),
    owner.query(`SELECT * FROM roll_up WHERE item_id = ANY($1::bigint[]) ORDER BY item_id, unit_id`, [items]),
    owner.query(`SELECT status FROM supervision_item WHERE id = ANY($1::bigint[]) ORDER BY id`, [items]),
  ]);
  return { assignments, audit, outbox, rollups, reports };
}

/** Delivers an assignment's events of a topic as the worker would and returns who read what. */
async function told(topic: string, assignmentId: string): Promise<Record<string, string>> {
  const rows = await owner.query(
    `SELECT id, tenant_id, payload FROM outbox WHERE topic = $1 AND payload->>'assignmentId' = $2 ORDER BY id`,
    [topic, assignmentId],
  );
  expect(rows).toHaveLength(1);
  const job: DomainEventJob = {
    outboxId: String(rows[0].id),
    tenantId: String(rows[0].tenant_id),
    event: rows[0].payload,
  };
  await delivery.deliver(job);
  const read = await owner.query(
    `SELECT u.username, n.title_zh, n.assignment_id::text AS a FROM notification n JOIN app_user u ON u.id = n.user_id
      WHERE n.event_id = $1`,
    [rows[0].id],
  );
  for (const r of read) expect(r.a).toBe(assignmentId);
  return Object.fromEntries(
    read.map((r: { username: string; title_zh: string }) => [r.username, r.title_zh]),
  );
}

async function lastAudit(assignmentId: string) {
  const [row] = await owner.query(
    `SELECT e.action, e.text, u.username FROM audit_event e LEFT JOIN app_user u ON u.id = e.actor_id
      WHERE e.chain_key = $1 ORDER BY e.id DESC LIMIT 1`,
    [`assignment:${assignmentId}`],
  );
  return row;
}

/** The unit signs for it, reports its figure, its head signs, the office that assigned it accepts. */
async function reportAndAccept(
  a: string,
  who: { member: string; head: string; reviewer: string },
  achieved: number | null,
) {
  await ok(who.member, ACCEPT, { a });
  const { submitReport } = await ok(who.member, SUBMIT, {
    a,
    i: { content: '已完成清障任务。', achieved, progressPercent: 100 },
  });
  await ok(who.head, SIGN, { r: submitReport.id });
  await ok(who.reviewer, REVIEW, { r: submitReport.id });
}

beforeAll(async () => {
  ({ app, owner, close } = await testDataSources());
  const config = loadConfig();
  redis = new IORedis(redisOptions(config.REDIS_URL!));
  delivery = new NotificationDelivery(app, redis, config);
  api = await bootApi();
  for (const r of await owner.query(
    `SELECT code, id::text FROM org_unit
      WHERE code IN ('4114', '411421', '411422', '411422105', '411422206', '411422100', '411422100-D01', '411422100-D02')`,
  ))
    unit[r.code] = r.id;
  const [other] = await owner.query(
    `SELECT o.code, o.id::text FROM org_unit o JOIN org_unit c ON o.parent_id = c.id
      WHERE c.code = '411422' AND o.kind = 'TOWNSHIP' AND o.code NOT IN ('411422105', '411422206', '411422100')
      ORDER BY o.code LIMIT 1`,
  );
  unit.other = other.id;
  otherHead = `head_${other.code}`;
  for (const u of [...USERS, otherHead]) token[u] = await api.login(u);

  const { createSupervisionItem } = await ok(
    'city_supervisor',
    `mutation($i: CreateSupervisionItemInput!) { createSupervisionItem(input: $i) { id } }`,
    {
      i: {
        title: '河道清障（退回与改派）',
        source: 'COMMITTEE_DECISION',
        content: '年内完成100公里河道清障。',
        deadline: at(30),
        target: 100,
        targetUnit: '公里',
        rollupPolicy: 'WEIGHTED',
      },
    },
  );
  itemId = createSupervisionItem.id;
  await ok(
    'city_supervisor',
    `mutation($i: ID!, $s: [ShareInput!], $d: DateTime) { assignItem(itemId: $i, shares: $s, deadline: $d) { count } }`,
    { i: itemId, s: [{ unitId: unit['411422'], target: 100 }], d: at(20) },
  );
  county = await shareOf(itemId, unit['411422']);
  await ok('suixian_supervisor', ACCEPT, { a: county });
  await ok(
    'suixian_supervisor',
    `mutation($a: ID!, $t: [ShareInput!], $d: DateTime) { delegateAssignment(id: $a, targets: $t, deadline: $d) { count } }`,
    {
      a: county,
      t: [
        { unitId: unit['411422105'], target: 60 },
        { unitId: unit['411422100'], target: 40 },
      ],
      d: at(10),
    },
  );
  share.chengguan = await shareOf(itemId, unit['411422105']);
  share.changgang = await shareOf(itemId, unit['411422100']);
});

afterAll(async () => {
  await api?.close();
  await close?.();
  await redis?.quit();
});

describe('退回交办: a township returns its share before signing for it', () => {
  it('refuses a return without a reason, by anyone else, or after 签收 — and changes nothing', async () => {
    await ok(CHANGGANG_HEAD, ACCEPT, { a: share.changgang });
    const before = await trace();
    for (const r of [undefined, '', '   '])
      expect(codeOf(await as('chengguan_liaison', DECLINE, { a: share.chengguan, r }))).toBe(
        'BAD_USER_INPUT',
      );
    const refused = await as('chengguan_liaison', DECLINE, { a: share.chengguan });
    expect(refused.errors![0].extensions.field).toBe('reason');
    // Only the unit itself: not 睢县 which assigned it, not the city, not another township.
    expect(codeOf(await as('suixian_supervisor', DECLINE, { a: share.chengguan, r: REASON }))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await as('city_supervisor', DECLINE, { a: share.chengguan, r: REASON }))).toBe('FORBIDDEN');
    expect(codeOf(await as('baimiao_liaison', DECLINE, { a: share.chengguan, r: REASON }))).toBe('NOT_FOUND');
    // Signed for already: 长岗镇 has taken it on. 睢县's own share is out of the township's sight.
    expect(codeOf(await as(CHANGGANG_HEAD, DECLINE, { a: share.changgang, r: REASON }))).toBe('CONFLICT');
    expect(codeOf(await as('chengguan_liaison', DECLINE, { a: county, r: REASON }))).toBe('NOT_FOUND');
    expect(await trace()).toEqual(before);
    await expectConsistent();
  });

  it('城关镇 returns it with its reason: withdrawn, out of the open work, 睢县 is told', async () => {
    const offered = await assignment('chengguan_liaison', share.chengguan);
    expect(offered.allowedActions).toContain('DECLINE');
    const { declineAssignment } = await ok('chengguan_head', DECLINE, {
      a: share.chengguan,
      r: ` ${REASON} `,
    });
    expect(declineAssignment).toMatchObject({
      status: 'WITHDRAWN',
      declined: true,
      withdrawnReason: REASON,
      allowedActions: [],
    });
    expect(await lastAudit(share.chengguan)).toEqual({
      action: 'assignment.declined',
      text: REASON,
      username: 'chengguan_head',
    });
    // 睢县 decides now: reassign it or mark it 不适用; the city only watches.
    expect((await assignment('suixian_supervisor', share.chengguan)).allowedActions.sort()).toEqual([
      'REASSIGN',
      'SET_NOT_APPLICABLE',
    ]);
    expect((await assignment('city_supervisor', share.chengguan)).allowedActions).toEqual([]);
    // Out of the roll-up's open work: 睢县's subtree counts only 长岗镇's 40 as applicable.
    const [suixian] = await owner.query(
      `SELECT applicable, st_withdrawn, target_sum::float8 AS target FROM roll_up WHERE item_id = $1 AND unit_id = $2`,
      [itemId, unit['411422']],
    );
    expect(suixian).toEqual({ applicable: 1, st_withdrawn: 1, target: 40 });
    // Still 睢县's open work: it holds 睢县's report (最多报一次) and the item until it is settled.
    expect((await ok('suixian_supervisor', OPEN_CHILDREN, { a: county })).reportDraft.openChildren).toBe(2);
    expect(await itemStatus(itemId)).toBe('IN_PROGRESS');
    expect(await told('assignment.declined', share.chengguan)).toEqual({
      suixian_supervisor: `城关镇退回交办，请改派或标为不适用：${REASON}（河道清障（退回与改派））`,
    });
    // Returned once: nothing to return again.
    expect(codeOf(await as('chengguan_liaison', DECLINE, { a: share.chengguan, r: REASON }))).toBe(
      'CONFLICT',
    );
    await expectConsistent();
  });
});

describe('改派: 睢县 gives the returned share to another township', () => {
  it('refuses a unit outside 睢县, one already holding the item, a share still held, or another office', async () => {
    const before = await trace();
    const reassign = (user: string, a: string, u: string) => as(user, REASSIGN, { a, u });
    // Outside 睢县's subtree: another county, the city, 睢县 itself, nonsense.
    for (const u of [unit['411421'], unit['4114'], unit['411422'], 'abc', '99999999'])
      expect([u, codeOf(await reassign('suixian_supervisor', share.chengguan, u))]).toEqual([
        u,
        'BAD_USER_INPUT',
      ]);
    // Already holding the item: 长岗镇, and 城关镇 itself (its returned row stays).
    for (const u of [unit['411422100'], unit['411422105']]) {
      const r = await reassign('suixian_supervisor', share.chengguan, u);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors![0].message).toContain('已承办本事项');
    }
    // Not returned: 长岗镇 still works on its share.
    expect(codeOf(await reassign('suixian_supervisor', share.changgang, unit['411422206']))).toBe('CONFLICT');
    // Only the office that assigned it: not the city above, not the township.
    expect(codeOf(await reassign('city_supervisor', share.chengguan, unit['411422206']))).toBe('FORBIDDEN');
    expect(codeOf(await reassign('chengguan_liaison', share.chengguan, unit['411422206']))).toBe('FORBIDDEN');
    expect(await trace()).toEqual(before);
    await expectConsistent();
  });

  it('睢县 reassigns it to 白庙乡: same parent, share, role and deadline; 白庙乡 is told', async () => {
    const old = (
      await owner.query(`SELECT deadline, role FROM assignment WHERE id = $1`, [share.chengguan])
    )[0];
    const { reassignAssignment: fresh } = await ok('suixian_supervisor', REASSIGN, {
      a: share.chengguan,
      u: unit['411422206'],
    });
    share.baimiao = fresh.id;
    expect(fresh).toMatchObject({
      status: 'ASSIGNED',
      unitId: unit['411422206'],
      issuerUnitId: unit['411422'],
      parentId: county,
      target: 60,
      role: old.role,
      declined: false,
      reassignedToId: null,
      unit: { name: '白庙乡' },
    });
    expect(new Date(fresh.deadline).getTime()).toBe(new Date(old.deadline).getTime());
    const returned = await assignment('suixian_supervisor', share.chengguan);
    expect(returned).toMatchObject({
      reassignedToId: fresh.id,
      declined: true,
      allowedActions: ['SET_NOT_APPLICABLE'],
    });
    expect(await lastAudit(share.chengguan)).toEqual({
      action: 'assignment.reassigned',
      text: '改派给白庙乡',
      username: 'suixian_supervisor',
    });
    expect(await lastAudit(fresh.id)).toEqual({
      action: 'assignment.reassigned_in',
      text: '由城关镇改派',
      username: 'suixian_supervisor',
    });
    expect(await told('assignment.reassigned', fresh.id)).toEqual({
      baimiao_liaison: '改派交办事项：河道清障（退回与改派）（白庙乡）',
    });
    // 白庙乡 sees its new share and may sign for it (or return it in turn).
    expect((await assignment('baimiao_liaison', fresh.id)).allowedActions).toEqual(
      expect.arrayContaining(['ACCEPT', 'DECLINE']),
    );
    // Once only; the shares add up to 100 again.
    expect(codeOf(await as('suixian_supervisor', REASSIGN, { a: share.chengguan, u: unit.other }))).toBe(
      'CONFLICT',
    );
    const [suixian] = await owner.query(
      `SELECT applicable, target_sum::float8 AS target FROM roll_up WHERE item_id = $1 AND unit_id = $2`,
      [itemId, unit['411422']],
    );
    expect(suixian).toEqual({ applicable: 2, target: 100 });
    expect((await ok('suixian_supervisor', OPEN_CHILDREN, { a: county })).reportDraft.openChildren).toBe(2);
    await expectConsistent();
  });

  it('白庙乡 signs for it and reports; 睢县 accepts', async () => {
    await reportAndAccept(
      share.baimiao,
      { member: 'baimiao_liaison', head: 'baimiao_head', reviewer: 'suixian_supervisor' },
      60,
    );
    expect((await assignment('suixian_supervisor', share.baimiao)).status).toBe('DONE');
    expect((await ok('suixian_supervisor', OPEN_CHILDREN, { a: county })).reportDraft.openChildren).toBe(1);
    await expectConsistent();
  });
});

describe('撤回: 睢县 withdraws 长岗镇’s share with its sub-assignments, and reassigns it', () => {
  it('长岗镇 splits its share between two of its offices', async () => {
    await ok(
      CHANGGANG_HEAD,
      `mutation($a: ID!, $t: [ShareInput!]) { delegateAssignment(id: $a, targets: $t) { count } }`,
      {
        a: share.changgang,
        t: [
          { unitId: unit['411422100-D01'], target: 20 },
          { unitId: unit['411422100-D02'], target: 20 },
        ],
      },
    );
    offices = (
      await owner.query(`SELECT id::text FROM assignment WHERE parent_id = $1 ORDER BY id`, [share.changgang])
    ).map((r: { id: string }) => r.id);
    expect(offices).toHaveLength(2);
    await expectConsistent();
  });

  it('refuses a withdrawal without a reason, by anyone but 睢县, or of a finished share — and changes nothing', async () => {
    const before = await trace();
    for (const r of [undefined, ' '])
      expect(codeOf(await as('suixian_supervisor', WITHDRAW, { a: share.changgang, r }))).toBe(
        'BAD_USER_INPUT',
      );
    expect(codeOf(await as('city_supervisor', WITHDRAW, { a: share.changgang, r: WITHDRAW_REASON }))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await as(CHANGGANG_HEAD, WITHDRAW, { a: share.changgang, r: WITHDRAW_REASON }))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await as('suixian_supervisor', WITHDRAW, { a: share.baimiao, r: WITHDRAW_REASON }))).toBe(
      'CONFLICT',
    );
    expect(codeOf(await as('suixian_supervisor', WITHDRAW, { a: share.chengguan, r: WITHDRAW_REASON }))).toBe(
      'CONFLICT',
    );
    // 睢县 did not assign 长岗镇's offices: 长岗镇 did.
    expect(codeOf(await as('suixian_supervisor', WITHDRAW, { a: offices[0], r: WITHDRAW_REASON }))).toBe(
      'FORBIDDEN',
    );
    expect(await trace()).toEqual(before);
    await expectConsistent();
  });

  it('睢县 withdraws it: the share and both offices’ shares close in one step, 长岗镇 is told', async () => {
    expect((await assignment('suixian_supervisor', share.changgang)).allowedActions).toContain('WITHDRAW');
    const { withdrawAssignment } = await ok('suixian_supervisor', WITHDRAW, {
      a: share.changgang,
      r: WITHDRAW_REASON,
    });
    expect(withdrawAssignment).toMatchObject({
      status: 'WITHDRAWN',
      declined: false,
      withdrawnReason: WITHDRAW_REASON,
      // It was split: only its sub-units could be marked 不适用.
      allowedActions: ['REASSIGN'],
    });
    const subs = await owner.query(
      `SELECT status, withdrawn_reason, declined FROM assignment WHERE parent_id = $1 ORDER BY id`,
      [share.changgang],
    );
    expect(subs).toEqual([
      { status: 'WITHDRAWN', withdrawn_reason: null, declined: false },
      { status: 'WITHDRAWN', withdrawn_reason: null, declined: false },
    ]);
    expect(await lastAudit(share.changgang)).toEqual({
      action: 'assignment.withdrawn',
      text: `${WITHDRAW_REASON}（含下级任务2项）`,
      username: 'suixian_supervisor',
    });
    expect(await told('assignment.withdrawn', share.changgang)).toEqual({
      // The reason already names 长岗镇: only the item is added.
      [CHANGGANG_HEAD]: `交办任务已撤回：${WITHDRAW_REASON}（河道清障（退回与改派））`,
    });
    // Withdrawn by 睢县 itself: nothing holds 睢县's report any more, and no roll-up counts the 40.
    expect((await ok('suixian_supervisor', OPEN_CHILDREN, { a: county })).reportDraft.openChildren).toBe(0);
    const [suixian] = await owner.query(
      `SELECT applicable, st_withdrawn, target_sum::float8 AS target FROM roll_up WHERE item_id = $1 AND unit_id = $2`,
      [itemId, unit['411422']],
    );
    // Withdrawn: 城关镇's returned row and the two offices' (长岗镇's own, split, counts nothing).
    expect(suixian).toEqual({ applicable: 1, st_withdrawn: 3, target: 60 });
    await expectConsistent();
  });

  it('睢县 gives the withdrawn share to another township, which reports it', async () => {
    const { reassignAssignment: fresh } = await ok('suixian_supervisor', REASSIGN, {
      a: share.changgang,
      u: unit.other,
    });
    share.other = fresh.id;
    expect(fresh).toMatchObject({ status: 'ASSIGNED', parentId: county, target: 40, unitId: unit.other });
    expect((await ok('suixian_supervisor', OPEN_CHILDREN, { a: county })).reportDraft.openChildren).toBe(1);
    await expectConsistent();
    await reportAndAccept(
      share.other,
      { member: otherHead, head: otherHead, reviewer: 'suixian_supervisor' },
      40,
    );
    await expectConsistent();
  });

  it('睢县 reports once for the whole 100, its head signs, the city accepts: the item waits for feedback', async () => {
    const { reportDraft } = await ok('suixian_supervisor', OPEN_CHILDREN, { a: county });
    expect(reportDraft).toEqual({ openChildren: 0, achieved: 100 });
    const { submitReport } = await ok('suixian_supervisor', SUBMIT, {
      a: county,
      i: { content: '睢县汇总：白庙乡60公里、另一乡镇40公里，全部完成。' },
    });
    await ok('suixian_head', SIGN, { r: submitReport.id });
    await ok('city_supervisor', REVIEW, { r: submitReport.id });
    expect(await itemStatus(itemId)).toBe('AWAITING_FEEDBACK');
    await expectConsistent();
  });
});

describe('completion follows at the top level', () => {
  let first: string; // 城关镇's share of the city's own item
  let second: string; // 白庙乡's, which replaced it
  let third: string; // another township's, which replaced 白庙乡's

  it('a returned top-level share keeps the item in progress; the city is told', async () => {
    const { createSupervisionItem } = await ok(
      'city_supervisor',
      `mutation($i: CreateSupervisionItemInput!) { createSupervisionItem(input: $i) { id } }`,
      {
        i: { title: '城区积水点整治', source: 'LEADER_INSTRUCTION', content: '整治积水点', deadline: at(20) },
      },
    );
    topItemId = createSupervisionItem.id;
    await ok(
      'city_supervisor',
      `mutation($i: ID!, $t: [ID!]) { assignItem(itemId: $i, targets: $t) { count } }`,
      { i: topItemId, t: [unit['411422105'], unit['411422100']] },
    );
    first = await shareOf(topItemId, unit['411422105']);
    // The township writes nothing outside its own scope: the item does not move, it stays 督办中.
    await ok('chengguan_liaison', DECLINE, { a: first, r: REASON });
    expect(await itemStatus(topItemId)).toBe('IN_PROGRESS');
    expect(await told('assignment.declined', first)).toEqual({
      city_supervisor: `城关镇退回交办，请改派或标为不适用：${REASON}（城区积水点整治）`,
    });
    await expectConsistent();
  });

  it('reassigned, the other unit done, the replacement withdrawn: the item waits for feedback', async () => {
    const { reassignAssignment } = await ok('city_supervisor', REASSIGN, { a: first, u: unit['411422206'] });
    second = reassignAssignment.id;
    expect(reassignAssignment).toMatchObject({ parentId: null, issuerUnitId: unit['4114'], target: null });
    await reportAndAccept(
      await shareOf(topItemId, unit['411422100']),
      { member: CHANGGANG_HEAD, head: CHANGGANG_HEAD, reviewer: 'city_supervisor' },
      null,
    );
    // 白庙乡 still holds it.
    expect(await itemStatus(topItemId)).toBe('IN_PROGRESS');
    await ok('city_supervisor', WITHDRAW, { a: second, r: '改由其他乡镇承办' });
    expect(await itemStatus(topItemId)).toBe('AWAITING_FEEDBACK');
    await expectConsistent();
  });

  it('given out again, the item is back in progress (audited as reopened); withdrawn again, it waits', async () => {
    const { reassignAssignment } = await ok('city_supervisor', REASSIGN, { a: second, u: unit.other });
    third = reassignAssignment.id;
    expect(await itemStatus(topItemId)).toBe('IN_PROGRESS');
    const actions = async () =>
      (
        await owner.query(`SELECT action FROM audit_event WHERE chain_key = $1 ORDER BY id`, [
          `item:${topItemId}`,
        ])
      ).map((r: { action: string }) => r.action);
    expect((await actions()).slice(-2)).toEqual(['item.all_done', 'item.reopened']);
    await ok('city_supervisor', WITHDRAW, { a: third, r: '无需再办' });
    expect(await itemStatus(topItemId)).toBe('AWAITING_FEEDBACK');
    expect((await actions()).slice(-1)).toEqual(['item.all_done']);
    await expectConsistent();
  });

  it('once the result is fed back, nothing is reassigned or withdrawn (CONFLICT, nothing changes)', async () => {
    await ok(
      'city_supervisor',
      `mutation($i: ID!, $f: String!) { feedBackItem(itemId: $i, feedback: $f) { status } }`,
      { i: topItemId, f: '积水点已整治' },
    );
    expect(await itemStatus(topItemId)).toBe('CONCLUDED');
    const before = await trace();
    expect((await assignment('city_supervisor', third)).allowedActions).toContain('REASSIGN');
    const [free] = await owner.query(
      `SELECT o.id::text FROM org_unit o JOIN org_unit c ON o.parent_id = c.id
        WHERE c.code = '411422' AND o.kind = 'TOWNSHIP'
          AND NOT EXISTS (SELECT 1 FROM assignment a WHERE a.item_id = $1 AND a.unit_id = o.id)
        ORDER BY o.code LIMIT 1`,
      [topItemId],
    );
    const refused = await as('city_supervisor', REASSIGN, { a: third, u: free.id });
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(refused.errors![0].message).toContain('已办结');
    expect(codeOf(await as('city_supervisor', REASSIGN, { a: first, u: free.id }))).toBe('CONFLICT');
    expect(await trace()).toEqual(before);
    await expectConsistent();
  });
});
