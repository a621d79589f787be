/**
 * Tries to break tenant isolation: raw SQL as the app role, foreign ids, filters and searches by a
 * township liaison, and a second tenant (信阳市) asking for 商丘市 data. Every attempt must come back empty.
 */
import { DataSource } from 'typeorm';
import { importRegion } from '@duban/domain';
import { bootApi, codeOf, scopeOf, session, testDataSources, TestApi } from '@duban/testing';

let app: DataSource;
let owner: DataSource;
let close: () => Promise<void>;
let api: TestApi;
let ids: Record<string, string>;

beforeAll(async () => {
  ({ app, owner, close } = await testDataSources());
  // A second, unrelated tenant with its own user.
  await importRegion({ query: (sql, p) => owner.query(sql, p) }, '4115');
  const xinyang = await scopeOf(owner, '4115');
  await owner.query(
    `INSERT INTO app_user (tenant_id, org_unit_id, unit_path, username, display_name, password_hash, roles)
     SELECT $1, $2, $3::ltree, 'xinyang_supervisor', '信阳市督查员', password_hash, '{SUPERVISOR}'
       FROM app_user WHERE username = 'city_supervisor' ON CONFLICT (username) DO NOTHING`,
    [xinyang.tenantId, xinyang.id, xinyang.path],
  );
  const rows = await owner.query(
    `SELECT code, id FROM org_unit WHERE code IN ('4114','411422','411422105','411422206','4115')`,
  );
  ids = Object.fromEntries(rows.map((r: { code: string; id: string }) => [r.code, r.id]));
  api = await bootApi();
});

afterAll(async () => {
  await api.close();
  await close();
});

describe('row-level security as the app role', () => {
  it('returns no rows at all when no scope is set (fails closed)', async () => {
    const [{ n }] = await owner.query(`SELECT count(*)::int AS n FROM org_unit`);
    expect(n).toBeGreaterThan(3000);
    for (const table of ['org_unit', 'app_user']) {
      expect(await app.query(`SELECT * FROM ${table}`)).toEqual([]);
      expect(
        await session(app, null)
          .query(`SELECT * FROM ${table}`)
          .finally(() => undefined),
      ).toEqual([]);
    }
  });

  it('treats an emptied scope as no scope, not as "everything"', async () => {
    const s = session(app, { tenantId: '', path: '' });
    try {
      expect(await s.query(`SELECT id FROM org_unit`)).toEqual([]);
    } finally {
      await s.finish();
    }
  });

  it('connects as a role that is neither owner nor superuser nor BYPASSRLS', async () => {
    const [r] = await app.query(
      `SELECT rolsuper, rolbypassrls, current_user = (SELECT tableowner FROM pg_tables WHERE tablename = 'org_unit') AS owns
         FROM pg_roles WHERE rolname = current_user`,
    );
    expect(r).toEqual({ rolsuper: false, rolbypassrls: false, owns: false });
  });

  it('shows a township its own subtree and its ancestors, never a sibling', async () => {
    const chengguan = await scopeOf(owner, '411422105');
    const s = session(app, chengguan);
    try {
      const rows = await s.query<{ code: string }>(`SELECT code FROM org_unit`);
      const codes = rows.map((r) => r.code);
      expect(codes).toEqual(expect.arrayContaining(['4114', '411422', '411422105']));
      expect(codes).not.toContain('411422206');
      expect(codes.every((c) => ['4114', '411422'].includes(c) || c.startsWith('411422105'))).toBe(true);
      // Writing outside the subtree is refused by the policy's WITH CHECK.
      const [{ updated }] = await s.query<{ updated: number }>(
        `WITH u AS (UPDATE org_unit SET name = name || 'x' WHERE code = '411422206' RETURNING id)
         SELECT count(*)::int AS updated FROM u`,
      );
      expect(updated).toBe(0);
    } finally {
      await s.finish(false);
    }
  });

  it('keeps index scans under RLS (the subtree predicate lives inside the policy)', async () => {
    await owner.query('ANALYZE org_unit; ANALYZE app_user');
    const chengguan = await scopeOf(owner, '411422105');
    const s = session(app, chengguan);
    try {
      const plan = (await s.query<{ 'QUERY PLAN': string }>(`EXPLAIN SELECT id, name FROM org_unit`))
        .map((r) => r['QUERY PLAN'])
        .join('\n');
      expect(plan).toMatch(/org_unit_path_gist/);
      expect(plan).not.toMatch(/Seq Scan/);
      // A dozen demo users fit in one page, where a seq scan is cheapest; forbid it to prove the
      // policy's subtree predicate can still drive the GiST index.
      await s.query(`SET LOCAL enable_seqscan = off`);
      const users = (await s.query<{ 'QUERY PLAN': string }>(`EXPLAIN SELECT id FROM app_user`))
        .map((r) => r['QUERY PLAN'])
        .join('\n');
      expect(users).toMatch(/app_user_path_gist/);
    } finally {
      await s.finish();
    }
  });
});

describe('GraphQL: a township liaison probing a sibling township', () => {
  let token: string;
  beforeAll(async () => {
    token = await api.login('chengguan_liaison');
  });

  it('gets null for a sibling township by id, and for its users by id', async () => {
    const [baimiaoUser] = await owner.query(`SELECT id FROM app_user WHERE username = 'baimiao_liaison'`);
    const r = await api.gql(
      `query($o: ID!, $u: ID!) { orgUnit(id: $o) { id } user(id: $u) { id } }`,
      { o: ids['411422206'], u: baimiaoUser.id },
      { token },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ orgUnit: null, user: null });
  });

  it('finds nothing of the sibling by filter or by search', async () => {
    const r = await api.gql(
      `query($county: ID!) {
        byParent: orgUnits(parentId: $county) { totalCount edges { node { name } } }
        bySearch: orgUnits(search: "白庙") { totalCount }
        users(search: "baimiao") { totalCount }
        county: orgUnit(id: $county) { name children { name } }
      }`,
      { county: ids['411422'] },
      { token },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.byParent.edges.map((e: any) => e.node.name)).toEqual(['城关镇']);
    expect(r.data!.bySearch.totalCount).toBe(0);
    expect(r.data!.users.totalCount).toBe(0);
    expect(r.data!.county.name).toBe('睢县');
    expect(r.data!.county.children.map((c: any) => c.name)).toEqual(['城关镇']);
  });

  it('sees its own unit with ancestors as breadcrumbs, and its own departments', async () => {
    const r = await api.gql(
      `{ me { username roles orgUnit { name ancestors { name } children { kind } } } }`,
      {},
      { token },
    );
    expect(r.data!.me.orgUnit.name).toBe('城关镇');
    expect(r.data!.me.orgUnit.ancestors.map((a: any) => a.name)).toEqual(['商丘市', '睢县']);
    expect(r.data!.me.orgUnit.children.length).toBeGreaterThan(0);
    expect(r.data!.me.orgUnit.children.every((c: any) => c.kind === 'DEPARTMENT')).toBe(true);
  });
});

describe('GraphQL: another tenant', () => {
  it('cannot see 商丘市 units or users by id, filter or search', async () => {
    const token = await api.login('xinyang_supervisor');
    const [cityUser] = await owner.query(`SELECT id FROM app_user WHERE username = 'city_supervisor'`);
    const r = await api.gql(
      `query($o: ID!, $u: ID!) { orgUnit(id: $o) { id } user(id: $u) { id }
         orgUnits(search: "睢县") { totalCount } children: orgUnits(parentId: $o) { totalCount } users(search: "city") { totalCount } }`,
      { o: ids['4114'], u: cityUser.id },
      { token },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({
      orgUnit: null,
      user: null,
      orgUnits: { totalCount: 0 },
      children: { totalCount: 0 },
      users: { totalCount: 0 },
    });
    const own = await api.gql(`{ me { orgUnit { name children { kind } } } }`, {}, { token });
    expect(own.data!.me.orgUnit.name).toBe('信阳市');
    expect(own.data!.me.orgUnit.children.length).toBeGreaterThan(10);
  });
});

describe('authentication', () => {
  it('denies by default without a token, with a bad token, and for a deactivated user', async () => {
    expect(codeOf(await api.gql(`{ me { id } }`))).toBe('UNAUTHENTICATED');
    expect(codeOf(await api.gql(`{ me { id } }`, {}, { token: 'not-a-jwt' }))).toBe('UNAUTHENTICATED');
    const token = await api.login('baimiao_head');
    await owner.query(`UPDATE app_user SET active = false WHERE username = 'baimiao_head'`);
    try {
      const r = await api.gql(`{ me { id } }`, {}, { token });
      expect(codeOf(r)).toBe('UNAUTHENTICATED');
      expect(r.errors![0].message).toBe('登录已失效，请重新登录');
    } finally {
      await owner.query(`UPDATE app_user SET active = true WHERE username = 'baimiao_head'`);
    }
  });

  it('answers a wrong password in the caller’s language and reveals nothing else', async () => {
    const zh = await api.gql(`mutation { login(username: "city_supervisor", password: "wrong") { token } }`);
    const en = await api.gql(
      `mutation { login(username: "nobody", password: "wrong") { token } }`,
      {},
      { lang: 'en-US,en;q=0.9' },
    );
    expect(zh.errors![0]).toMatchObject({
      message: '用户名或密码错误',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(en.errors![0]).toMatchObject({
      message: 'Wrong username or password',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(JSON.stringify(en)).not.toMatch(/stacktrace|i18n/);
  });

  it('logs in and returns the user with unit and roles', async () => {
    const r = await api.gql(
      `mutation { login(username: "suixian_supervisor", password: "Duban@2026") { token user { username roles orgUnit { name } } } }`,
    );
    expect(r.data!.login.user).toEqual({
      username: 'suixian_supervisor',
      roles: ['SUPERVISOR'],
      orgUnit: { name: '睢县' },
    });
    expect(r.data!.login.token.split('.')).toHaveLength(3);
  });

  it('refuses a role-restricted operation with FORBIDDEN', async () => {
    const token = await api.login('chengguan_liaison');
    const r = await api.gql(`mutation { startOrgImport { id } }`, {}, { token });
    expect(codeOf(r)).toBe('FORBIDDEN');
    // The message names the role as the offices do, not by its code.
    expect(r.errors![0].message).toBe('此操作需要以下角色之一：系统管理员');
  });
});

describe('pagination', () => {
  it('walks pages without overlap and rejects a forged cursor', async () => {
    const token = await api.login('city_supervisor');
    const q = `query($after: String) { orgUnits(kind: TOWNSHIP, first: 50, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`;
    const seen = new Set<string>();
    let after: string | null = null;
    let pages = 0;
    do {
      const r: any = await api.gql(q, { after }, { token });
      for (const e of r.data.orgUnits.edges) seen.add(e.node.id);
      after = r.data.orgUnits.pageInfo.hasNextPage ? r.data.orgUnits.pageInfo.endCursor : null;
      expect(r.data.orgUnits.totalCount).toBe(199);
      pages++;
    } while (after);
    expect(seen.size).toBe(199);
    expect(pages).toBe(4);
    expect(codeOf(await api.gql(q, { after: 'Zm9yZ2Vk' }, { token }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await api.gql(`{ orgUnits(first: 5000) { totalCount } }`, {}, { token }))).toBe(
      'BAD_USER_INPUT',
    );
  });
});
