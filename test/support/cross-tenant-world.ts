import { importRegion } from '@duban/domain';
import { CHENGGUAN, cityToSuixianToTownships, usersOf } from './chain';
import { ensureUser } from './db';
import type { PrivateRun } from './private-run';
import { countyStory, type CountyCast } from './story';

/** B's records get ids from here on (every sequence is moved past it before they are made). */
export const B_OFFSET = 10n ** 12n;
/** Every text county B and the second tenant write carries one of these. */
export const B_MARKS = /B-SECRET|T2-SECRET/;

/** Record kinds by GraphQL type, with their table and the path column their visibility follows. */
export const RECORD_KINDS: Record<string, [table: string, path: string]> = {
  SupervisionItem: ['supervision_item', 'issuer_path'],
  Assignment: ['assignment', 'unit_path'],
  Report: ['report', 'unit_path'],
  OrgUnit: ['org_unit', 'path'],
  User: ['app_user', 'unit_path'],
  Notification: ['notification', 'unit_path'],
  Bulletin: ['bulletin', 'issuer_path'],
  ExtensionRequest: ['extension_request', 'unit_path'],
  Escalation: ['escalation', 'unit_path'],
  UrgeNotice: ['urge_notice', 'unit_path'],
  ProgressUpdate: ['progress_update', 'unit_path'],
  SigningDelegation: ['signing_delegation', 'unit_path'],
  AuditEvent: ['audit_event', 'unit_path'],
  AccessToken: ['personal_access_token', 'unit_path'],
  ItemTemplate: ['item_template', 'unit_path'],
};

export interface CrossTenantWorld {
  /** County A's users in every role, and the city supervisor (who sees B: the positive control). */
  aRoles: string[];
  tokens: Record<string, string>;
  ownUnit: Record<string, string>;
  /** Ids by kind: A's own (below the offset); B's (one of county B, one of the second tenant). */
  aIds: Record<string, string[]>;
  bIds: Record<string, string[]>;
  /** County B's and the second tenant's org units (B's county tree was seeded before the offset). */
  bUnits: Set<string>;
}

/**
 * County A (睢县) and the city work first; then every sequence moves past B_OFFSET and county B (民权县,
 * same tenant, given a share of the city's item) and a second tenant (信阳市, imported) do the same work.
 */
export async function crossTenantWorld(run: PrivateRun): Promise<CrossTenantWorld> {
  const { api, owner } = run;
  const tokens: Record<string, string> = {};
  const { ok } = usersOf<string>(() => api, tokens);
  const login = async (u: string) => (tokens[u] ??= await api.login(u));
  const unitOf = async (code: string): Promise<string> =>
    (await owner.query(`SELECT id::text AS id FROM org_unit WHERE code = $1`, [code]))[0].id;
  const firstTownship = async (county: string): Promise<string> =>
    (
      await owner.query(
        `SELECT t.code FROM org_unit t JOIN org_unit c ON t.parent_id = c.id
          WHERE c.code = $1 AND t.kind = 'TOWNSHIP' ORDER BY t.code LIMIT 1`,
        [county],
      )
    )[0].code;
  const cast = async (
    supervisor: string,
    liaison: string,
    townHead: string,
    town: string,
  ): Promise<CountyCast> => ({
    supervisor,
    liaison,
    townHead,
    townshipId: await unitOf(town),
  });
  const at = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
  // A 访问令牌 of each side's supervisor, over their own unit, named with the side's mark.
  const accessToken = (user: string, mark: string) =>
    ok(user, `mutation($n: String!) { createAccessToken(input: { name: $n }) { token } }`, {
      n: `${mark} 令牌`,
    });

  await ensureUser(owner, 'suixian_admin', '411422', ['ADMIN']);
  const aRoles = [
    'suixian_supervisor',
    'suixian_leader',
    'suixian_admin',
    'chengguan_liaison',
    'chengguan_head',
  ];
  for (const u of [...aRoles, 'city_supervisor']) await login(u);
  const { itemId: cityItem } = await cityToSuixianToTownships(owner, ok, {
    title: '跨县探测',
    townships: [CHENGGUAN],
    at,
  });
  await countyStory(
    owner,
    ok,
    await cast('suixian_supervisor', 'chengguan_liaison', 'chengguan_head', CHENGGUAN),
    'A-DATA',
  );
  await accessToken('suixian_supervisor', 'A-DATA');
  await run.deliverOutbox();

  await owner.query(
    `SELECT setval(c.oid::regclass, ${B_OFFSET}) FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_sequence s ON s.seqrelid = c.oid
      WHERE n.nspname = 'public' AND s.seqmax > ${B_OFFSET}`,
  );
  const bTown = await firstTownship('411421');
  await ensureUser(owner, 'minquan_supervisor', '411421', ['SUPERVISOR']);
  await ensureUser(owner, 'minquan_liaison', bTown, ['LIAISON']);
  await ensureUser(owner, 'minquan_head', bTown, ['HEAD']);
  for (const u of ['minquan_supervisor', 'minquan_liaison', 'minquan_head']) await login(u);
  await ok(
    'city_supervisor',
    `mutation($i: ID!, $t: [ID!]) { assignItem(itemId: $i, targets: $t) { count } }`,
    {
      i: cityItem,
      t: [await unitOf('411421')],
    },
  );
  const [{ id: bShare }] = await owner.query(
    `SELECT a.id::text AS id FROM assignment a JOIN org_unit u ON u.id = a.unit_id WHERE a.item_id = $1 AND u.code = '411421'`,
    [cityItem],
  );
  await ok('minquan_supervisor', `mutation($a: ID!) { acceptAssignment(id: $a) { id } }`, { a: bShare });
  await countyStory(
    owner,
    ok,
    await cast('minquan_supervisor', 'minquan_liaison', 'minquan_head', bTown),
    'B-SECRET',
  );
  await accessToken('minquan_supervisor', 'B-SECRET');

  await importRegion({ query: (sql, p) => owner.query(sql, p) }, '4115');
  const tTown = await firstTownship('411502');
  await ensureUser(owner, 'xinyang_county_supervisor', '411502', ['SUPERVISOR']);
  await ensureUser(owner, 'xinyang_liaison', tTown, ['LIAISON']);
  await ensureUser(owner, 'xinyang_head', tTown, ['HEAD']);
  for (const u of ['xinyang_county_supervisor', 'xinyang_liaison', 'xinyang_head']) await login(u);
  await countyStory(
    owner,
    ok,
    await cast('xinyang_county_supervisor', 'xinyang_liaison', 'xinyang_head', tTown),
    'T2-SECRET',
  );
  await accessToken('xinyang_county_supervisor', 'T2-SECRET');
  await run.deliverOutbox();

  const ownUnit: Record<string, string> = {};
  for (const u of aRoles) ownUnit[u] = (await ok(u, `{ me { orgUnit { id } } }`)).me.orgUnit.id;
  const path = async (code: string) =>
    (
      await owner.query(`SELECT path::text AS p, tenant_id::text AS t FROM org_unit WHERE code = $1`, [code])
    )[0];
  const [a, b, t2] = [await path('411422'), await path('411421'), await path('4115')];
  const aIds: Record<string, string[]> = {};
  const bIds: Record<string, string[]> = {};
  for (const [kind, [table, col]] of Object.entries(RECORD_KINDS)) {
    const ids = async (p: string, order: string, where = '') =>
      (
        await owner.query(
          `SELECT id::text AS id FROM ${table} WHERE ${col} <@ $1::ltree ${where} ORDER BY id ${order} LIMIT 3`,
          [p],
        )
      ).map((r: { id: string }) => r.id);
    aIds[kind] = await ids(a.p, 'ASC', `AND id < ${B_OFFSET}`);
    bIds[kind] = [...(await ids(b.p, 'DESC')).slice(0, 1), ...(await ids(t2.p, 'DESC')).slice(0, 1)];
  }
  // The units that hold work: county B itself (a share of the city's item) and the second tenant's county.
  bIds.OrgUnit = [await unitOf('411421'), await unitOf('411502')];
  const bUnits = new Set<string>(
    (
      await owner.query(`SELECT id::text AS id FROM org_unit WHERE path <@ $1::ltree OR tenant_id = $2`, [
        b.p,
        t2.t,
      ])
    ).map((r: { id: string }) => r.id),
  );
  return { aRoles, tokens, ownUnit, aIds, bIds, bUnits };
}
