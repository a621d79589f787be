/**
 * Whole answers to the leader's overview (ROLLUP_VIEW_CACHE_MS, issue 13): the same caller may get an
 * answer of up to that age, every other caller and every other query reads afresh, and a cached answer
 * still needs a valid caller and still counts against the caller's rate limit.
 */
import { bootApi, codeOf, testDataSources, TestApi } from '@duban/testing';

const WINDOW_MS = 700;
const NAME = `query($u: ID!) { orgUnit(id: $u) { name } }`;
const stamp = Date.now().toString(36);
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

let api: TestApi;
let admin: string;
let leader: string;
let county: string;
let department: string;

beforeAll(async () => {
  const { owner, close } = await testDataSources();
  const [suixian] = await owner.query(`SELECT id FROM org_unit WHERE code = '411422'`);
  await close();
  api = await bootApi({ env: { ROLLUP_VIEW_CACHE_MS: String(WINDOW_MS) } });
  admin = await api.login('admin');
  leader = await api.login('city_leader');
  county = await api.login('suixian_supervisor');
  const r = await api.gql(
    `mutation($p: ID!, $n: String!) { createDepartment(parentId: $p, name: $n) { id } }`,
    { p: String(suixian.id), n: `驾驶舱缓存${stamp}` },
    { token: admin },
  );
  department = r.data!.createDepartment.id;
});

afterAll(() => api?.close());

const rename = (name: string) =>
  api.gql(
    `mutation($u: ID!, $n: String!) { renameOrgUnit(id: $u, name: $n) { name } }`,
    { u: department, n: name },
    { token: admin },
  );

it('answers the same caller from its recent answer, other callers and later asks afresh', async () => {
  expect((await api.gql(NAME, { u: department }, { token: leader })).data!.orgUnit.name).toBe(
    `驾驶舱缓存${stamp}`,
  );
  expect((await rename(`驾驶舱缓存改${stamp}`)).errors).toBeUndefined();
  // Within the window the leader's own answer may stand; the county supervisor asks for the first time.
  expect((await api.gql(NAME, { u: department }, { token: leader })).data!.orgUnit.name).toBe(
    `驾驶舱缓存${stamp}`,
  );
  expect((await api.gql(NAME, { u: department }, { token: county })).data!.orgUnit.name).toBe(
    `驾驶舱缓存改${stamp}`,
  );
  await wait(WINDOW_MS + 50);
  expect((await api.gql(NAME, { u: department }, { token: leader })).data!.orgUnit.name).toBe(
    `驾驶舱缓存改${stamp}`,
  );
});

it('lets the first request after half the window refresh the answer ahead of its expiry', async () => {
  const before = (await api.gql(NAME, { u: department }, { token: leader })).data!.orgUnit.name;
  const written = Date.now();
  await rename(`驾驶舱缓存四${stamp}`);
  expect((await api.gql(NAME, { u: department }, { token: leader })).data!.orgUnit.name).toBe(before);
  await wait(Math.max(0, written + WINDOW_MS / 2 + 60 - Date.now()));
  // Still inside the window, but this request runs the query and keeps its fresher answer.
  expect((await api.gql(NAME, { u: department }, { token: leader })).data!.orgUnit.name).toBe(
    `驾驶舱缓存四${stamp}`,
  );
  expect((await api.gql(NAME, { u: department }, { token: leader })).data!.orgUnit.name).toBe(
    `驾驶舱缓存四${stamp}`,
  );
});

it('keeps no answer for a query outside the overview, nor for one that mixes it with another field', async () => {
  const ME = `query($u: ID!) { me { id } orgUnit(id: $u) { name } }`;
  expect((await api.gql(ME, { u: department }, { token: leader })).errors).toBeUndefined();
  await rename(`驾驶舱缓存三${stamp}`);
  const after = await api.gql(ME, { u: department }, { token: leader });
  expect(after.data!.orgUnit.name).toBe(`驾驶舱缓存三${stamp}`);
});

it('still refuses a caller without a valid token, whatever is cached', async () => {
  await api.gql(NAME, { u: department }, { token: leader });
  const anonymous = await api.gql(NAME, { u: department });
  expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
  expect(anonymous.data?.orgUnit ?? null).toBeNull();
  const forged = await api.gql(NAME, { u: department }, { token: `${leader.slice(0, -4)}AAAA` });
  expect(codeOf(forged)).toBe('UNAUTHENTICATED');
});

it('counts cached answers against the caller’s rate limit', async () => {
  const limited = await bootApi({
    env: { ROLLUP_VIEW_CACHE_MS: String(WINDOW_MS), API_RATE_LIMIT_PER_MINUTE: '3' },
  });
  try {
    // Sign-in itself is a public mutation and does not count; the three reads do, cached or not.
    const token = await limited.login('city_leader');
    for (let i = 0; i < 3; i++)
      expect((await limited.gql(NAME, { u: department }, { token })).errors).toBeUndefined();
    expect(codeOf(await limited.gql(NAME, { u: department }, { token }))).toBe('RATE_LIMITED');
  } finally {
    await limited.close();
  }
});
