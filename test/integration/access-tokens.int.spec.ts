/**
 * 访问令牌 (issue 11, item 6): a leader's outside tool reads with a personal access token instead of a
 * password. On a database of this suite's own (fingerprints): the city's leader makes a token over
 * 睢县; with it `Authorization: Bearer dbpat_…` reads 睢县's subtree only, runs no mutation and
 * uploads no file; revoked, expired, unknown tokens and those of a deactivated user are refused, each
 * saying why. Every refused creation or revocation changes nothing; a second tenant's token reads none
 * of the first tenant's data and cannot revoke its tokens.
 */
import { createHash } from 'node:crypto';
import { importRegion } from '@duban/domain';
import {
  bootPrivateRun,
  changedTables,
  codeOf,
  ensureUser,
  fingerprinter,
  type GqlResult,
  type PrivateRun,
  scopeOf,
  usersOf,
} from '@duban/testing';

const USERS = [
  'admin',
  'city_leader',
  'city_supervisor',
  'suixian_leader',
  'suixian_supervisor',
  'suixian_admin',
  'chengguan_liaison',
  'pat_leader',
  'xinyang_admin',
  'xinyang_leader',
] as const;
type User = (typeof USERS)[number];

const DAY = 86_400_000;
const CREATE = `mutation($n: String!, $u: ID, $e: DateTime) {
  createAccessToken(input: { name: $n, unitId: $u, expiresAt: $e }) {
    token accessToken { id name displayPrefix readOnly expiresAt status allowedActions orgUnit { id name } } } }`;
const REVOKE = `mutation($id: ID!) { revokeAccessToken(id: $id) { id status revokedAt allowedActions } }`;
const MINE = `{ myAccessTokens { id name displayPrefix status lastUsedAt allowedActions } }`;
const USERS_QUERY = `{ users(first: 100) { totalCount edges { node { username orgUnit { id } } } } }`;

let run: PrivateRun;
const token: Partial<Record<User, string>> = {};
const { as, ok } = usersOf<User>(() => run.api, token);
const unit: Record<string, string> = {};
let fingerprint: () => Promise<Record<string, string>>;

/** A GraphQL request with a personal access token. */
const withToken = (secret: string, query: string, variables = {}, lang?: string): Promise<GqlResult> =>
  run.api.gql(query, variables, { token: secret, lang });

async function create(user: User, name: string, unitId?: string, expiresAt?: string) {
  const r = await ok(user, CREATE, { n: name, u: unitId, e: expiresAt });
  return r.createAccessToken as { token: string; accessToken: { id: string; [k: string]: unknown } };
}

/** Everything in the database, last use of tokens aside (a read may stamp it). */
async function everything() {
  const all = await fingerprint();
  const [tokens] = await run.owner.query(
    `SELECT coalesce(sum(hashtext((t.id, t.name, t.revoked_at, t.revoked_by, t.expires_at)::text)::bigint), 0)::text AS f,
            count(*)::int AS n FROM personal_access_token t`,
  );
  delete all.personal_access_token;
  return { ...all, tokens: JSON.stringify(tokens) };
}

/** Refused with `code` (and `field`, if given), nothing written. */
async function expectRefused(send: () => Promise<GqlResult>, code: string, field?: string): Promise<string> {
  const before = await everything();
  const r = await send();
  expect(codeOf(r)).toBe(code);
  if (field) expect(r.errors![0].extensions.field).toBe(field);
  expect(r.errors![0].message).toBeTruthy();
  expect(changedTables(before, await everything())).toEqual([]);
  return r.errors![0].message;
}

beforeAll(async () => {
  run = await bootPrivateRun('pat');
  await ensureUser(run.owner, 'suixian_admin', '411422', ['ADMIN']);
  await ensureUser(run.owner, 'pat_leader', '411422', ['LEADER']);
  await importRegion({ query: (sql, p) => run.owner.query(sql, p) }, '4115');
  await ensureUser(run.owner, 'xinyang_admin', '4115', ['ADMIN']);
  await ensureUser(run.owner, 'xinyang_leader', '4115', ['LEADER']);
  for (const u of USERS) token[u] = await run.api.login(u);
  for (const code of ['4114', '411422', '411421', '411422105', '4115'])
    unit[code] = (await scopeOf(run.owner, code)).id;
  fingerprint = await fingerprinter(run.owner);
});

afterAll(() => run?.close());

describe('creating a token', () => {
  it('answers the secret once; only its hash and first characters are stored; audited', async () => {
    const { token: secret, accessToken } = await create('city_leader', '周报工具', unit['411422']);
    expect(secret).toMatch(/^dbpat_[A-Za-z0-9_-]{43}$/);
    expect(accessToken).toMatchObject({
      name: '周报工具',
      displayPrefix: secret.slice(0, 10),
      readOnly: true,
      status: 'ACTIVE',
      allowedActions: ['REVOKE'],
      orgUnit: { id: unit['411422'] },
    });
    // 90 days by default.
    const expires = new Date(String(accessToken.expiresAt)).getTime();
    expect(Math.abs(expires - Date.now() - 90 * DAY)).toBeLessThan(DAY);
    const [row] = await run.owner.query(
      `SELECT to_jsonb(t)::text AS everything, token_hash FROM personal_access_token t WHERE id = $1`,
      [accessToken.id],
    );
    expect(row.token_hash).toBe(createHash('sha256').update(secret).digest('hex'));
    expect(row.everything).not.toContain(secret.slice(10));
    const events = await run.owner.query(
      `SELECT action, after::text AS after FROM audit_event WHERE chain_key = $1`,
      [`access_token:${accessToken.id}`],
    );
    expect(events.map((e: { action: string }) => e.action)).toEqual(['access_token.created']);
    expect(events[0].after).not.toContain(secret.slice(10));
    // Listed without the secret; the list type has no field that could carry it.
    const { myAccessTokens } = await ok('city_leader', MINE);
    expect(myAccessTokens[0]).toMatchObject({ id: accessToken.id, name: '周报工具', status: 'ACTIVE' });
    expect(JSON.stringify(myAccessTokens)).not.toContain(secret.slice(10));
  });

  it('defaults to the user’s own unit and accepts an expiry up to 365 days ahead', async () => {
    const { accessToken } = await create(
      'suixian_leader',
      '县长看板',
      undefined,
      new Date(Date.now() + 364 * DAY).toISOString(),
    );
    expect(accessToken.orgUnit).toEqual(expect.objectContaining({ id: unit['411422'] }));
  });

  it('refuses a unit outside the user’s subtree (above, beside, another tenant, none)', async () => {
    for (const u of [unit['4114'], unit['411421'], unit['4115'], '999999999'])
      await expectRefused(() => as('suixian_leader', CREATE, { n: 'x', u }), 'BAD_USER_INPUT', 'unitId');
  });

  it('refuses an empty or too long name, an expiry in the past or beyond 365 days', async () => {
    const msg = await expectRefused(() => as('city_leader', CREATE, { n: '   ' }), 'BAD_USER_INPUT', 'name');
    expect(msg).toMatch(/令牌名称须为1–64个字符/);
    await expectRefused(() => as('city_leader', CREATE, { n: '令'.repeat(65) }), 'BAD_USER_INPUT');
    const past = await expectRefused(
      () => as('city_leader', CREATE, { n: 'x', e: new Date(Date.now() - DAY).toISOString() }, 'en'),
      'BAD_USER_INPUT',
      'expiresAt',
    );
    expect(past).toBe('The expiry must be in the future');
    await expectRefused(
      () => as('city_leader', CREATE, { n: 'x', e: new Date(Date.now() + 366 * DAY).toISOString() }),
      'BAD_USER_INPUT',
      'expiresAt',
    );
  });

  it('refuses a 21st live token (CONFLICT); revoked ones do not count', async () => {
    const made: string[] = [];
    for (let i = 0; i < 20; i++) made.push((await create('chengguan_liaison', `t${i}`)).accessToken.id);
    await expectRefused(() => as('chengguan_liaison', CREATE, { n: 'one too many' }), 'CONFLICT');
    await ok('chengguan_liaison', REVOKE, { id: made[0] });
    await create('chengguan_liaison', 'again');
  });
});

describe('using a token', () => {
  let secret: string;
  let id: string;

  beforeAll(async () => {
    ({
      token: secret,
      accessToken: { id },
    } = await create('city_leader', '睢县进度', unit['411422']));
  });

  it('reads only the token’s subtree, though the user sees the whole city', async () => {
    const own = (await ok('city_leader', USERS_QUERY)).users;
    const r = await withToken(secret, USERS_QUERY);
    expect(r.errors).toBeUndefined();
    const names = r.data!.users.edges.map((e: { node: { username: string } }) => e.node.username);
    expect(names).toEqual(expect.arrayContaining(['suixian_leader', 'chengguan_liaison']));
    expect(names).not.toContain('city_supervisor');
    expect(r.data!.users.totalCount).toBeLessThan(own.totalCount);
    const paths = await run.owner.query(
      `SELECT DISTINCT unit_path <@ (SELECT path FROM org_unit WHERE code = '411422') AS inside
         FROM app_user WHERE username = ANY($1)`,
      [names],
    );
    expect(paths).toEqual([{ inside: true }]);
    // 民权县 beside 睢县 is out of the token's reach, though not of the user's.
    const minquan = `{ orgUnit(id: "${unit['411421']}") { id } }`;
    expect((await ok('city_leader', minquan)).orgUnit).not.toBeNull();
    expect((await withToken(secret, minquan)).data).toEqual({ orgUnit: null });
  });

  it('stamps its last use', async () => {
    await withToken(secret, USERS_QUERY);
    const [row] = await run.owner.query(`SELECT last_used_at FROM personal_access_token WHERE id = $1`, [id]);
    expect(row.last_used_at).not.toBeNull();
  });

  it('runs no mutation: FORBIDDEN, read-only, nothing changed', async () => {
    const zh = await expectRefused(() => withToken(secret, REVOKE, { id }), 'FORBIDDEN');
    expect(zh).toBe('访问令牌为只读，不能执行修改操作');
    const en = await expectRefused(() => withToken(secret, CREATE, { n: 'more' }, 'en'), 'FORBIDDEN');
    expect(en).toBe('Access tokens are read-only: they cannot run mutations');
    await expectRefused(
      () =>
        withToken(
          secret,
          `mutation($id: ID!, $a: Boolean) { updateUser(id: $id, input: { active: $a }) { id } }`,
          {
            id: '1',
            a: false,
          },
        ),
      'FORBIDDEN',
    );
    expect((await withToken(secret, USERS_QUERY)).errors).toBeUndefined();
    // Nor does it offer one.
    const listed = await withToken(secret, MINE);
    expect(listed.data!.myAccessTokens).toEqual(
      expect.arrayContaining([expect.objectContaining({ id, allowedActions: [] })]),
    );
  });

  it('uploads no file: 403 FORBIDDEN', async () => {
    const before = await everything();
    const res = await run.api.app.inject({
      method: 'POST',
      url: '/files',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'multipart/form-data; boundary=x' },
      payload: '--x--\r\n',
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('FORBIDDEN');
    expect(changedTables(before, await everything())).toEqual([]);
  });

  it('is refused once revoked, expired, unknown or its user deactivated, each saying so', async () => {
    const refused = async (s: string) => {
      const r = await withToken(s, USERS_QUERY);
      expect(codeOf(r)).toBe('UNAUTHENTICATED');
      expect(r.data).toBeNull();
      return r.errors![0].message;
    };
    expect(await refused(secret.slice(0, -1) + (secret.endsWith('A') ? 'B' : 'A'))).toBe('访问令牌无效');
    expect(await refused('dbpat_short')).toBe('访问令牌无效');

    const expiring = await create('city_leader', '将过期');
    await run.owner.query(
      `UPDATE personal_access_token SET expires_at = now() - interval '1 second' WHERE id = $1`,
      [expiring.accessToken.id],
    );
    expect(await refused(expiring.token)).toBe('访问令牌已过期');
    expect((await ok('city_leader', MINE)).myAccessTokens).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: expiring.accessToken.id, status: 'EXPIRED' })]),
    );

    const leaving = await create('pat_leader', '停用前');
    expect((await withToken(leaving.token, USERS_QUERY)).errors).toBeUndefined();
    const [{ id: patId }] = await run.owner.query(
      `SELECT id::text AS id FROM app_user WHERE username = 'pat_leader'`,
    );
    await ok('suixian_admin', `mutation($id: ID!) { updateUser(id: $id, input: { active: false }) { id } }`, {
      id: patId,
    });
    expect(await refused(leaving.token)).toBe('访问令牌所属用户已停用或已不在该单位范围内');

    const revoked = (await ok('city_leader', REVOKE, { id })).revokeAccessToken;
    expect(revoked).toMatchObject({ id, status: 'REVOKED', allowedActions: [] });
    expect(await refused(secret)).toBe('访问令牌已撤销');
    const events = await run.owner.query(`SELECT action FROM audit_event WHERE chain_key = $1 ORDER BY id`, [
      `access_token:${id}`,
    ]);
    expect(events.map((e: { action: string }) => e.action)).toEqual([
      'access_token.created',
      'access_token.revoked',
    ]);
    // Revoking again changes nothing.
    const before = await everything();
    expect((await ok('city_leader', REVOKE, { id })).revokeAccessToken.status).toBe('REVOKED');
    expect(changedTables(before, await everything())).toEqual([]);
  });
});

describe('revoking someone else’s token', () => {
  let cityToken: { token: string; accessToken: { id: string } };

  beforeAll(async () => {
    cityToken = await create('city_leader', '他人令牌', unit['411422']);
  });

  it('is refused to users who see it but are not its owner nor an administrator over the owner', async () => {
    // 睢县's supervisor and administrator see the token (its unit is theirs) but not its owner.
    for (const u of ['suixian_supervisor', 'suixian_admin'] as const)
      await expectRefused(() => as(u, REVOKE, { id: cityToken.accessToken.id }), 'FORBIDDEN');
    // 城关镇 does not even see it.
    await expectRefused(() => as('chengguan_liaison', REVOKE, { id: cityToken.accessToken.id }), 'NOT_FOUND');
    // A superior without ADMIN may not revoke a subordinate's token either.
    const leaders = await create('suixian_leader', '县长的');
    await expectRefused(() => as('city_supervisor', REVOKE, { id: leaders.accessToken.id }), 'FORBIDDEN');
    expect((await withToken(cityToken.token, USERS_QUERY)).errors).toBeUndefined();
  });

  it('is allowed to an administrator over the owner, who lists the user’s tokens', async () => {
    const { accessToken } = await create('suixian_leader', '管理员撤销');
    const [{ id: leaderId }] = await run.owner.query(
      `SELECT id::text AS id FROM app_user WHERE username = 'suixian_leader'`,
    );
    const listed = (
      await ok('suixian_admin', `query($u: ID!) { userAccessTokens(userId: $u) { id allowedActions } }`, {
        u: leaderId,
      })
    ).userAccessTokens;
    expect(listed).toEqual(expect.arrayContaining([{ id: accessToken.id, allowedActions: ['REVOKE'] }]));
    expect((await ok('admin', REVOKE, { id: accessToken.id })).revokeAccessToken.status).toBe('REVOKED');
    // Not an administrator, or the user outside the subtree: refused.
    expect(
      codeOf(
        await as('suixian_leader', `query($u: ID!) { userAccessTokens(userId: $u) { id } }`, { u: leaderId }),
      ),
    ).toBe('FORBIDDEN');
    const [{ id: cityLeaderId }] = await run.owner.query(
      `SELECT id::text AS id FROM app_user WHERE username = 'city_leader'`,
    );
    expect(
      codeOf(
        await as('suixian_admin', `query($u: ID!) { userAccessTokens(userId: $u) { id } }`, {
          u: cityLeaderId,
        }),
      ),
    ).toBe('NOT_FOUND');
  });
});

describe('across tenants', () => {
  it('a second tenant’s token reads none of the first tenant’s data', async () => {
    const { token: secret } = await create('xinyang_leader', '信阳工具');
    const r = await withToken(secret, USERS_QUERY);
    expect(r.errors).toBeUndefined();
    const names = r.data!.users.edges.map((e: { node: { username: string } }) => e.node.username);
    expect(names).toEqual(expect.arrayContaining(['xinyang_leader']));
    expect(names.filter((n: string) => !n.startsWith('xinyang_'))).toEqual([]);
    expect((await withToken(secret, `{ orgUnit(id: "${unit['411422']}") { id } }`)).data).toEqual({
      orgUnit: null,
    });
    const [{ id: cityLeaderId }] = await run.owner.query(
      `SELECT id::text AS id FROM app_user WHERE username = 'city_leader'`,
    );
    expect((await withToken(secret, `{ user(id: "${cityLeaderId}") { id } }`)).data).toEqual({ user: null });
  });

  it('cannot revoke or list a first-tenant token: NOT_FOUND as for one that does not exist', async () => {
    const { token: secret, accessToken } = await create('city_leader', '跨租户', unit['411422']);
    for (const u of ['xinyang_admin', 'xinyang_leader'] as const) {
      const msg = await expectRefused(() => as(u, REVOKE, { id: accessToken.id }), 'NOT_FOUND');
      expect(msg).toContain(accessToken.id);
    }
    const [{ id: cityLeaderId }] = await run.owner.query(
      `SELECT id::text AS id FROM app_user WHERE username = 'city_leader'`,
    );
    expect(
      codeOf(
        await as('xinyang_admin', `query($u: ID!) { userAccessTokens(userId: $u) { id } }`, {
          u: cityLeaderId,
        }),
      ),
    ).toBe('NOT_FOUND');
    expect((await ok('xinyang_leader', MINE)).myAccessTokens.map((t: { id: string }) => t.id)).not.toContain(
      accessToken.id,
    );
    expect((await withToken(secret, USERS_QUERY)).errors).toBeUndefined();
  });
});
