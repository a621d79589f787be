/* One set of items in every state a role's main flow shows, arranged through the API (睢县 → 白庙乡). */
import { gqlAs, unitId } from './api';

const CHECKLIST = { factsAccurate: true, policyCompliant: true, problemSolved: true, formatCorrect: true };

export interface FlowItems {
  /** Handed down to 白庙乡, not yet signed for. */
  assigned: string;
  /** Signed for by 白庙乡, in progress: the liaison can report on it. */
  inProgress: string;
  /** Reported, waiting for 白庙乡's head to sign. */
  toSign: string;
  /** Signed, waiting for 睢县's review. */
  toReview: string;
  /** Registered by 睢县, not yet assigned: the assign dialog opens on it. */
  unassigned: string;
  titles: Record<'assigned' | 'inProgress' | 'toSign' | 'toReview' | 'unassigned', string>;
}

async function create(title: string): Promise<string> {
  const { createSupervisionItem } = await gqlAs<{ createSupervisionItem: { id: string } }>(
    'suixian_supervisor',
    `mutation($i: CreateSupervisionItemInput!) { createSupervisionItem(input: $i) { id } }`,
    { i: { title, source: 'ANNUAL_TARGET', content: `${title}，按期办结。`, deadlineTier: 'NORMAL' } },
  );
  return createSupervisionItem.id;
}

async function handDown(title: string, township: string): Promise<{ item: string; a: string }> {
  const item = await create(title);
  await gqlAs(
    'suixian_supervisor',
    `mutation($i: ID!, $t: [ID!]) { assignItem(itemId: $i, targets: $t) { count } }`,
    {
      i: item,
      t: [township],
    },
  );
  const { supervisionItem } = await gqlAs<{ supervisionItem: { myAssignments: { id: string }[] } }>(
    'baimiao_liaison',
    `query($id: ID!) { supervisionItem(id: $id) { myAssignments { id } } }`,
    { id: item },
  );
  return { item, a: supervisionItem.myAssignments[0].id };
}

const accept = (a: string) =>
  gqlAs('baimiao_liaison', `mutation($a: ID!) { acceptAssignment(id: $a) { id } }`, { a });

async function report(a: string): Promise<string> {
  const { submitReport } = await gqlAs<{ submitReport: { id: string } }>(
    'baimiao_liaison',
    `mutation($a: ID!, $c: String!) { submitReport(assignmentId: $a, input: { content: $c }) { id } }`,
    { a, c: '已完成摸底排查，整改到位，群众满意。' },
  );
  return submitReport.id;
}

/** Creates the items; `tag` keeps titles apart between spec files and runs. */
export async function arrangeFlows(tag: string): Promise<FlowItems> {
  const township = await unitId('suixian_supervisor', '白庙乡', 'TOWNSHIP');
  const titles = {
    assigned: `农村饮水安全巩固提升工程 ${tag}`,
    inProgress: `乡村道路安全隐患排查整治 ${tag}`,
    toSign: `集镇环境卫生长效管理 ${tag}`,
    toReview: `高标准农田建设项目推进 ${tag}`,
    unassigned: `秸秆综合利用 ${tag}`,
  };
  const assigned = await handDown(titles.assigned, township);
  const inProgress = await handDown(titles.inProgress, township);
  await accept(inProgress.a);
  const toSign = await handDown(titles.toSign, township);
  await accept(toSign.a);
  await report(toSign.a);
  const toReview = await handDown(titles.toReview, township);
  await accept(toReview.a);
  const r = await report(toReview.a);
  await gqlAs('baimiao_head', `mutation($r: ID!) { signReport(reportId: $r) { id } }`, { r });
  return {
    assigned: assigned.item,
    inProgress: inProgress.item,
    toSign: toSign.item,
    toReview: toReview.item,
    unassigned: await create(titles.unassigned),
    titles,
  };
}

export { CHECKLIST };
