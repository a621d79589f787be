import type { DataSource } from 'typeorm';
import { chinaToday } from '@duban/rules';
import type { OkAsUser } from './chain';

/** Who acts for one county in a story: its office and one of its townships. */
export interface CountyCast {
  supervisor: string;
  /** A liaison and the head of the township. */
  liaison: string;
  townHead: string;
  townshipId: string;
}

/** The records a county story leaves behind, by kind. */
export interface CountyRecords {
  items: string[];
  assignments: string[];
  reports: string[];
  extensionRequests: string[];
  delegations: string[];
  bulletins: string[];
  itemTemplates: string[];
}

const DAY = 86_400_000;
const at = (days: number) => new Date(Date.now() + days * DAY).toISOString();

/**
 * One county's office at work with one of its townships, through GraphQL, so that every kind of
 * record exists: two items of its own assigned to the township (signed for, progress, a report signed
 * by the township head; an extension request, an escalation and an urge on the other), a 委托签字 and
 * a 督查通报 naming the township, and a monthly 月报 template for it. `mark` goes into every text, so a leak of it is easy to spot.
 */
export async function countyStory(
  owner: DataSource,
  ok: OkAsUser<string>,
  cast: CountyCast,
  mark: string,
): Promise<CountyRecords> {
  const { supervisor, liaison, townHead, townshipId } = cast;
  const records: CountyRecords = {
    items: [],
    assignments: [],
    reports: [],
    extensionRequests: [],
    delegations: [],
    bulletins: [],
    itemTemplates: [],
  };
  const newItem = async (title: string) => {
    const { createSupervisionItem } = await ok(
      supervisor,
      `mutation($i: CreateSupervisionItemInput!) { createSupervisionItem(input: $i) { id } }`,
      { i: { title: `${title} ${mark}`, source: 'LEADER_INSTRUCTION', content: mark, deadline: at(30) } },
    );
    const itemId: string = createSupervisionItem.id;
    await ok(supervisor, `mutation($i: ID!, $t: [ID!]) { assignItem(itemId: $i, targets: $t) { count } }`, {
      i: itemId,
      t: [townshipId],
    });
    const [{ id }] = await owner.query(`SELECT id::text AS id FROM assignment WHERE item_id = $1`, [itemId]);
    await ok(liaison, `mutation($a: ID!) { acceptAssignment(id: $a) { id } }`, { a: id });
    records.items.push(itemId);
    records.assignments.push(id);
    return { itemId, assignmentId: id as string };
  };

  const first = await newItem('县级事项');
  const a = first.assignmentId;
  await ok(
    liaison,
    `mutation($a: ID!, $t: String!) { submitProgress(assignmentId: $a, input: { percent: 40, text: $t }) { id } }`,
    {
      a,
      t: `进展 ${mark}`,
    },
  );
  const { submitReport } = await ok(
    liaison,
    `mutation($a: ID!, $c: String!) { submitReport(assignmentId: $a, input: { content: $c }) { id } }`,
    { a, c: `报告 ${mark}` },
  );
  records.reports.push(submitReport.id);
  await ok(townHead, `mutation($r: ID!) { signReport(reportId: $r) { id } }`, { r: submitReport.id });

  const second = await newItem('县级事项二');
  const b = second.assignmentId;
  const { requestExtension } = await ok(
    liaison,
    `mutation($a: ID!, $d: DateTime!, $r: String!) { requestExtension(assignmentId: $a, newDeadline: $d, reason: $r) { id } }`,
    { a: b, d: at(40), r: `延期 ${mark}` },
  );
  records.extensionRequests.push(requestExtension.id);
  await ok(
    liaison,
    `mutation($a: ID!, $r: String!) { escalateAssignment(assignmentId: $a, reason: $r) { id } }`,
    {
      a: b,
      r: `协调 ${mark}`,
    },
  );
  await ok(
    supervisor,
    `mutation($a: ID!, $t: String) { urgeAssignment(assignmentId: $a, text: $t) { number } }`,
    {
      a: b,
      t: `催办 ${mark}`,
    },
  );

  const [{ id: delegate }] = await owner.query(`SELECT id::text AS id FROM app_user WHERE username = $1`, [
    liaison,
  ]);
  const today = chinaToday(new Date());
  const until = chinaToday(new Date(Date.now() + 3 * DAY));
  const { delegateSigning } = await ok(
    townHead,
    `mutation($d: ID!, $f: String!, $t: String!, $r: String) { delegateSigning(delegateId: $d, validFrom: $f, validTo: $t, reason: $r) { id } }`,
    { d: delegate, f: today, t: until, r: `委托 ${mark}` },
  );
  records.delegations.push(delegateSigning.id);

  const { issueBulletin } = await ok(
    supervisor,
    `mutation($i: IssueBulletinInput!) { issueBulletin(input: $i) { id } }`,
    {
      i: {
        kind: 'PRAISE',
        level: 'OFFICE',
        targetUnitIds: [townshipId],
        title: `通报 ${mark}`,
        body: mark,
        itemId: first.itemId,
      },
    },
  );
  records.bulletins.push(issueBulletin.id);
  const { createItemTemplate } = await ok(
    supervisor,
    `mutation($i: ItemTemplateInput!) { createItemTemplate(input: $i) { id } }`,
    {
      i: {
        name: `月报 ${mark}`,
        registration: {
          title: `{year}年{month}月月报 ${mark}`,
          source: 'SPECIAL_INSPECTION',
          content: mark,
          leadUnitId: townshipId,
        },
        recurrence: { frequency: 'MONTHLY', dayOfMonth: 5, dueWorkingDays: 5, startOn: at(1).slice(0, 10) },
      },
    },
  );
  records.itemTemplates.push(createItemTemplate.id);
  return records;
}
