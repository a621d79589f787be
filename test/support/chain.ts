import type { DataSource } from 'typeorm';
import type { DomainEventJob } from '@duban/contracts';
import { rollupDifferences, type NotificationDelivery } from '@duban/domain';
import type { GqlResult, TestApi } from './api';

export type Vars = Record<string, unknown>;
/** A GraphQL request as a logged-in user: the raw result, errors included. */
export type AsUser<U extends string> = <T = any>(
  user: U,
  query: string,
  variables?: Vars,
  lang?: string,
) => Promise<GqlResult<T>>;
/** A GraphQL request as a logged-in user that fails the test on any error and returns the data. */
export type OkAsUser<U extends string> = <T = any>(
  user: U,
  query: string,
  variables?: Vars,
  lang?: string,
) => Promise<T>;

/**
 * `as` and `ok` for a spec's users. `api` is a getter because the API boots in `beforeAll`;
 * `tokens` is filled there too (username → token).
 */
export function usersOf<U extends string>(
  api: () => TestApi,
  tokens: Partial<Record<U, string>>,
): { as: AsUser<U>; ok: OkAsUser<U> } {
  const as: AsUser<U> = (user, query, variables = {}, lang) =>
    api().gql(query, variables, { token: tokens[user], lang });
  const ok: OkAsUser<U> = async (user, query, variables = {}, lang) => {
    const r = await as(user, query, variables, lang);
    if (r.errors) throw new Error(`${user}: ${JSON.stringify(r.errors)}`);
    return r.data!;
  };
  return { as, ok };
}

/** The invariant of the design: every item's incremental roll-up counters equal a recount. */
export async function expectRollupMatchesRecount(owner: DataSource, ...itemIds: string[]) {
  for (const itemId of itemIds)
    expect(await rollupDifferences((sql, p) => owner.query(sql, p), itemId)).toEqual([]);
}

/** No assignment of the item has a deadline later than its parent's or the item's. */
export async function expectNoDeadlineBeyondParent(
  owner: DataSource,
  itemId: string,
  { exceptWithdrawn = false } = {},
) {
  const late = await owner.query(
    `SELECT a.id FROM assignment a JOIN supervision_item i ON i.id = a.item_id
       LEFT JOIN assignment p ON p.id = a.parent_id
      WHERE a.item_id = $1 ${exceptWithdrawn ? `AND a.status <> 'WITHDRAWN' ` : ''}AND (a.deadline > i.deadline OR a.deadline > p.deadline)`,
    [itemId],
  );
  expect(late).toEqual([]);
}

/** The id of the item's assignment to a unit. */
export async function assignmentIdOf(owner: DataSource, itemId: string, unitId: string): Promise<string> {
  const [row] = await owner.query(`SELECT id FROM assignment WHERE item_id = $1 AND unit_id = $2`, [
    itemId,
    unitId,
  ]);
  return String(row.id);
}

/** Delivers an assignment's outbox events of a topic as the worker would (idempotent); returns their ids. */
export async function deliverEvents(
  owner: DataSource,
  delivery: NotificationDelivery,
  topic: string,
  assignmentId: string,
): Promise<string[]> {
  const rows = await owner.query(
    `SELECT id, tenant_id, payload FROM outbox WHERE topic = $1 AND payload->>'assignmentId' = $2 ORDER BY id`,
    [topic, assignmentId],
  );
  for (const r of rows) {
    const job: DomainEventJob = { outboxId: String(r.id), tenantId: String(r.tenant_id), event: r.payload };
    await delivery.deliver(job);
  }
  return rows.map((r: { id: string }) => String(r.id));
}

/** Who was told of an outbox event, by username, with the Chinese title each read. */
export async function toldOf(owner: DataSource, eventId: string): Promise<Record<string, string>> {
  const rows = await owner.query(
    `SELECT u.username, n.title_zh FROM notification n JOIN app_user u ON u.id = n.user_id WHERE n.event_id = $1`,
    [eventId],
  );
  return Object.fromEntries(
    rows.map((r: { username: string; title_zh: string }) => [r.username, r.title_zh]),
  );
}

type ChainUser = 'city_supervisor' | 'suixian_supervisor' | 'chengguan_liaison';
export const SUIXIAN = '411422';
export const CHENGGUAN = '411422105';

/**
 * The city assigns an item to 睢县 (due in 20 days); 睢县 accepts and splits it to `townships`
 * (org codes, due in 10 days); 城关镇 accepts its share.
 */
export async function cityToSuixianToTownships(
  owner: DataSource,
  ok: OkAsUser<ChainUser>,
  { title, townships, at }: { title: string; townships: string[]; at: (days: number) => string },
): Promise<{
  itemId: string;
  county: string;
  unitOf: (code: string) => string;
  shareOf: (code: string) => string;
}> {
  const units = await owner.query(`SELECT code, id FROM org_unit WHERE code = ANY($1::text[])`, [
    [SUIXIAN, ...townships],
  ]);
  const unitOf = (code: string) => String(units.find((u: { code: string }) => u.code === code).id);
  const { createSupervisionItem } = await ok(
    'city_supervisor',
    `mutation($i: CreateSupervisionItemInput!) { createSupervisionItem(input: $i) { id } }`,
    { i: { title, source: 'LEADER_INSTRUCTION', content: '核验', deadline: at(20) } },
  );
  const itemId: string = createSupervisionItem.id;
  await ok(
    'city_supervisor',
    `mutation($i: ID!, $t: [ID!]) { assignItem(itemId: $i, targets: $t) { count } }`,
    {
      i: itemId,
      t: [unitOf(SUIXIAN)],
    },
  );
  const [{ id: county }] = await owner.query(`SELECT id::text FROM assignment WHERE item_id = $1`, [itemId]);
  await ok('suixian_supervisor', `mutation($a: ID!) { acceptAssignment(id: $a) { id } }`, { a: county });
  await ok(
    'suixian_supervisor',
    `mutation($a: ID!, $t: [ShareInput!], $d: DateTime) { delegateAssignment(id: $a, targets: $t, deadline: $d) { count } }`,
    { a: county, t: townships.map((code) => ({ unitId: unitOf(code) })), d: at(10) },
  );
  const shares = await owner.query(`SELECT id::text, unit_id::text FROM assignment WHERE parent_id = $1`, [
    county,
  ]);
  const shareOf = (code: string) => shares.find((s: { unit_id: string }) => s.unit_id === unitOf(code)).id;
  await ok('chengguan_liaison', `mutation($a: ID!) { acceptAssignment(id: $a) { id } }`, {
    a: shareOf(CHENGGUAN),
  });
  return { itemId, county, unitOf, shareOf };
}
