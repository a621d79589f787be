/**
 * 用户与组织管理: ADMINs manage accounts and departments inside their own subtree only; every change
 * is audited, bad input changes nothing, and a deactivated account stops working at once.
 */
import { DataSource } from 'typeorm';
import { importRegion } from '@duban/domain';
import { bootApi, codeOf, testDataSources, TestApi } from '@duban/testing';

let api: TestApi;
let owner: DataSource;
let close: () => Promise<void>;
let admin: string;
const unit: Record<string, string> = {};

const CREATE = `mutation($i: CreateUserInput!) { createUser(input: $i) { id username displayName roles active orgUnit { name } } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateUserInput!) { updateUser(id: $id, input: $i) { id roles active displayName orgUnit { name } } }`;
const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token user { orgUnit { name } } } }`;
const stamp = Date.now().toString(36);

beforeAll(async () => {
  ({ owner, close } = await testDataSources());
  // Another tenant (信阳市), whose units must be out of reach; the import is idempotent.
  await importRegion({ query: (sql, p) => owner.query(sql, p) }, '4115');
  api = await bootApi();
  admin = await api.login('admin');
  for (const r of await owner.query(
    `SELECT code, id FROM org_unit WHERE code IN ('4114', '411422', '411422105', '4115')`,
  ))
    unit[r.code] = String(r.id);
  // Accounts made here live in departments of their own: other suites count who gets notified in 城关镇.
  for (const [key, parent] of [
    ['deptA', '411422'],
    ['deptB', '411422105'],
  ]) {
    const r = await api.gql(
      `mutation($p: ID!, $n: String!) { createDepartment(parentId: $p, name: $n) { id name } }`,
      { p: unit[parent], n: `测试专班${key}${stamp}` },
      { token: admin },
    );
    unit[key] = r.data!.createDepartment.id;
    unit[`${key}Name`] = r.data!.createDepartment.name;
  }
});

afterAll(async () => {
  await api?.close();
  await close?.();
});

const count = async (sql: string, p: unknown[] = []) => (await owner.query(sql, p))[0].n as number;

describe('user administration', () => {
  const username = `sx_liaison_${stamp}`;
  let id: string;

  it('creates an account in the subtree that can sign in at once; the audit keeps no secret', async () => {
    const r = await api.gql(
      CREATE,
      {
        i: {
          username,
          displayName: '睢县联络员 测试',
          orgUnitId: unit.deptA,
          roles: ['LIAISON'],
          password: 'Shangqiu2026',
        },
      },
      { token: admin },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.createUser).toMatchObject({
      username,
      roles: ['LIAISON'],
      active: true,
      orgUnit: { name: unit.deptAName },
    });
    id = r.data!.createUser.id;
    const login = await api.gql(LOGIN, { u: username, p: 'Shangqiu2026' });
    expect(login.data!.login.user.orgUnit.name).toBe(unit.deptAName);
    const [event] = await owner.query(`SELECT action, after FROM audit_event WHERE chain_key = $1`, [
      `user:${id}`,
    ]);
    expect(event.action).toBe('user.created');
    expect(JSON.stringify(event.after)).not.toMatch(/Shangqiu2026|password/i);
  });

  it('refuses bad input, a taken name, a unit outside the subtree and non-admins — and writes nothing', async () => {
    const before = await count(`SELECT count(*)::int AS n FROM app_user`);
    const base = {
      username: `x_${stamp}`,
      displayName: '某人',
      orgUnitId: unit['411422'],
      roles: ['LIAISON'],
      password: 'Abcdefg123',
    };
    const attempts: [Record<string, unknown>, string, string][] = [
      [{ password: 'short1' }, 'BAD_USER_INPUT', '密码至少10个字符'],
      [{ username: 'a b' }, 'BAD_USER_INPUT', '用户名须为'],
      [{ roles: [] }, 'BAD_USER_INPUT', '至少选择一个角色'],
      [{ username: 'city_supervisor' }, 'CONFLICT', '已被占用'],
      [{ orgUnitId: unit['4115'] }, 'NOT_FOUND', '不存在或您无权查看'],
    ];
    for (const [patch, code, message] of attempts) {
      const r = await api.gql(CREATE, { i: { ...base, ...patch } }, { token: admin });
      expect([codeOf(r), r.errors![0].message]).toEqual([code, expect.stringContaining(message)]);
    }
    const supervisor = await api.login('city_supervisor');
    expect(codeOf(await api.gql(CREATE, { i: base }, { token: supervisor }))).toBe('FORBIDDEN');
    expect(await count(`SELECT count(*)::int AS n FROM app_user`)).toBe(before);
  });

  it('changes roles and unit, deactivates (tokens stop working, for good) and reactivates', async () => {
    const token = await api.login(username, 'Shangqiu2026');
    const moved = await api.gql(
      UPDATE,
      { id, i: { roles: ['LIAISON', 'HEAD'], orgUnitId: unit.deptB } },
      { token: admin },
    );
    expect(moved.data!.updateUser).toMatchObject({
      roles: ['LIAISON', 'HEAD'],
      orgUnit: { name: unit.deptBName },
    });
    const me = await api.gql(`{ me { roles orgUnit { name } } }`, {}, { token });
    expect(me.data!.me).toEqual({ roles: ['LIAISON', 'HEAD'], orgUnit: { name: unit.deptBName } });

    await api.gql(UPDATE, { id, i: { active: false } }, { token: admin });
    expect(codeOf(await api.gql(`{ me { id } }`, {}, { token }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await api.gql(LOGIN, { u: username, p: 'Shangqiu2026' }))).toBe('UNAUTHENTICATED');
    await api.gql(UPDATE, { id, i: { active: true } }, { token: admin });
    // Reactivation does not revive tokens issued before the deactivation; a new sign-in works.
    expect(codeOf(await api.gql(`{ me { id } }`, {}, { token }))).toBe('UNAUTHENTICATED');
    const fresh = await api.login(username, 'Shangqiu2026');
    expect((await api.gql(`{ me { id } }`, {}, { token: fresh })).data!.me.id).toBe(id);
  });

  it('resets a password; an admin cannot lock themselves out', async () => {
    const reset = await api.gql(
      `mutation($id: ID!) { resetPassword(id: $id, password: "NewPass2026") }`,
      { id },
      { token: admin },
    );
    expect(reset.data!.resetPassword).toBe(true);
    expect(codeOf(await api.gql(LOGIN, { u: username, p: 'Shangqiu2026' }))).toBe('UNAUTHENTICATED');
    expect((await api.gql(LOGIN, { u: username, p: 'NewPass2026' })).errors).toBeUndefined();
    const self = (await api.gql(`{ me { id } }`, {}, { token: admin })).data!.me.id;
    expect(codeOf(await api.gql(UPDATE, { id: self, i: { active: false } }, { token: admin }))).toBe(
      'CONFLICT',
    );
    expect(codeOf(await api.gql(UPDATE, { id: self, i: { roles: ['LEADER'] } }, { token: admin }))).toBe(
      'CONFLICT',
    );
  });

  it('a county admin manages only the county: the city’s users are not even found', async () => {
    const r = await api.gql(
      CREATE,
      {
        i: {
          username: `sx_admin_${stamp}`,
          displayName: '睢县管理员',
          orgUnitId: unit['411422'],
          roles: ['ADMIN'],
          password: 'Suixian2026',
        },
      },
      { token: admin },
    );
    expect(r.errors).toBeUndefined();
    const county = await api.login(`sx_admin_${stamp}`, 'Suixian2026');
    const [cityUser] = await owner.query(`SELECT id FROM app_user WHERE username = 'city_leader'`);
    expect(
      codeOf(await api.gql(UPDATE, { id: String(cityUser.id), i: { active: false } }, { token: county })),
    ).toBe('NOT_FOUND');
    expect(
      codeOf(
        await api.gql(
          CREATE,
          {
            i: {
              username: `c_${stamp}`,
              displayName: '某人',
              orgUnitId: unit['4114'],
              roles: ['LIAISON'],
              password: 'Abcdefg123',
            },
          },
          { token: county },
        ),
      ),
    ).toBe('NOT_FOUND');
  });
});

describe('org administration', () => {
  it('adds a department under a township, refuses a duplicate and a department under a department', async () => {
    const ADD = `mutation($p: ID!, $n: String!) { createDepartment(parentId: $p, name: $n) { id name kind subtype code parent { name } } }`;
    const r = await api.gql(ADD, { p: unit['411422105'], n: `乡村振兴专班${stamp}` }, { token: admin });
    expect(r.errors).toBeUndefined();
    const dept = r.data!.createDepartment;
    expect(dept).toMatchObject({ kind: 'DEPARTMENT', subtype: '乡直', parent: { name: '城关镇' } });
    expect(dept.code).toMatch(/^411422105-M\d\d$/);
    const [{ path, parent_path }] = await owner.query(
      `SELECT o.path::text AS path, p.path::text AS parent_path FROM org_unit o JOIN org_unit p ON p.id = o.parent_id WHERE o.id = $1`,
      [dept.id],
    );
    expect(path).toBe(`${parent_path}.${dept.id}`);
    expect(
      codeOf(await api.gql(ADD, { p: unit['411422105'], n: `乡村振兴专班${stamp}` }, { token: admin })),
    ).toBe('CONFLICT');
    expect(codeOf(await api.gql(ADD, { p: dept.id, n: '下设科室' }, { token: admin }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await api.gql(ADD, { p: unit['4115'], n: '越权部门' }, { token: admin }))).toBe(
      'NOT_FOUND',
    );

    const RENAME = `mutation($id: ID!, $n: String!) { renameOrgUnit(id: $id, name: $n) { name } }`;
    expect(
      (await api.gql(RENAME, { id: dept.id, n: `乡村振兴工作专班${stamp}` }, { token: admin })).data!
        .renameOrgUnit.name,
    ).toBe(`乡村振兴工作专班${stamp}`);
    const township = await api.gql(RENAME, { id: unit['411422105'], n: '新城关镇' }, { token: admin });
    expect(codeOf(township)).toBe('BAD_USER_INPUT');
    expect(township.errors![0].message).toMatch(/国家区划/);
    const events = await owner.query(`SELECT action FROM audit_event WHERE chain_key = $1 ORDER BY id`, [
      `org:${dept.id}`,
    ]);
    expect(events.map((e: any) => e.action)).toEqual(['org.department_created', 'org.renamed']);
  });
});
