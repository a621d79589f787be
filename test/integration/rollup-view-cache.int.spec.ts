/**
 * The leader's all-items view answered from a recent read (ROLLUP_VIEW_CACHE_MS, issue 13): the cache
 * sits below the guard, so a caller without a token is still refused once the view is cached, and it is
 * keyed by tenant and scope, so a county supervisor asking for the same unit never gets the city
 * leader's read (the children and counters visible to the city scope).
 */
import { bootApi, codeOf, TestApi } from '@duban/testing';

const VIEW = `query($u: ID!) { orgUnit(id: $u) { id rollup { total } children { id rollup { total } } } }`;
const ME = `query { me { orgUnitId } }`;

let api: TestApi;
let leader: string;
let county: string;
let city: string;
let suixian: string;

beforeAll(async () => {
  api = await bootApi({ env: { ROLLUP_VIEW_CACHE_MS: '900' } });
  leader = await api.login('city_leader');
  county = await api.login('suixian_supervisor');
  city = (await api.gql(ME, {}, { token: leader })).data!.me.orgUnitId;
  suixian = (await api.gql(ME, {}, { token: county })).data!.me.orgUnitId;
});

afterAll(() => api?.close());

it('serves the leader the same view again, and still refuses a caller without a token', async () => {
  const first = await api.gql(VIEW, { u: city }, { token: leader });
  expect(first.errors).toBeUndefined();
  expect(first.data!.orgUnit.children.length).toBeGreaterThan(1);
  const again = await api.gql(VIEW, { u: city }, { token: leader });
  expect(again.data).toEqual(first.data);

  const anonymous = await api.gql(VIEW, { u: city });
  expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
  expect(anonymous.data?.orgUnit ?? null).toBeNull();
});

it('never answers one scope with another scope’s read of the same unit', async () => {
  const asLeader = await api.gql(VIEW, { u: city }, { token: leader });
  const asCounty = await api.gql(VIEW, { u: city }, { token: county });
  expect(asCounty.errors).toBeUndefined();
  // Above the county supervisor's unit: no roll-up, and of the city's children only their own county.
  expect(asCounty.data!.orgUnit.rollup).toBeNull();
  expect(asCounty.data!.orgUnit.children.map((c: { id: string }) => c.id)).toEqual([suixian]);
  expect(asLeader.data!.orgUnit.children.length).toBeGreaterThan(1);
  // And the leader's next read is still the city scope's, not the county's.
  const leaderAgain = await api.gql(VIEW, { u: city }, { token: leader });
  expect(leaderAgain.data).toEqual(asLeader.data);
});
