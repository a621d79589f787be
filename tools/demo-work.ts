/*
 * Demo work for `npm start`: a few supervision items in every state a clerk meets, driven through the
 * API as the demo users (so every rule, audit entry, roll-up and notification is the real one).
 * Skipped when the demo tenant already has items, so restarts keep what a user did.
 *
 * Afterwards the cockpit, the ledger and the scoreboard have something to show: a cross-level item in
 * progress, a report returned for rework (退回率), closed items, and one reopened by a leader's
 * further instruction (复查复议率).
 */

/** Sends one GraphQL operation as a demo user; throws on any error. */
export type Send = <T = unknown>(
  user: string,
  query: string,
  variables?: Record<string, unknown>,
) => Promise<T>;

interface Node {
  id: string;
}
type Edges<T> = { edges: { node: T }[] };
type Created = { createSupervisionItem: Node };

const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();
let gql: Send;

const CREATE = `mutation($i: CreateSupervisionItemInput!) { createSupervisionItem(input: $i) { id } }`;
const ASSIGN = `mutation($i: ID!, $s: [ShareInput!], $t: [ID!], $l: ID) {
  assignItem(itemId: $i, shares: $s, targets: $t, leadUnitId: $l) { count } }`;
const ACCEPT = `mutation($a: ID!) { acceptAssignment(id: $a) { id } }`;
const DELEGATE = `mutation($a: ID!, $t: [ShareInput!], $d: DateTime) { delegateAssignment(id: $a, targets: $t, deadline: $d) { count } }`;
const PROGRESS = `mutation($a: ID!, $p: Float!, $t: String!, $x: Float) {
  submitProgress(assignmentId: $a, input: { percent: $p, text: $t, achieved: $x }) { id } }`;
const REPORT = `mutation($a: ID!, $c: String!, $x: Float) { submitReport(assignmentId: $a, input: { content: $c, achieved: $x }) { id } }`;
const SIGN = `mutation($r: ID!) { signReport(reportId: $r) { id } }`;
const REVIEW = `mutation($r: ID!, $d: ReviewDecision!, $c: String) { reviewReport(reportId: $r, decision: $d, comment: $c,
  checklist: { factsAccurate: true, policyCompliant: true, problemSolved: true, formatCorrect: true }) { id } }`;
const FEEDBACK = `mutation($i: ID!, $f: String!) { feedBackItem(itemId: $i, feedback: $f) { status } }`;
const INSTRUCT = `mutation($i: ID!, $t: String!) { instructItem(itemId: $i, text: $t) { id } }`;
const READ = `mutation($i: ID!, $k: InstructionKind!, $t: String, $d: DateTime) {
  readFeedback(itemId: $i, kind: $k, text: $t, deadline: $d) { id } }`;

/** The demo tenant's unit ids by administrative code or name. */
async function units(): Promise<Record<string, string>> {
  // By name, told apart by administrative code where a name repeats (every county has a 城关镇).
  const find = async (name: string, code?: string) => {
    const { orgUnits } = await gql<{ orgUnits: Edges<Node & { code: string; name: string }> }>(
      'admin',
      `query($s: String) { orgUnits(search: $s, first: 50) { edges { node { id code name } } } }`,
      {
        s: name,
      },
    );
    const hit = orgUnits.edges.map((e) => e.node).find((u) => u.name === name && (!code || u.code === code));
    if (!hit) throw new Error(`demo unit ${name} ${code ?? ''} not found`);
    return hit.id;
  };
  return {
    suixian: await find('睢县', '411422'),
    chengguan: await find('城关镇', '411422105'),
    baimiao: await find('白庙乡', '411422206'),
    caizheng: await find('睢县财政局'),
  };
}

/** The assignment of `unitId` on an item, as its office sees the item's chain. */
async function assignmentOf(
  user: string,
  itemId: string,
  unitId: string,
  parentId?: string,
): Promise<string> {
  const { supervisionItem } = await gql<{
    supervisionItem: { assignments: Edges<Node & { unitId: string }> };
  }>(
    user,
    `query($i: ID!, $p: ID) { supervisionItem(id: $i) { assignments(first: 200, parentId: $p) { edges { node { id unitId } } } } }`,
    { i: itemId, p: parentId ?? null },
  );
  const hit = supervisionItem.assignments.edges.find((e) => e.node.unitId === unitId);
  if (!hit) throw new Error(`no assignment for unit ${unitId} on item ${itemId}`);
  return hit.node.id;
}

/** An item of 睢县's office for one township, carried through report, signature and acceptance. */
async function countyItem(u: Record<string, string>, title: string, content: string, days: number) {
  const { createSupervisionItem } = await gql<Created>('suixian_supervisor', CREATE, {
    i: { title, source: 'LEADER_INSTRUCTION', content, deadline: inDays(days) },
  });
  const id: string = createSupervisionItem.id;
  await gql('suixian_supervisor', ASSIGN, { i: id, t: [u.chengguan] });
  const share = await assignmentOf('suixian_supervisor', id, u.chengguan);
  await gql('chengguan_liaison', ACCEPT, { a: share });
  return { id, share };
}

async function reportAndSign(share: string, content: string): Promise<string> {
  const { submitReport } = await gql<{ submitReport: Node }>('chengguan_liaison', REPORT, {
    a: share,
    c: content,
  });
  await gql('chengguan_head', SIGN, { r: submitReport.id });
  return submitReport.id;
}

/** Seeds the demo work unless the tenant has items; returns a line saying what it did. */
export async function seedDemoWork(send: Send): Promise<string> {
  gql = send;
  const { supervisionItems } = await gql<{ supervisionItems: { totalCount: number } }>(
    'city_supervisor',
    `{ supervisionItems(first: 0) { totalCount } }`,
  );
  if (supervisionItems.totalCount > 0) {
    return `demo work already present (${supervisionItems.totalCount} items): left as it is`;
  }
  const u = await units();

  // A city item across levels: 睢县 leads with 80 of 100, its finance bureau co-handles 20; 睢县
  // splits its share between two townships, which report progress.
  const { createSupervisionItem: city } = await gql<Created>('city_supervisor', CREATE, {
    i: {
      title: '背街小巷整治',
      source: 'COMMITTEE_DECISION',
      content: '年底前完成背街小巷整治100处，做到路平、灯亮、墙净。',
      deadline: inDays(40),
      target: 100,
      targetUnit: '处',
      rollupPolicy: 'WEIGHTED',
      isKey: true,
    },
  });
  await gql('city_leader', INSTRUCT, { i: city.id, t: '各县区要压实责任，按期完成' });
  await gql('city_supervisor', ASSIGN, {
    i: city.id,
    l: u.suixian,
    s: [
      { unitId: u.suixian, target: 80 },
      { unitId: u.caizheng, target: 20 },
    ],
  });
  const county = await assignmentOf('suixian_supervisor', city.id, u.suixian);
  await gql('suixian_supervisor', ACCEPT, { a: county });
  await gql('suixian_supervisor', DELEGATE, {
    a: county,
    d: inDays(30),
    t: [
      { unitId: u.chengguan, target: 50 },
      { unitId: u.baimiao, target: 30 },
    ],
  });
  const chengguan = await assignmentOf('suixian_supervisor', city.id, u.chengguan, county);
  const baimiao = await assignmentOf('suixian_supervisor', city.id, u.baimiao, county);
  await gql('chengguan_liaison', ACCEPT, { a: chengguan });
  await gql('chengguan_liaison', PROGRESS, { a: chengguan, p: 40, x: 20, t: '已完成20处，其余正在施工。' });
  await gql('baimiao_liaison', ACCEPT, { a: baimiao });
  await gql('baimiao_liaison', PROGRESS, { a: baimiao, p: 10, x: 3, t: '已完成摸底，3处完工。' });

  // A report sent back for rework (退回率), then redone and accepted.
  const returned = await countyItem(u, '农村人居环境整治', '清理村内积存垃圾和残垣断壁。', 20);
  const first = await reportAndSign(returned.share, '已清理大部分村庄。');
  await gql('suixian_supervisor', REVIEW, { r: first, d: 'RETURN', c: '请附清理前后照片和村庄清单' });
  await gql('suixian_supervisor', REVIEW, {
    r: await reportAndSign(returned.share, '全镇28个村已全部清理，附村庄清单。'),
    d: 'ACCEPT',
  });
  await gql('suixian_supervisor', FEEDBACK, { i: returned.id, f: '全镇28个村已全部清理到位' });

  // Closed items; the leader reads one and sends it back by a further instruction (复查复议率).
  for (const [title, content] of [
    ['校园周边交通秩序整治', '上下学时段安排专人疏导交通。'],
    ['冬季供暖保障', '确保城区集中供暖按时运行。'],
  ]) {
    const done = await countyItem(u, title, content, 15);
    await gql('suixian_supervisor', REVIEW, {
      r: await reportAndSign(done.share, `${title}已完成。`),
      d: 'ACCEPT',
    });
    await gql('suixian_supervisor', FEEDBACK, { i: done.id, f: `${title}已办结` });
  }
  const reopened = await countyItem(u, '老旧小区改造', '年内完成城关镇3个老旧小区改造。', 25);
  await gql('suixian_leader', INSTRUCT, { i: reopened.id, t: '务必在入冬前完成' });
  await gql('suixian_supervisor', REVIEW, {
    r: await reportAndSign(reopened.share, '3个小区主体改造完成。'),
    d: 'ACCEPT',
  });
  await gql('suixian_supervisor', FEEDBACK, { i: reopened.id, f: '3个小区主体改造完成' });
  await gql('suixian_leader', READ, {
    i: reopened.id,
    k: 'FURTHER_INSTRUCTION',
    t: '群众反映管网未更新，请复查后重新办理',
    d: inDays(20),
  });
  return 'demo work: 5 items (1 cross-level in progress; 1 returned, redone and closed; 2 closed; 1 closed and reopened)';
}
