/*
 * One county's supervision work as the scale-out suites replay it against any set of API processes
 * (requests spread round-robin), and the figures it leaves behind, to compare a run across replicas or
 * through a cluster with a run on one process.
 */
import type { Pool } from 'pg';
import { rollupDifferences } from '@duban/domain';
import type { ApiProcess } from './app-processes';

/** Users of the script: the 睢县 office and two of its townships. */
export const SCRIPT_USERS = [
  'suixian_supervisor',
  'chengguan_liaison',
  'baimiao_liaison',
  'chengguan_head',
] as const;
export type ScriptUser = (typeof SCRIPT_USERS)[number];

const TOWNSHIPS = ['411422105', '411422206'];

/** Tokens of the script's users (a token of one API process is good on every other). */
export async function scriptTokens(api: ApiProcess): Promise<Record<ScriptUser, string>> {
  const entries = await Promise.all(SCRIPT_USERS.map(async (u) => [u, await api.login(u)] as const));
  return Object.fromEntries(entries) as Record<ScriptUser, string>;
}

/**
 * An item of the county assigned to two townships, signed for, urged twice, with progress; each
 * request goes to the next API in turn. Returns the item's id.
 */
export async function supervisionScript(
  owner: Pool,
  apis: ApiProcess[],
  tokens: Record<ScriptUser, string>,
  mark: string,
): Promise<string> {
  let turn = 0;
  const ok = async (user: ScriptUser, query: string, variables: object) => {
    const r = await apis[turn++ % apis.length].gql(query, variables, tokens[user]);
    if (r.errors) throw new Error(`${user}: ${JSON.stringify(r.errors)}`);
    return r.data!;
  };
  const { rows: units } = await owner.query(
    `SELECT id::text AS id FROM org_unit WHERE code = ANY($1) ORDER BY code`,
    [TOWNSHIPS],
  );
  const { createSupervisionItem } = await ok(
    'suixian_supervisor',
    `mutation($i: CreateSupervisionItemInput!) { createSupervisionItem(input: $i) { id } }`,
    {
      i: {
        title: `扩容验证 ${mark}`,
        source: 'LEADER_INSTRUCTION',
        content: mark,
        deadline: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      },
    },
  );
  const itemId: string = createSupervisionItem.id;
  await ok(
    'suixian_supervisor',
    `mutation($i: ID!, $t: [ID!]) { assignItem(itemId: $i, targets: $t) { count } }`,
    {
      i: itemId,
      t: units.map((u) => u.id),
    },
  );
  const { rows } = await owner.query(
    `SELECT a.id::text AS id FROM assignment a JOIN org_unit u ON u.id = a.unit_id
      WHERE a.item_id = $1 ORDER BY u.code`,
    [itemId],
  );
  const [chengguan, baimiao] = rows.map((r) => r.id as string);
  await ok('chengguan_liaison', `mutation($a: ID!) { acceptAssignment(id: $a) { id } }`, { a: chengguan });
  await ok('baimiao_liaison', `mutation($a: ID!) { acceptAssignment(id: $a) { id } }`, { a: baimiao });
  for (const a of [chengguan, baimiao])
    await ok(
      'suixian_supervisor',
      `mutation($a: ID!, $t: String) { urgeAssignment(assignmentId: $a, text: $t) { number } }`,
      { a, t: `催办 ${mark}` },
    );
  await ok(
    'chengguan_liaison',
    `mutation($a: ID!, $t: String!) { submitProgress(assignmentId: $a, input: { percent: 50, text: $t }) { id } }`,
    { a: chengguan, t: `进展 ${mark}` },
  );
  return itemId;
}

/** What the script left: notifications per topic and user, assignment states, roll-up vs recount. */
export async function scriptOutcome(owner: Pool, itemId: string) {
  const { rows: notifications } = await owner.query(
    `SELECT n.topic, u.username, count(*)::int AS n FROM notification n JOIN app_user u ON u.id = n.user_id
      WHERE n.item_id = $1 GROUP BY 1, 2 ORDER BY 1, 2`,
    [itemId],
  );
  const { rows: assignments } = await owner.query(
    `SELECT u.code, a.status, a.progress_percent AS progress FROM assignment a JOIN org_unit u ON u.id = a.unit_id
      WHERE a.item_id = $1 ORDER BY u.code`,
    [itemId],
  );
  const rollupOff = await rollupDifferences(
    async (sql, p) => (await owner.query(sql, p as unknown[])).rows,
    itemId,
  );
  return { notifications, assignments, rollupOff };
}

/** Due outbox events not yet confirmed by a consumer, of any item (quiet hours hold some back). */
export async function undelivered(owner: Pool): Promise<number> {
  const { rows } = await owner.query(
    `SELECT count(*)::int AS n FROM outbox WHERE delivered_at IS NULL AND due_at <= now()`,
  );
  return rows[0].n;
}
