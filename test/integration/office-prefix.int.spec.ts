/**
 * 机关代字 in the org page (issue 10): `OrgUnit.officePrefix` is what an office's numbers carry now and
 * `OrgUnit.allowedActions` offers SET_OFFICE_PREFIX (and ARCHIVE_YEAR) to a supervisor of that very office only; the API
 * refuses everyone else (FORBIDDEN, nothing written), and the office's next number carries the new prefix.
 * On 虞城县 (no other suite numbers there), with a supervisor, a leader and an administrator made for it.
 */
import type { DataSource } from 'typeorm';
import { bootApi, codeOf, ensureUser, TestApi, testDataSources, usersOf } from '@duban/testing';

type User = 'yc_supervisor' | 'yc_leader' | 'yc_admin' | 'city_supervisor' | 'chengguan_liaison';
let api: TestApi;
let owner: DataSource;
let close: () => Promise<void>;
const token: Partial<Record<User, string>> = {};
const { as, ok } = usersOf<User>(() => api, token);
let yucheng = '';
let suixian = '';

const UNIT = `query($id: ID!) { orgUnit(id: $id) { id officePrefix allowedActions } }`;
const SET = `mutation($p: String!) { setOfficePrefix(prefix: $p) }`;
const stored = async () =>
  (await owner.query(`SELECT reg_prefix FROM office_setting WHERE unit_id = $1`, [yucheng]))[0]?.reg_prefix ??
  null;

beforeAll(async () => {
  ({ owner, close } = await testDataSources());
  api = await bootApi();
  await ensureUser(owner, 'yc_supervisor', '411425', ['SUPERVISOR']);
  await ensureUser(owner, 'yc_leader', '411425', ['LEADER']);
  await ensureUser(owner, 'yc_admin', '411425', ['ADMIN']);
  for (const u of [
    'yc_supervisor',
    'yc_leader',
    'yc_admin',
    'city_supervisor',
    'chengguan_liaison',
  ] as User[])
    token[u] = await api.login(u);
  for (const r of await owner.query(
    `SELECT code, id::text AS id FROM org_unit WHERE code IN ('411425', '411422')`,
  ))
    if (r.code === '411425') yucheng = r.id;
    else suixian = r.id;
});

afterAll(async () => {
  await api?.close();
  await close?.();
});

describe('机关代字', () => {
  it('shows the prefix in force and offers to change it to the office’s own supervisor only', async () => {
    const own = (await ok('yc_supervisor', UNIT, { id: yucheng })).orgUnit;
    // 年度归档 of its own items is the same supervisor's (ARCHIVE_YEAR).
    expect(own).toEqual({
      id: yucheng,
      officePrefix: '虞督',
      allowedActions: ['SET_OFFICE_PREFIX', 'MANAGE_ITEM_TEMPLATES', 'ARCHIVE_YEAR'],
    });
    // The city sees the prefix of an office below it, but may not change it.
    expect((await ok('city_supervisor', UNIT, { id: yucheng })).orgUnit).toMatchObject({
      officePrefix: '虞督',
      allowedActions: [],
    });
    for (const u of ['yc_leader', 'yc_admin'] as const)
      expect((await ok(u, UNIT, { id: yucheng })).orgUnit.allowedActions).toEqual([]);
    // A township reads its county only as a breadcrumb: no prefix, no action.
    expect((await ok('chengguan_liaison', UNIT, { id: suixian })).orgUnit).toMatchObject({
      officePrefix: null,
      allowedActions: [],
    });
  });

  it('refuses everyone but the office’s supervisor, writing nothing', async () => {
    for (const u of ['yc_leader', 'yc_admin', 'chengguan_liaison'] as const)
      expect({ u, code: codeOf(await as(u, SET, { p: '虞城督' })) }).toEqual({ u, code: 'FORBIDDEN' });
    expect(await stored()).toBeNull();
  });

  it('the supervisor sets it, and the office’s next number carries it', async () => {
    expect((await ok('yc_supervisor', SET, { p: '虞城督' })).setOfficePrefix).toBe('虞城督');
    expect(await stored()).toBe('虞城督');
    expect((await ok('yc_supervisor', UNIT, { id: yucheng })).orgUnit.officePrefix).toBe('虞城督');
    const created = await ok(
      'yc_supervisor',
      `mutation($i: CreateSupervisionItemInput!) { createSupervisionItem(input: $i) { regNumber } }`,
      {
        i: {
          title: '机关代字核验',
          source: 'LEADER_INSTRUCTION',
          content: '核验编号',
          deadline: new Date(Date.now() + 10 * 86_400_000).toISOString(),
        },
      },
    );
    expect(created.createSupervisionItem.regNumber).toMatch(/^虞城督〔\d{4}〕\d+号$/);
  });
});
