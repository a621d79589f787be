/**
 * 督查通报 and the 考评记分板 through GraphQL, on the 商丘市 demo tree: committee praise of 睢县, the
 * escalating consequences of repeated criticism of a township, who may issue and see bulletins, bad
 * input that must change nothing, concurrent criticisms, and the office metrics from real reviews.
 *
 * Over 400 lines on purpose: the bulletins build on each other (the 2nd and 3rd criticism), so the
 * story stays in one file.
 */
import { DataSource } from 'typeorm';
import { bootApi, codeOf, testDataSources, TestApi } from '@duban/testing';
import { notificationWording } from '../notification';
import { shanghaiYear } from '../numbering';

let owner: DataSource;
let close: () => Promise<void>;
let api: TestApi;
let ids: Record<string, string>;
const tokens: Record<string, string> = {};
const YEAR = shanghaiYear(new Date());

const ISSUE = `mutation($input: IssueBulletinInput!) {
  issueBulletin(input: $input) {
    id number year kind level points responsiblePerson title issuerUnit { name } item { title }
    targets { unitId points criticismSeq admonish personAwardIneligible unitAwardIneligible unit { name } }
  }
}`;
const BOARD = `query($parentId: ID, $year: Int) {
  scoreboard(parentId: $parentId, year: $year) {
    unitId unit { name } year baseScore bulletinPoints score praiseCount criticismCount
    admonishment personAwardIneligible unitIneligible admonishedPersons
    applicable done onTime reviewed returned completionRate completionTarget meetsCompletionTarget
    onTimeRate returnRate closedItems reopenedItems reReviewRate reReviewTarget meetsReReviewTarget
  }
}`;
const LIST = `query($year: Int, $kind: BulletinKind, $first: Int, $after: String) {
  bulletins(year: $year, kind: $kind, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id number kind targets { unitId } } }
  }
}`;

async function as(user: string) {
  tokens[user] ??= await api.login(user);
  return tokens[user];
}

async function issue(user: string, input: Record<string, unknown>, lang?: string) {
  return api.gql(ISSUE, { input }, { token: await as(user), lang });
}

async function board(user: string, parentId?: string) {
  const r = await api.gql(BOARD, { parentId, year: YEAR }, { token: await as(user) });
  expect(r.errors).toBeUndefined();
  return r.data!.scoreboard as Record<string, any>[];
}

const criticism = (unitId: string, extra: Record<string, unknown> = {}) => ({
  kind: 'CRITICISM',
  level: 'OFFICE',
  targetUnitIds: [unitId],
  title: '关于工作落实不力的通报',
  body: '经督查，该单位工作落实不力，予以通报批评。',
  ...extra,
});

/** Everything a bulletin writes, counted as the owner (no RLS). */
async function footprint() {
  const [r] = await owner.query(`SELECT
      (SELECT count(*)::int FROM bulletin) AS bulletins,
      (SELECT count(*)::int FROM score_entry) AS entries,
      (SELECT count(*)::int FROM audit_event WHERE chain_key LIKE 'bulletin:%') AS audits,
      (SELECT count(*)::int FROM outbox WHERE topic = 'bulletin.issued') AS events,
      (SELECT coalesce(sum(last_seq), 0)::int FROM registration_counter WHERE series = 'BULLETIN') AS numbers`);
  return r;
}

beforeAll(async () => {
  ({ owner, close } = await testDataSources());
  const rows = await owner.query(
    `SELECT code, id FROM org_unit WHERE code IN ('4114', '411402', '411422', '411422105', '411422206')`,
  );
  ids = Object.fromEntries(rows.map((r: { code: string; id: string }) => [r.code, r.id]));
  api = await bootApi();
});

afterAll(async () => {
  await api?.close();
  await close?.();
});

describe('通报表扬 by the committee', () => {
  it('numbers the bulletin, scores 睢县 +5 on the 商丘市 scoreboard, and audits and announces it', async () => {
    // Other suites of the run may number 商丘市 bulletins too: this one takes the next number of the series.
    const [counter] = await owner.query(
      `SELECT last_seq FROM registration_counter WHERE unit_id = $1 AND series = 'BULLETIN' AND year = $2`,
      [ids['4114'], YEAR],
    );
    const next = (counter?.last_seq ?? 0) + 1;
    const r = await issue('city_supervisor', {
      kind: 'PRAISE',
      level: 'COMMITTEE',
      targetUnitIds: [ids['411422']],
      title: '关于表扬睢县铁人三项赛筹办督查工作的通报',
      body: '睢县工作落实迅速、措施得力、效果明显，予以通报表扬。',
    });
    expect(r.errors).toBeUndefined();
    const b = r.data!.issueBulletin;
    expect(b).toMatchObject({
      number: `商督通〔${YEAR}〕${next}号`,
      year: YEAR,
      kind: 'PRAISE',
      level: 'COMMITTEE',
      points: 5,
      issuerUnit: { name: '商丘市' },
      targets: [
        {
          unitId: ids['411422'],
          points: 5,
          criticismSeq: null,
          admonish: false,
          unitAwardIneligible: false,
          unit: { name: '睢县' },
        },
      ],
    });

    const rows = await board('city_supervisor');
    const suixian = rows.find((x) => x.unitId === ids['411422'])!;
    expect(suixian).toMatchObject({
      unit: { name: '睢县' },
      baseScore: 100,
      bulletinPoints: 5,
      score: 105,
      praiseCount: 1,
      criticismCount: 0,
      admonishment: false,
      unitIneligible: false,
      completionTarget: 1,
      reReviewTarget: 0.04,
    });
    // Every other child of 商丘市 stays at the base score, and nothing below 商丘市 is listed.
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.filter((x) => x.unitId !== ids['411422']).every((x) => x.score === 100)).toBe(true);

    const [audit] = await owner.query(`SELECT action, after FROM audit_event WHERE chain_key = $1`, [
      `bulletin:${b.id}`,
    ]);
    expect(audit).toMatchObject({ action: 'bulletin.issued', after: { number: b.number, kind: 'PRAISE' } });
    const [event] = await owner.query(
      `SELECT payload FROM outbox WHERE topic = 'bulletin.issued' AND payload->'unitIds' @> $1::jsonb`,
      [JSON.stringify([ids['411422']])],
    );
    // The event states facts; who hears of it and in what words is the notification module's call.
    const told = notificationWording(event.payload);
    expect(told.audience).toEqual([{ unitId: ids['411422'], roles: ['HEAD', 'LIAISON'] }]);
    expect(told.title.zh).toContain('督查委员会通报表扬');
  });
});

describe('通报批评 of one township within a year', () => {
  it('flags 诫勉谈话 on the 2nd criticism and the unit’s ineligibility on the 3rd', async () => {
    const cg = ids['411422105'];
    const seen = [];
    for (const person of ['刘某', '刘某', '陈某']) {
      const r = await issue('suixian_supervisor', criticism(cg, { responsiblePerson: person }));
      expect(r.errors).toBeUndefined();
      seen.push(r.data!.issueBulletin);
    }
    expect(seen.map((b) => b.number)).toEqual([1, 2, 3].map((n) => `睢督通〔${YEAR}〕${n}号`));
    expect(
      seen.map((b) => {
        const t = b.targets[0];
        return [t.points, t.criticismSeq, t.admonish, t.personAwardIneligible, t.unitAwardIneligible];
      }),
    ).toEqual([
      [-3, 1, false, false, false],
      [-3, 2, true, true, false],
      [-3, 3, true, true, true],
    ]);

    const row = (await board('suixian_supervisor')).find((x) => x.unitId === cg)!;
    expect(row).toMatchObject({
      unit: { name: '城关镇' },
      bulletinPoints: -9,
      score: 91,
      criticismCount: 3,
      admonishment: true,
      personAwardIneligible: true,
      unitIneligible: true,
      admonishedPersons: ['刘某', '陈某'],
    });
  });

  it('shows the admonishment (but not yet ineligibility) after exactly two', async () => {
    const bm = ids['411422206'];
    for (let i = 0; i < 2; i++)
      expect(
        (await issue('suixian_supervisor', criticism(bm, { level: 'COMMITTEE' }))).errors,
      ).toBeUndefined();
    const row = (await board('suixian_supervisor')).find((x) => x.unitId === bm)!;
    expect(row).toMatchObject({
      score: 90,
      criticismCount: 2,
      admonishment: true,
      personAwardIneligible: true,
      unitIneligible: false,
      admonishedPersons: [],
    });
  });
});

describe('who may issue and see bulletins', () => {
  it('refuses a township liaison with FORBIDDEN and writes nothing', async () => {
    const before = await footprint();
    const r = await issue('chengguan_liaison', criticism(ids['411422105']));
    expect(codeOf(r)).toBe('FORBIDDEN');
    expect(await footprint()).toEqual(before);
  });

  it('lets a leader issue at its own office', async () => {
    const r = await issue('suixian_leader', { ...criticism(ids['411422206']), kind: 'PRAISE' });
    expect(r.errors).toBeUndefined();
    expect(r.data!.issueBulletin.targets[0].points).toBe(3);
  });

  it('answers NOT_FOUND for units outside the caller’s subtree, existing or not, alike', async () => {
    const before = await footprint();
    for (const unit of [ids['411402'], ids['4114'], '999999999']) {
      const r = await issue('suixian_supervisor', criticism(unit));
      expect(codeOf(r)).toBe('NOT_FOUND');
      expect(r.errors![0].message).toBe(`单位不存在或您无权查看（${unit}）`);
    }
    // A malformed id is refused at the edge, before any lookup.
    expect(codeOf(await issue('suixian_supervisor', criticism('abc')))).toBe('BAD_USER_INPUT');
    // A valid unit does not carry an invalid one through.
    const mixed = await issue('suixian_supervisor', {
      ...criticism(ids['411422105']),
      targetUnitIds: [ids['411422105'], ids['411402']],
    });
    expect(codeOf(mixed)).toBe('NOT_FOUND');
    expect(await footprint()).toEqual(before);
  });

  it('shows a township only the bulletins addressed into it, never a sibling’s', async () => {
    const list = async (user: string) => {
      const r = await api.gql(LIST, { first: 200 }, { token: await as(user) });
      expect(r.errors).toBeUndefined();
      return r.data!.bulletins;
    };
    const [mine, sibling] = [ids['411422206'], ids['411422105']];
    const baimiao = await list('baimiao_liaison');
    expect(baimiao.totalCount).toBeGreaterThan(0);
    for (const { node } of baimiao.edges) expect(node.targets.map((t: any) => t.unitId)).toEqual([mine]);
    const [{ n }] = await owner.query(
      `SELECT count(DISTINCT bulletin_id)::int AS n FROM score_entry WHERE unit_id = $1`,
      [mine],
    );
    expect(baimiao.totalCount).toBe(n);
    // The sibling's bulletins exist, but neither by id range nor by kind does one show up here.
    const chengguan = await list('chengguan_liaison');
    const theirs = new Set(chengguan.edges.map((e: any) => e.node.id));
    expect(theirs.size).toBeGreaterThanOrEqual(3);
    expect(baimiao.edges.some((e: any) => theirs.has(e.node.id))).toBe(false);
    for (const { node } of chengguan.edges) expect(node.targets.map((t: any) => t.unitId)).toEqual([sibling]);
    // Nor can it read the sibling's scoreboard.
    const r = await api.gql(BOARD, { parentId: sibling }, { token: await as('baimiao_liaison') });
    expect(codeOf(r)).toBe('NOT_FOUND');
  });

  it('lists newest first across pages, filtered by kind', async () => {
    const token = await as('suixian_supervisor');
    const page1 = await api.gql(LIST, { kind: 'CRITICISM', first: 2, year: YEAR }, { token });
    const c = page1.data!.bulletins;
    expect(c.pageInfo.hasNextPage).toBe(true);
    const page2 = await api.gql(
      LIST,
      { kind: 'CRITICISM', first: 2, after: c.pageInfo.endCursor },
      { token },
    );
    const all = [...c.edges, ...page2.data!.bulletins.edges].map((e: any) => Number(e.node.id));
    expect(all).toEqual([...all].sort((a, b) => b - a));
    expect(new Set(all).size).toBe(all.length);
    expect([...c.edges, ...page2.data!.bulletins.edges].every((e: any) => e.node.kind === 'CRITICISM')).toBe(
      true,
    );
  });
});

describe('bad input', () => {
  it('changes nothing and answers BAD_USER_INPUT, in Chinese by default and English on request', async () => {
    const before = await footprint();
    const cg = ids['411422105'];
    const cases: [Record<string, unknown>, string, string][] = [
      [
        criticism(cg, { targetUnitIds: [] }),
        '请至少选择一个被通报单位',
        'Name at least one unit to praise or criticise',
      ],
      // Refused at the edge (TEXT_LIMITS.bulletinBody, declared on the input field).
      [
        criticism(cg, { body: '长'.repeat(5001) }),
        'input.body 不能超过5000个字符（收到5001个）',
        'input.body must be at most 5000 characters (got 5001)',
      ],
      [criticism(cg, { title: '   ' }), '请填写通报标题', 'Title is required'],
      [
        criticism(cg, { year: YEAR + 1 }),
        `考评年度只能是${YEAR - 1}年或${YEAR}年`,
        `The assessment year must be ${YEAR - 1} or ${YEAR}`,
      ],
      [
        criticism(cg, { targetUnitIds: [ids['411422']] }),
        '不能通报本单位，请选择下级单位',
        'A bulletin names units below your own, not your own unit',
      ],
    ];
    for (const [input, zh, en] of cases) {
      const r1 = await issue('suixian_supervisor', input);
      expect(codeOf(r1)).toBe('BAD_USER_INPUT');
      expect(r1.errors![0].message).toBe(zh);
      const r2 = await issue('suixian_supervisor', input, 'en-US,en;q=0.9');
      expect(codeOf(r2)).toBe('BAD_USER_INPUT');
      expect(r2.errors![0].message).toBe(en);
    }
    // An unknown kind never reaches the service: the GraphQL enum refuses it.
    expect(codeOf(await issue('suixian_supervisor', criticism(cg, { kind: 'BLAME' })))).toBe(
      'BAD_USER_INPUT',
    );
    // An item the caller cannot see is NOT_FOUND, also without a trace.
    expect(codeOf(await issue('suixian_supervisor', criticism(cg, { itemId: '999999999' })))).toBe(
      'NOT_FOUND',
    );
    expect(await footprint()).toEqual(before);

    // No number was burnt: the next bulletin continues the series without a gap.
    const [{ last }] = await owner.query(
      `SELECT last_seq AS last FROM registration_counter WHERE unit_id = $1 AND series = 'BULLETIN' AND year = $2`,
      [ids['411422'], YEAR],
    );
    const ok = await issue('suixian_supervisor', { ...criticism(cg), kind: 'PRAISE' });
    expect(ok.data!.issueBulletin.number).toBe(`睢督通〔${YEAR}〕${last + 1}号`);
  });
});

describe('concurrency', () => {
  it('counts simultaneous criticisms of one unit from two offices exactly once each', async () => {
    const unit = (
      await owner.query(
        `SELECT id FROM org_unit WHERE parent_id = $1 AND code <> '411422105' AND code <> '411422206' ORDER BY id LIMIT 1`,
        [ids['411422']],
      )
    )[0].id;
    // Sign in first, so the three requests really overlap.
    await Promise.all([as('city_supervisor'), as('suixian_supervisor')]);
    const results = await Promise.all([
      issue('city_supervisor', criticism(unit)),
      issue('suixian_supervisor', criticism(unit)),
      issue('suixian_supervisor', criticism(unit)),
    ]);
    for (const r of results) expect(r.errors).toBeUndefined();
    const seqs = results.map((r) => r.data!.issueBulletin.targets[0].criticismSeq).sort();
    expect(seqs).toEqual([1, 2, 3]);
    const numbers = results.map((r) => r.data!.issueBulletin.number);
    expect(new Set(numbers).size).toBe(3);
  });
});

describe('office metrics on the scoreboard', () => {
  it('derives 办结率, on-time rate and 复查复议率 from assignments and review decisions of each subtree', async () => {
    const sup = await as('suixian_supervisor');
    const [cg, bm] = [ids['411422105'], ids['411422206']];
    // Other suites work on the same townships in this run's database: compare before and after.
    const countyBefore = await board('suixian_supervisor');
    const cityBefore = await board('city_supervisor');
    const deadline = new Date(
      Math.min(Date.now() + 2 * 3600_000, Date.parse(`${YEAR + 1}-01-01T00:00:00+08:00`) - 60_000),
    );
    const created = await api.gql(
      `mutation($input: CreateSupervisionItemInput!) { createSupervisionItem(input: $input) { id } }`,
      {
        input: {
          title: '乡镇环境整治',
          source: 'ANNUAL_TARGET',
          content: '完成集镇环境整治',
          deadline: deadline.toISOString(),
        },
      },
      { token: sup },
    );
    expect(created.errors).toBeUndefined();
    const itemId = created.data!.createSupervisionItem.id;
    const assigned = await api.gql(
      `mutation($id: ID!, $t: [ID!]) { assignItem(itemId: $id, targets: $t) { count } }`,
      { id: itemId, t: [cg, bm] },
      { token: sup },
    );
    expect(assigned.data!.assignItem.count).toBe(2);
    const [{ id: assignmentId }] = await owner.query(
      `SELECT id FROM assignment WHERE item_id = $1 AND unit_id = $2`,
      [itemId, cg],
    );

    const liaison = await as('chengguan_liaison');
    const head = await as('chengguan_head');
    const ok = (r: any) => {
      expect(r.errors).toBeUndefined();
      return r.data;
    };
    ok(
      await api.gql(
        `mutation($id: ID!) { acceptAssignment(id: $id) { id } }`,
        { id: assignmentId },
        { token: liaison },
      ),
    );
    const report = async () => {
      const d = ok(
        await api.gql(
          `mutation($id: ID!) { submitReport(assignmentId: $id, input: { content: "已完成整治" }) { id } }`,
          { id: assignmentId },
          { token: liaison },
        ),
      );
      ok(
        await api.gql(
          `mutation($id: ID!) { signReport(reportId: $id) { id } }`,
          { id: d.submitReport.id },
          { token: head },
        ),
      );
      return d.submitReport.id as string;
    };
    const review = (reportId: string, decision: string, pass: boolean) =>
      api.gql(
        `mutation($id: ID!, $d: ReviewDecision!, $c: ReviewChecklistInput!) {
           reviewReport(reportId: $id, decision: $d, checklist: $c, comment: "事实不清，退回重办") { status } }`,
        {
          id: reportId,
          d: decision,
          c: { factsAccurate: pass, policyCompliant: true, problemSolved: true, formatCorrect: true },
        },
        { token: sup },
      );
    expect(ok(await review(await report(), 'RETURN', false)).reviewReport.status).toBe('RETURNED');
    expect(ok(await review(await report(), 'ACCEPT', true)).reviewReport.status).toBe('ACCEPTED');

    const COUNTS = ['applicable', 'done', 'onTime', 'reviewed', 'returned'] as const;
    const delta = (after: any[], before: any[], unitId: string) => {
      const [a, b] = [after.find((x) => x.unitId === unitId), before.find((x) => x.unitId === unitId)];
      return Object.fromEntries(COUNTS.map((k) => [k, a[k] - b[k]]));
    };
    /** Rates always follow the counts, whatever else the database holds. */
    const expectConsistentRates = (row: any) => {
      expect(row.completionRate).toBeCloseTo(row.applicable ? row.done / row.applicable : 0);
      expect(row.returnRate).toBe(row.reviewed ? row.returned / row.reviewed : null);
      expect(row.reReviewRate).toBe(row.closedItems ? row.reopenedItems / row.closedItems : null);
      expect(row.meetsReReviewTarget).toBe(row.reReviewRate === null || row.reReviewRate <= 0.04);
    };
    const county = await board('suixian_supervisor');
    expect(delta(county, countyBefore, cg)).toEqual({
      applicable: 1,
      done: 1,
      onTime: 1,
      reviewed: 2,
      returned: 1,
    });
    expect(delta(county, countyBefore, bm)).toEqual({
      applicable: 1,
      done: 0,
      onTime: 0,
      reviewed: 0,
      returned: 0,
    });
    for (const id of [cg, bm]) expectConsistentRates(county.find((x) => x.unitId === id));
    // One level up, 睢县's row sums its whole subtree.
    const city = await board('city_supervisor');
    expect(delta(city, cityBefore, ids['411422'])).toEqual({
      applicable: 2,
      done: 1,
      onTime: 1,
      reviewed: 2,
      returned: 1,
    });
    expectConsistentRates(city.find((x) => x.unitId === ids['411422']));

    // A bulletin may cite the item; the township it names sees the link too (the item was assigned to it).
    const cited = await issue('suixian_supervisor', criticism(bm, { itemId }));
    expect(cited.data!.issueBulletin.item).toEqual({ title: '乡镇环境整治' });
    const seen = await api.gql(
      `{ bulletins(first: 1) { edges { node { id item { title } } } } }`,
      {},
      { token: await as('baimiao_liaison') },
    );
    expect(seen.data!.bulletins.edges[0].node).toEqual({
      id: cited.data!.issueBulletin.id,
      item: { title: '乡镇环境整治' },
    });
  });
});
