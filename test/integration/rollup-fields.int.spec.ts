/**
 * The `rollup` field is attached by the roll-up room to three types it does not own (OrgUnit,
 * SupervisionItem, Assignment). A module-load cycle once left Assignment.rollup without a resolver
 * (every query selecting it failed); this pins all three, as a leader's one-round-trip query uses them.
 */
import { DataSource } from 'typeorm';
import { bootApi, testDataSources, TestApi } from '@duban/testing';

let api: TestApi;
let owner: DataSource;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ owner, close } = await testDataSources());
  api = await bootApi();
});

afterAll(async () => {
  await api?.close();
  await close?.();
});

it('resolves rollup on an org unit, an item and an assignment', async () => {
  const token = await api.login('city_supervisor');
  const [u] = await owner.query(`SELECT id::text FROM org_unit WHERE code = '411422105'`);
  const created = await api.gql(
    `mutation($i: CreateSupervisionItemInput!) { createSupervisionItem(input: $i) { id } }`,
    {
      i: {
        title: '汇总字段核验',
        source: 'LEADER_INSTRUCTION',
        content: '核验',
        deadline: new Date(Date.now() + 10 * 86_400_000).toISOString(),
      },
    },
    { token },
  );
  const itemId = created.data!.createSupervisionItem.id;
  const assigned = await api.gql(
    `mutation($i: ID!, $t: [ID!]) { assignItem(itemId: $i, targets: $t) { count } }`,
    { i: itemId, t: [u.id] },
    { token },
  );
  expect(assigned.errors).toBeUndefined();
  const r = await api.gql(
    `query($i: ID!, $u: ID!) {
      supervisionItem(id: $i) {
        rollup { total assigned }
        assignments { edges { node { id rollup { total assigned light } } } }
      }
      orgUnit(id: $u) { rollup(itemId: $i) { total assigned } }
    }`,
    { i: itemId, u: u.id },
    { token },
  );
  expect(r.errors).toBeUndefined();
  expect(r.data!.supervisionItem.rollup).toEqual({ total: 1, assigned: 1 });
  expect(r.data!.supervisionItem.assignments.edges[0].node.rollup).toEqual({
    total: 1,
    assigned: 1,
    light: 'GREEN',
  });
  expect(r.data!.orgUnit.rollup).toEqual({ total: 1, assigned: 1 });
});
