/**
 * Edge rules of connections (issue 12): page cursors are signed, so a forged, truncated or re-encoded
 * one is refused with BAD_USER_INPUT on `after` (never an SQL error), while a genuine cursor keeps
 * working across requests; `first` and `year` arguments hold their documented ranges.
 */
import { bootApi, TestApi } from '@duban/testing';

let api: TestApi;
let token: string;

beforeAll(async () => {
  api = await bootApi();
  token = await api.login('city_supervisor');
});

afterAll(() => api?.close());

const post = (query: string, variables: Record<string, unknown>, lang = 'en') =>
  api.app.inject({
    method: 'POST',
    url: '/graphql',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      'accept-language': lang,
    },
    payload: JSON.stringify({ query, variables }),
  });

const CONNECTIONS = {
  supervisionItems: `query($after: String, $first: Int) { supervisionItems(after: $after, first: $first) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
  myAssignments: `query($after: String, $first: Int) { myAssignments(after: $after, first: $first) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
  notifications: `query($after: String, $first: Int) { notifications(after: $after, first: $first) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
  users: `query($after: String, $first: Int) { users(after: $after, first: $first) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
  orgUnits: `query($after: String, $first: Int) { orgUnits(after: $after, first: $first) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
};

/** A cursor this server signed (from the users list, which always has rows). */
async function genuineCursor(): Promise<string> {
  const r = await post(CONNECTIONS.users, { first: 1 });
  return r.json().data.users.pageInfo.endCursor;
}

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

describe('forged page cursors', () => {
  const forgeries = async (): Promise<[string, string][]> => {
    const genuine = await genuineCursor();
    const [payload, mac] = genuine.split('.');
    return [
      ['unsigned (old format)', b64([1])],
      ['unsigned SQL', b64(['1) OR (1=1'])],
      ['another payload, genuine mac', `${b64([999999999])}.${mac}`],
      ['truncated', genuine.slice(0, -3)],
      ['padded', `${payload}==.${mac}`],
      [
        're-encoded (same key, other JSON spelling)',
        `${Buffer.from(JSON.stringify(JSON.parse(Buffer.from(payload, 'base64url').toString()), null, 1)).toString('base64url')}.${mac}`,
      ],
      ['made-up mac', `${payload}.${'x'.repeat(22)}`],
      ['garbage', 'not a cursor'],
    ];
  };

  it.each(Object.keys(CONNECTIONS))('%s refuses each with BAD_USER_INPUT on `after`', async (name) => {
    const query = CONNECTIONS[name as keyof typeof CONNECTIONS];
    for (const [what, after] of await forgeries()) {
      const body = (await post(query, { after, first: 5 })).json();
      expect({ what, errors: body.errors }).toMatchObject({
        what,
        errors: [
          {
            message: 'Invalid page cursor; reload from the first page',
            extensions: { code: 'BAD_USER_INPUT', field: 'after' },
          },
        ],
      });
    }
    const zh = (await post(query, { after: b64([1]) }, 'zh')).json();
    expect(zh.errors[0].message).toBe('翻页游标无效，请从第一页重新加载');
  });

  it('refuses a genuine cursor of a connection with another sort key', async () => {
    const r = await post(CONNECTIONS.orgUnits, { after: await genuineCursor() });
    expect(r.json().errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

describe('genuine page cursors', () => {
  it.each(['users', 'orgUnits'] as const)(
    '%s: the next page follows on from a later request',
    async (name) => {
      const query = CONNECTIONS[name];
      const first = (await post(query, { first: 2 })).json().data[name];
      expect(first.pageInfo.hasNextPage).toBe(true);
      const next = (await post(query, { first: 2, after: first.pageInfo.endCursor })).json();
      expect(next.errors).toBeUndefined();
      const both = (await post(query, { first: 4 })).json().data[name];
      expect(next.data[name].edges.map((e: any) => e.node.id)).toEqual(
        both.edges.slice(2).map((e: any) => e.node.id),
      );
      // An edge's own cursor works as well as endCursor.
      const fromEdge = (await post(query, { first: 1, after: both.edges[0].cursor })).json();
      expect(fromEdge.data[name].edges[0].node.id).toBe(both.edges[1].node.id);
    },
  );
});

describe('documented Int ranges', () => {
  it.each([
    ['users', 'first', -1],
    ['users', 'first', 201],
    ['users', 'first', 2147483647],
    ['notifications', 'first', -5],
    ['supervisionItems', 'first', 1000000],
  ] as const)('%s(%s: %d) is refused before execution with HTTP 400', async (name, arg, value) => {
    const r = await post(CONNECTIONS[name], { [arg]: value });
    expect(r.statusCode).toBe(400);
    expect(r.json().data).toBeUndefined();
    expect(r.json().errors[0]).toMatchObject({
      message: `${arg} must be between 0 and 200`,
      extensions: { code: 'BAD_USER_INPUT', field: arg },
    });
  });

  it('accepts the bounds of a page size', async () => {
    for (const first of [0, 200])
      expect((await post(CONNECTIONS.users, { first })).json().errors).toBeUndefined();
  });

  it.each([1999, 2101, -2026, 2147483647])('refuses year %d in arguments and input fields', async (year) => {
    const q = await post(`query($y: Int) { scoreboard(year: $y) { baseScore } }`, { y: year });
    expect(q.statusCode).toBe(400);
    expect(q.json().errors[0]).toMatchObject({
      message: 'year must be between 2000 and 2100',
      extensions: { code: 'BAD_USER_INPUT', field: 'year' },
    });
    const b = await post(`query($y: Int) { bulletins(year: $y) { totalCount } }`, { y: year });
    expect(b.json().errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    const input = { body: 'b', kind: 'PRAISE', level: 'OFFICE', targetUnitIds: ['1'], title: 't', year };
    const m = await post(`mutation($i: IssueBulletinInput!) { issueBulletin(input: $i) { id } }`, {
      i: input,
    });
    expect(m.statusCode).toBe(400);
    expect(m.json().errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.year' });
  });

  it('accepts years inside the range', async () => {
    for (const y of [2000, 2100])
      expect(
        (await post(`query($y: Int) { bulletins(year: $y) { totalCount } }`, { y })).json().errors,
      ).toBeUndefined();
  });
});

describe('reportQueue kind', () => {
  it('is an enum: free strings are refused by GraphQL, SIGN and REVIEW answer', async () => {
    const bad = (await post(`{ reportQueue(kind: "SIGN") { id } }`, {})).json();
    expect(bad.errors[0].extensions.code).toMatch(/GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT/);
    const v = (
      await post(`query($k: ReportQueueKind!) { reportQueue(kind: $k) { id } }`, { k: 'NOPE' })
    ).json();
    expect(v.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    for (const k of ['SIGN', 'REVIEW'])
      expect(
        (await post(`query($k: ReportQueueKind!) { reportQueue(kind: $k) { id } }`, { k })).json().errors,
      ).toBeUndefined();
  });
});
