/* Arranging a browser test through the running API: what the test is not about is set up in a few requests. */
import { Client } from 'pg';
import { DEMO_PASSWORD } from '@duban/domain';

const tokens = new Map<string, string>();

/** Runs a GraphQL operation as a demo user against the suite's API; any error fails the test. */
export async function gqlAs<T = Record<string, any>>(
  username: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const token = tokens.get(username) ?? (await signIn(username));
  return post<T>(query, variables, token);
}

async function signIn(username: string): Promise<string> {
  const data = await post<{ login: { token: string } }>(
    `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`,
    { u: username, p: DEMO_PASSWORD },
  );
  tokens.set(username, data.login.token);
  return data.login.token;
}

async function post<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const res = await fetch(`${process.env.E2E_API_URL}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'accept-language': 'zh-CN',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T | null; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(JSON.stringify(body.errors ?? body));
  return body.data;
}

/** The id of the unit of this kind with exactly this name (under `parentId` when given), as the user sees it. */
export async function unitId(
  username: string,
  name: string,
  kind: string,
  parentId?: string,
): Promise<string> {
  const data = await gqlAs<{ orgUnits: { edges: { node: { id: string; name: string } }[] } }>(
    username,
    `query($s: String!, $k: OrgKind, $p: ID) {
      orgUnits(search: $s, kind: $k, parentId: $p, first: 20) { edges { node { id name } } }
    }`,
    { s: name, k: kind, p: parentId ?? null },
  );
  const hit = data.orgUnits.edges.find((e) => e.node.name === name);
  if (!hit) throw new Error(`no ${kind} named ${name} visible to ${username}`);
  return hit.node.id;
}

/**
 * Moves an item's assignments back in time as the database owner (the app role cannot): as if they had been
 * handed down `days` ago, so the 签收时限 has passed for those still unsigned. Only `except` keeps its date.
 */
export async function handedDownDaysAgo(
  itemId: string,
  days: number,
  except: string[] = [],
): Promise<number> {
  const client = new Client({ connectionString: process.env.DATABASE_ADMIN_URL });
  await client.connect();
  try {
    const r = await client.query(
      `UPDATE assignment SET created_at = created_at - make_interval(days => $2)
        WHERE item_id = $1 AND NOT (unit_id = ANY ($3::bigint[]))`,
      [itemId, days, except],
    );
    return r.rowCount ?? 0;
  } finally {
    await client.end();
  }
}

/** 立项 by the city supervisor (一般, 15 days); `extra` adds to the input, e.g. a quantified target. */
export async function createItem(title: string, extra: Record<string, unknown> = {}): Promise<string> {
  const data = await gqlAs<{ createSupervisionItem: { id: string } }>(
    'city_supervisor',
    `mutation($input: CreateSupervisionItemInput!) { createSupervisionItem(input: $input) { id } }`,
    {
      input: {
        title,
        source: 'LEADER_INSTRUCTION',
        content: `${title}，按期办结。`,
        deadlineTier: 'NORMAL',
        ...extra,
      },
    },
  );
  return data.createSupervisionItem.id;
}

/** The one assignment a unit holds on an item, as that unit's user reads it. */
export async function myAssignment(
  username: string,
  itemId: string,
): Promise<{ id: string; deadline: string }> {
  const data = await gqlAs<{ supervisionItem: { myAssignments: { id: string; deadline: string }[] } }>(
    username,
    `query($id: ID!) { supervisionItem(id: $id) { myAssignments { id deadline } } }`,
    { id: itemId },
  );
  return data.supervisionItem.myAssignments[0];
}

/** Through the API: the city gives 城关镇 the item, 城关镇 reports and signs, the city accepts and feeds back. */
export async function concludedItem(title: string): Promise<string> {
  const itemId = await createItem(title);
  const suixian = await unitId('city_supervisor', '睢县', 'COUNTY');
  const chengguan = await unitId('city_supervisor', '城关镇', 'TOWNSHIP', suixian);
  await gqlAs(
    'city_supervisor',
    `mutation($i: ID!, $t: [ID!]) { assignItem(itemId: $i, targets: $t) { count } }`,
    {
      i: itemId,
      t: [chengguan],
    },
  );
  const { id } = await myAssignment('chengguan_liaison', itemId);
  await gqlAs('chengguan_liaison', `mutation($a: ID!) { acceptAssignment(id: $a) { id } }`, { a: id });
  const { submitReport } = await gqlAs(
    'chengguan_liaison',
    `mutation($a: ID!) { submitReport(assignmentId: $a, input: { content: "已完成" }) { id } }`,
    { a: id },
  );
  await gqlAs('chengguan_head', `mutation($r: ID!) { signReport(reportId: $r) { id } }`, {
    r: submitReport.id,
  });
  await gqlAs(
    'city_supervisor',
    `mutation($r: ID!) { reviewReport(reportId: $r, decision: ACCEPT,
      checklist: { factsAccurate: true, policyCompliant: true, problemSolved: true, formatCorrect: true }) { id } }`,
    { r: submitReport.id },
  );
  await gqlAs(
    'city_supervisor',
    `mutation($i: ID!) { feedBackItem(itemId: $i, feedback: "已全部整改") { id } }`,
    {
      i: itemId,
    },
  );
  return itemId;
}
