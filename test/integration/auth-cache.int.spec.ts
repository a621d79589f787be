/**
 * AUTH_CACHE_MS (issue 13): a user's own row may come from this process's read of a moment ago instead
 * of being read on every request. A change to the account takes effect at once on the process that
 * made it, and on every other process within the window; a revoked token is refused from the cached
 * row too, since the token's issue time is checked against it on every request.
 */
import { bootApi, codeOf, testDataSources, TestApi } from '@duban/testing';

const WINDOW_MS = 600;
const ME = `query { me { id roles } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateUserInput!) { updateUser(id: $id, input: $i) { id } }`;
const stamp = Date.now().toString(36);

let one: TestApi;
let two: TestApi;
let admin: string;
let department: string;

beforeAll(async () => {
  const { owner, close } = await testDataSources();
  const [suixian] = await owner.query(`SELECT id FROM org_unit WHERE code = '411422'`);
  await close();
  one = await bootApi({ env: { AUTH_CACHE_MS: String(WINDOW_MS) } });
  two = await bootApi({ env: { AUTH_CACHE_MS: String(WINDOW_MS) } });
  admin = await one.login('admin');
  // Accounts of this suite live in a department of their own: other suites count who gets notified.
  const r = await one.gql(
    `mutation($p: ID!, $n: String!) { createDepartment(parentId: $p, name: $n) { id } }`,
    { p: String(suixian.id), n: `登录缓存测试${stamp}` },
    { token: admin },
  );
  department = r.data!.createDepartment.id;
});

afterAll(async () => {
  await one?.close();
  await two?.close();
});

/** A new liaison account, signed in; its token is then read (and remembered) by both processes. */
async function liaison(name: string): Promise<{ id: string; token: string }> {
  const r = await one.gql(
    `mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`,
    {
      i: {
        username: `${name}_${stamp}`,
        displayName: name,
        orgUnitId: department,
        roles: ['LIAISON'],
        password: 'Cache-Test-2026',
      },
    },
    { token: admin },
  );
  const token = await one.login(`${name}_${stamp}`, 'Cache-Test-2026');
  for (const api of [one, two])
    expect((await api.gql(ME, {}, { token })).data!.me.roles).toEqual(['LIAISON']);
  return { id: r.data!.createUser.id, token };
}

it('ends a deactivated user’s session at once where it was done, and elsewhere within the window', async () => {
  const user = await liaison('cache_off');
  const off = await one.gql(UPDATE, { id: user.id, i: { active: false } }, { token: admin });
  expect(off.errors).toBeUndefined();
  expect(codeOf(await one.gql(ME, {}, { token: user.token }))).toBe('UNAUTHENTICATED');
  await new Promise((r) => setTimeout(r, WINDOW_MS + 50));
  expect(codeOf(await two.gql(ME, {}, { token: user.token }))).toBe('UNAUTHENTICATED');
});

it('applies a role change at once on the process that made it', async () => {
  // A SUPERVISOR-only read: the guard takes the roles from the (remembered) row of the user.
  const SUPERVISOR_ONLY = `query { archivableItemCount(year: 2026) }`;
  const user = await liaison('cache_role');
  expect(codeOf(await one.gql(SUPERVISOR_ONLY, {}, { token: user.token }))).toBe('FORBIDDEN');
  await one.gql(UPDATE, { id: user.id, i: { roles: ['SUPERVISOR'] } }, { token: admin });
  const now = await one.gql(SUPERVISOR_ONLY, {}, { token: user.token });
  expect(now.errors).toBeUndefined();
  expect(now.data!.archivableItemCount).toBe(0);
});

it('refuses a token issued before a password reset, also while the row is remembered', async () => {
  const user = await liaison('cache_reset');
  const reset = await one.gql(
    `mutation($id: ID!) { resetPassword(id: $id, password: "Cache-Reset-2026") }`,
    { id: user.id },
    { token: admin },
  );
  expect(reset.data!.resetPassword).toBe(true);
  expect(codeOf(await one.gql(ME, {}, { token: user.token }))).toBe('UNAUTHENTICATED');
  await new Promise((r) => setTimeout(r, WINDOW_MS + 50));
  expect(codeOf(await two.gql(ME, {}, { token: user.token }))).toBe('UNAUTHENTICATED');
  // The new password's token works on both, the second process reading the row afresh.
  const fresh = await one.login(`cache_reset_${stamp}`, 'Cache-Reset-2026');
  expect((await two.gql(ME, {}, { token: fresh })).data!.me.id).toBe(user.id);
});

it('never stalls when requests that remember their user meet those that read it, on a small pool', async () => {
  // Requests whose user row is remembered take a connection only when a view read misses; the others
  // hold one from sign-in on. None may wait for a read in flight while holding a connection.
  const small = await bootApi({
    env: { AUTH_CACHE_MS: '40', ROLLUP_VIEW_CACHE_MS: '15', DB_POOL: '2' },
  });
  try {
    const token = await small.login('city_leader');
    const city = (await small.gql(`query { me { orgUnitId } }`, {}, { token })).data!.me.orgUnitId;
    const VIEW = `query($u: ID!) { orgUnit(id: $u) { rollup { total } children { rollup { total } } } }`;
    const deadline = Date.now() + 3000;
    let answered = 0;
    const client = async () => {
      while (Date.now() < deadline) {
        const r = await small.gql(VIEW, { u: city }, { token });
        expect(r.errors).toBeUndefined();
        answered++;
      }
    };
    const stalled = new Promise((_, reject) =>
      setTimeout(() => reject(new Error(`stalled after ${answered} answers`)), 15_000).unref(),
    );
    await Promise.race([Promise.all(Array.from({ length: 12 }, client)), stalled]);
    expect(answered).toBeGreaterThan(12);
  } finally {
    await small.close();
  }
});
