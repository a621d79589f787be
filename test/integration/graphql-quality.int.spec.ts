/**
 * GraphQL quality: a leader's three-level tree query costs a constant number of SQL statements
 * (DataLoader batching, no N+1), and over-deep or over-costly queries are refused before they run.
 */
import { Client } from 'pg';
import { bootApi, codeOf, TestApi } from '@duban/testing';

let api: TestApi;
let token: string;
let cityId: string;

beforeAll(async () => {
  api = await bootApi();
  token = await api.login('city_leader');
  const r = await api.gql(`{ me { orgUnit { id } } }`, {}, { token });
  cityId = r.data!.me.orgUnit.id;
});

afterAll(() => api?.close());

/** SQL statements sent to PostgreSQL while fn runs (every pooled client is a pg Client). */
async function countStatements(fn: () => Promise<unknown>): Promise<number> {
  const spy = jest.spyOn(Client.prototype, 'query');
  try {
    await fn();
    return spy.mock.calls.length;
  } finally {
    spy.mockRestore();
  }
}

describe('DataLoader batching', () => {
  it('walks city → 11 counties → 199 townships with their roll-ups in a constant number of statements', async () => {
    const query = `query($u: ID!) { orgUnit(id: $u) { name rollup { total light }
      children(kind: COUNTY) { name rollup { total done overdue light lightReason }
        children(kind: TOWNSHIP) { name childCount rollup { total done light } } } } }`;
    let result: any;
    const statements = await countStatements(async () => {
      result = await api.gql(query, { u: cityId }, { token });
    });
    expect(result.errors).toBeUndefined();
    const counties = result.data.orgUnit.children;
    expect(counties).toHaveLength(11);
    expect(counties.flatMap((c: any) => c.children)).toHaveLength(199);
    // One per loader and level plus the transaction and auth; an N+1 would be 400+.
    expect(statements).toBeLessThanOrEqual(20);
  });
});

describe('transactions', () => {
  it('commits each mutation of an operation on its own: a later failure keeps the earlier success', async () => {
    const supervisor = await api.login('suixian_supervisor');
    const r = await api.gql(
      // b passes the edge rules and fails while running (no such assignment).
      `mutation { a: setOfficePrefix(prefix: "睢督") b: urgeAssignment(assignmentId: "987654321") { id } }`,
      {},
      { token: supervisor },
    );
    expect(r.data).toBeNull();
    expect(codeOf(r)).toBe('NOT_FOUND');
    const owner = new Client({ connectionString: process.env.DATABASE_ADMIN_URL });
    await owner.connect();
    try {
      const { rows } = await owner.query(
        `SELECT s.reg_prefix FROM office_setting s JOIN org_unit o ON o.id = s.unit_id WHERE o.code = '411422'`,
      );
      expect(rows).toEqual([{ reg_prefix: '睢督' }]);
    } finally {
      await owner.end();
    }
  });
});

describe('query limits', () => {
  it('refuses a query nested deeper than the limit, in the caller’s language', async () => {
    let nested = 'id';
    for (let i = 0; i < 14; i++) nested = `id children { ${nested} }`;
    const q = `query($u: ID!) { orgUnit(id: $u) { ${nested} } }`;
    const zh = await api.gql(q, { u: cityId }, { token });
    expect(codeOf(zh)).toBe('QUERY_TOO_DEEP');
    expect(zh.errors![0].message).toMatch(/嵌套过深/);
    const en = await api.gql(q, { u: cityId }, { token, lang: 'en' });
    expect(en.errors![0].message).toMatch(/nested too deeply/);
  });

  it('refuses a query whose pages multiply past the complexity limit', async () => {
    const q = `{ supervisionItems(first: 100) { edges { node { id
      assignments(first: 100) { edges { node { id children(first: 100) { edges { node { id lightReason } } } } } } } } } }`;
    const r = await api.gql(q, {}, { token });
    expect(codeOf(r)).toBe('QUERY_TOO_COMPLEX');
    expect(r.errors![0].message).toMatch(/过于复杂/);
  });

  it('leaves variables that do not coerce to the GraphQL layer: BAD_USER_INPUT, not an internal error', async () => {
    const r = await api.gql(
      `query($k: OrgKind) { orgUnits(kind: $k) { totalCount } }`,
      { k: 'PLANET' },
      { token },
    );
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
  });

  it('still answers introspection (codegen and tools depend on it)', async () => {
    const r = await api.gql(
      `{ __schema { queryType { name } types { name fields { name type { name ofType { name ofType { name ofType { name } } } } } } } }`,
      {},
      { token },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.__schema.queryType.name).toBe('Query');
  });
});
