/**
 * `allowedActions` is the server telling each caller what they may do now; the admin shows exactly
 * those buttons. Here the contract is checked both ways on the real 商丘市 tree: at every stage of an
 * assignment's life each user sees the expected set, every operation they are NOT offered is refused
 * by the API (and changes nothing), and the offered ones carry the workflow forward.
 */
import { DataSource } from 'typeorm';
import { bootApi, TestApi, testDataSources, usersOf } from '@duban/testing';

const DAY = 86_400_000;
let api: TestApi;
let owner: DataSource;
let close: () => Promise<void>;
const token: Record<string, string> = {};
const USERS = [
  'city_supervisor',
  'city_leader',
  'suixian_supervisor',
  'chengguan_liaison',
  'chengguan_head',
  'baimiao_liaison',
] as const;
type User = (typeof USERS)[number];
const ALL_OPS = [
  'ACCEPT',
  'SUBMIT_PROGRESS',
  'SUBMIT_REPORT',
  'DELEGATE',
  'REQUEST_EXTENSION',
  'ESCALATE',
  'URGE',
  'DECIDE_EXTENSION',
  'RESOLVE_ESCALATION',
  'FORWARD_ESCALATION',
  'SET_NOT_APPLICABLE',
  'CANCEL_EXTENSION',
  'DECLINE',
  'REASSIGN',
  'WITHDRAW',
] as const;
type Op = (typeof ALL_OPS)[number];

let chengguan: string;
let baimiao: string;
let itemId: string;
let assignmentId: string;
let deadline: Date;

const { as, ok } = usersOf<User>(() => api, token);

/** What `user` is offered on the assignment; null when they cannot see it at all. */
async function offered(user: User): Promise<Op[] | null> {
  const d = await ok(user, `query($id: ID!) { assignment(id: $id) { allowedActions } }`, {
    id: assignmentId,
  });
  return d.assignment ? [...d.assignment.allowedActions].sort() : null;
}

async function pendingRequestId(): Promise<string> {
  const [r] = await owner.query(
    `SELECT id FROM extension_request WHERE assignment_id = $1 ORDER BY id DESC LIMIT 1`,
    [assignmentId],
  );
  return r ? String(r.id) : '0';
}

/** Runs one operation as `user` with arguments that would be valid for someone allowed to do it. */
async function attempt(user: User, op: Op) {
  const a = assignmentId;
  switch (op) {
    case 'ACCEPT':
      return as(user, `mutation($a: ID!) { acceptAssignment(id: $a) { id } }`, { a });
    case 'SUBMIT_PROGRESS':
      return as(
        user,
        `mutation($a: ID!) { submitProgress(assignmentId: $a, input: { percent: 30, text: "进展" }) { id } }`,
        { a },
      );
    case 'SUBMIT_REPORT':
      return as(
        user,
        `mutation($a: ID!) { submitReport(assignmentId: $a, input: { content: "报告" }) { id } }`,
        {
          a,
        },
      );
    case 'DELEGATE':
      return as(
        user,
        `mutation($a: ID!, $u: ID!) { delegateAssignment(id: $a, cascade: [{ underUnitId: $u, kind: DEPARTMENT }]) { count } }`,
        { a, u: chengguan },
      );
    case 'REQUEST_EXTENSION':
      return as(
        user,
        `mutation($a: ID!, $d: DateTime!) { requestExtension(assignmentId: $a, reason: "需要更多时间", newDeadline: $d) { id } }`,
        { a, d: new Date(deadline.getTime() + 5 * DAY).toISOString() },
      );
    case 'ESCALATE':
      return as(user, `mutation($a: ID!) { escalateAssignment(assignmentId: $a, reason: "需协调") { id } }`, {
        a,
      });
    case 'URGE':
      return as(user, `mutation($a: ID!) { urgeAssignment(assignmentId: $a) { number } }`, { a });
    case 'DECIDE_EXTENSION':
      return as(user, `mutation($r: ID!) { decideExtension(requestId: $r, approve: true) { id } }`, {
        r: await pendingRequestId(),
      });
    case 'RESOLVE_ESCALATION':
      return as(
        user,
        `mutation($a: ID!) { resolveEscalation(assignmentId: $a, resolution: "已协调") { id } }`,
        { a },
      );
    case 'FORWARD_ESCALATION':
      return as(
        user,
        `mutation($a: ID!) { forwardEscalation(assignmentId: $a, opinion: "建议上级协调") { id } }`,
        { a },
      );
    case 'CANCEL_EXTENSION':
      return as(user, `mutation($r: ID!) { cancelExtension(requestId: $r) { id } }`, {
        r: await pendingRequestId(),
      });
    case 'SET_NOT_APPLICABLE':
      return as(
        user,
        `mutation($a: ID!) { setNotApplicable(assignmentId: $a, notApplicable: true, reason: "不涉及") { id } }`,
        { a },
      );
    case 'DECLINE':
      return as(
        user,
        `mutation($a: ID!) { declineAssignment(assignmentId: $a, reason: "不属于本单位职责") { id } }`,
        { a },
      );
    case 'REASSIGN':
      // 白庙乡 lies below every office that could have assigned it and holds nothing of the item.
      return as(
        user,
        `mutation($a: ID!, $u: ID!) { reassignAssignment(assignmentId: $a, unitId: $u) { id } }`,
        { a, u: baimiao },
      );
    case 'WITHDRAW':
      return as(
        user,
        `mutation($a: ID!) { withdrawAssignment(assignmentId: $a, reason: "调整承办单位") { id } }`,
        { a },
      );
  }
}

async function auditCount(): Promise<number> {
  const [{ n }] = await owner.query(`SELECT count(*)::int AS n FROM audit_event WHERE assignment_id = $1`, [
    assignmentId,
  ]);
  return n;
}

/** Every operation a user is not offered is refused, and leaves no trace. */
async function expectNotOfferedRefused() {
  for (const user of USERS) {
    const allowed = (await offered(user)) ?? [];
    for (const op of ALL_OPS.filter((o) => !allowed.includes(o))) {
      const before = await auditCount();
      const r = await attempt(user, op);
      expect({ user, op, refused: !!r.errors }).toEqual({ user, op, refused: true });
      expect(['FORBIDDEN', 'CONFLICT', 'NOT_FOUND', 'BAD_USER_INPUT']).toContain(
        r.errors![0].extensions.code,
      );
      expect(await auditCount()).toBe(before);
    }
  }
}

async function expectOffered(expected: Partial<Record<User, Op[] | null>>) {
  for (const [user, ops] of Object.entries(expected))
    expect({ user, ops: await offered(user as User) }).toEqual({ user, ops: ops ? [...ops].sort() : null });
}

beforeAll(async () => {
  ({ owner, close } = await testDataSources());
  api = await bootApi();
  for (const u of USERS) token[u] = await api.login(u);
  const [u] = await owner.query(`SELECT id FROM org_unit WHERE code = '411422105'`);
  chengguan = String(u.id);
  const [b] = await owner.query(`SELECT id FROM org_unit WHERE code = '411422206'`);
  baimiao = String(b.id);
  deadline = new Date(Date.now() + 20 * DAY);
  const { createSupervisionItem } = await ok(
    'city_supervisor',
    `mutation($i: CreateSupervisionItemInput!) { createSupervisionItem(input: $i) { id allowedActions } }`,
    { i: { title: '可执行操作核验', source: 'LEADER_INSTRUCTION', content: '核验', deadline } },
  );
  itemId = createSupervisionItem.id;
  // The 节点计划 may change until the result is fed back.
  expect([...createSupervisionItem.allowedActions].sort()).toEqual([
    'ASSIGN',
    'EDIT',
    'SET_MILESTONES',
    'WITHDRAW',
  ]);
  await ok(
    'city_supervisor',
    `mutation($i: ID!, $t: [ID!]) { assignItem(itemId: $i, targets: $t) { count } }`,
    {
      i: itemId,
      t: [chengguan],
    },
  );
  const [a] = await owner.query(`SELECT id FROM assignment WHERE item_id = $1`, [itemId]);
  assignmentId = String(a.id);
});

afterAll(async () => {
  await api?.close();
  await close?.();
});

describe('allowedActions: what the server offers is exactly what it accepts', () => {
  it('offers an item’s actions to its issuing office’s supervisor, and the 批示 to the leader above it', async () => {
    const q = `query($id: ID!) { supervisionItem(id: $id) { status allowedActions } }`;
    expect((await ok('city_supervisor', q, { id: itemId })).supervisionItem).toEqual({
      status: 'IN_PROGRESS',
      allowedActions: ['ASSIGN', 'WITHDRAW', 'EDIT', 'SET_MILESTONES'],
    });
    expect((await ok('city_leader', q, { id: itemId })).supervisionItem.allowedActions).toEqual(['INSTRUCT']);
    expect((await ok('chengguan_liaison', q, { id: itemId })).supervisionItem.allowedActions).toEqual([]);
    // Offered, so accepted; not offered, so refused.
    const instruct = `mutation($i: ID!) { instructItem(itemId: $i, text: "抓紧办理") { kind } }`;
    expect((await ok('city_leader', instruct, { i: itemId })).instructItem.kind).toBe('INSTRUCTION');
    expect((await as('city_supervisor', instruct, { i: itemId })).errors?.[0].extensions.code).toBe(
      'FORBIDDEN',
    );
    const edit = `mutation($i: ID!, $v: Int!) { editSupervisionItem(itemId: $i,
      input: { expectedVersion: $v, requirements: "按月报送" }) { requirements } }`;
    const v = (
      await ok('city_supervisor', `query($id: ID!) { supervisionItem(id: $id) { version } }`, { id: itemId })
    ).supervisionItem.version;
    expect((await as('city_leader', edit, { i: itemId, v })).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await ok('city_supervisor', edit, { i: itemId, v })).editSupervisionItem.requirements).toBe(
      '按月报送',
    );
  });

  it('待签收: the unit may sign for it, return it, ask for more time or escalate; offices above may urge', async () => {
    await expectOffered({
      chengguan_liaison: ['ACCEPT', 'REQUEST_EXTENSION', 'ESCALATE', 'DECLINE'],
      chengguan_head: ['ACCEPT', 'REQUEST_EXTENSION', 'ESCALATE', 'DECLINE'],
      city_supervisor: ['URGE', 'SET_NOT_APPLICABLE', 'WITHDRAW'],
      suixian_supervisor: ['URGE'],
      city_leader: [],
      baimiao_liaison: null,
    });
    await expectNotOfferedRefused();
  });

  it('上报协调 and 延期申请 move the offers to the assigning office and back', async () => {
    expect((await attempt('chengguan_liaison', 'ESCALATE')).errors).toBeUndefined();
    await expectOffered({
      chengguan_liaison: ['ACCEPT', 'REQUEST_EXTENSION'],
      city_supervisor: ['URGE', 'RESOLVE_ESCALATION', 'SET_NOT_APPLICABLE', 'WITHDRAW'],
      suixian_supervisor: ['URGE'],
    });
    expect((await attempt('city_supervisor', 'RESOLVE_ESCALATION')).errors).toBeUndefined();
    expect((await attempt('chengguan_head', 'REQUEST_EXTENSION')).errors).toBeUndefined();
    await expectOffered({
      chengguan_liaison: ['ACCEPT', 'ESCALATE', 'CANCEL_EXTENSION'],
      city_supervisor: ['URGE', 'DECIDE_EXTENSION', 'SET_NOT_APPLICABLE', 'WITHDRAW'],
    });
    await expectNotOfferedRefused();
    expect((await attempt('city_supervisor', 'DECIDE_EXTENSION')).errors).toBeUndefined();
    await expectOffered({ chengguan_liaison: ['ACCEPT', 'REQUEST_EXTENSION', 'ESCALATE', 'DECLINE'] });
  });

  it('办理中: progress, report, split; then only the head is offered the signature', async () => {
    expect((await attempt('chengguan_liaison', 'ACCEPT')).errors).toBeUndefined();
    await expectOffered({
      chengguan_liaison: ['SUBMIT_PROGRESS', 'SUBMIT_REPORT', 'DELEGATE', 'REQUEST_EXTENSION', 'ESCALATE'],
      city_supervisor: ['URGE', 'SET_NOT_APPLICABLE', 'WITHDRAW'],
    });
    await expectNotOfferedRefused();
    expect((await attempt('chengguan_liaison', 'SUBMIT_PROGRESS')).errors).toBeUndefined();
    expect((await attempt('chengguan_liaison', 'SUBMIT_REPORT')).errors).toBeUndefined();
    await expectOffered({
      chengguan_liaison: ['REQUEST_EXTENSION'],
      city_supervisor: ['URGE', 'SET_NOT_APPLICABLE', 'WITHDRAW'],
    });
    await expectNotOfferedRefused();
  });

  it('offers a report’s signature to its unit head and its review to the assigning office', async () => {
    const q = `query($id: ID!) { assignment(id: $id) { reports { id status allowedActions } } }`;
    const reportOf = async (user: User) => (await ok(user, q, { id: assignmentId })).assignment.reports[0];
    expect((await reportOf('chengguan_head')).allowedActions.sort()).toEqual(['REFUSE_SIGNATURE', 'SIGN']);
    expect((await reportOf('chengguan_liaison')).allowedActions).toEqual([]);
    expect((await reportOf('city_supervisor')).allowedActions).toEqual([]);
    expect((await reportOf('city_leader')).allowedActions).toEqual(['INSTRUCT']);
    const { id } = await reportOf('chengguan_head');
    const review = `mutation($r: ID!) { reviewReport(reportId: $r, decision: ACCEPT,
      checklist: { factsAccurate: true, policyCompliant: true, problemSolved: true, formatCorrect: true }) { id } }`;
    // Not offered, so refused: a review before the signature, and a signature by the liaison.
    expect((await as('city_supervisor', review, { r: id })).errors?.[0].extensions.code).toBe('CONFLICT');
    const sign = `mutation($r: ID!) { signReport(reportId: $r) { id status } }`;
    expect((await as('chengguan_liaison', sign, { r: id })).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await ok('chengguan_head', sign, { r: id })).signReport.status).toBe('UNDER_REVIEW');
    expect((await reportOf('city_supervisor')).allowedActions).toEqual(['REVIEW']);
    expect((await reportOf('suixian_supervisor')).allowedActions).toEqual([]);
    expect((await reportOf('chengguan_head')).allowedActions).toEqual([]);
    expect((await as('suixian_supervisor', review, { r: id })).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await ok('city_supervisor', review, { r: id })).reviewReport.id).toBe(id);
  });

  it('已办结: the unit is offered nothing more; the item waits for its feedback', async () => {
    await expectOffered({ chengguan_liaison: [], chengguan_head: [], suixian_supervisor: [] });
    await expectNotOfferedRefused();
    const { supervisionItem } = await ok(
      'city_supervisor',
      `query($id: ID!) { supervisionItem(id: $id) { status allowedActions } }`,
      { id: itemId },
    );
    expect(supervisionItem.status).toBe('AWAITING_FEEDBACK');
    expect([...supervisionItem.allowedActions].sort()).toEqual(['ASSIGN', 'EDIT', 'FEED_BACK', 'WITHDRAW']);
  });

  it('已办结 item: the office is offered the 复查, the leader the 批示 and the 阅示', async () => {
    const q = `query($id: ID!) { supervisionItem(id: $id) { status allowedActions } }`;
    await ok('city_supervisor', `mutation($i: ID!) { feedBackItem(itemId: $i, feedback: "已办结") { id } }`, {
      i: itemId,
    });
    expect((await ok('city_supervisor', q, { id: itemId })).supervisionItem).toEqual({
      status: 'CONCLUDED',
      allowedActions: ['RECHECK', 'ARCHIVE'],
    });
    // 编辑 is no longer offered, so refused.
    const edit = `mutation($i: ID!) { editSupervisionItem(itemId: $i, input: { expectedVersion: 0, title: "改" }) { id } }`;
    expect((await as('city_supervisor', edit, { i: itemId })).errors?.[0].extensions.code).toBe('CONFLICT');
    expect((await ok('city_leader', q, { id: itemId })).supervisionItem.allowedActions).toEqual([
      'INSTRUCT',
      'READ_FEEDBACK',
    ]);
    const read = `mutation($i: ID!) { readFeedback(itemId: $i, kind: AGREE) { kind } }`;
    expect((await as('city_supervisor', read, { i: itemId })).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await ok('city_leader', read, { i: itemId })).readFeedback.kind).toBe('AGREE');
    // 归档: offered to the office, so accepted; then nothing of the office's is offered any more.
    const archive = `mutation($i: ID!) { archiveSupervisionItem(itemId: $i) { status allowedActions } }`;
    expect((await as('city_leader', archive, { i: itemId })).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await ok('city_supervisor', archive, { i: itemId })).archiveSupervisionItem).toEqual({
      status: 'ARCHIVED',
      allowedActions: [],
    });
  });
});
