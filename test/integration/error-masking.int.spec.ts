/**
 * Unexpected errors are masked (issue 12): wherever one is thrown — a root resolver (through the Nest
 * filter), a field resolver or a DataLoader (which never pass through it) — the client gets only
 * INTERNAL_SERVER_ERROR "内部错误，编号 <id>" / "Internal error, reference <id>" with
 * `extensions.correlationId`, the same id as the `x-request-id` response header, while the server
 * log has that id with the full stack. No SQL or stack text reaches the client.
 *
 * The database refuses for real: this suite's API connects as its own login role (a member of the app
 * role) whose search_path puts a trap schema first, where `urge_notice` and `report` are tables
 * without columns. Only this API's connections see the trap; the run's other suites are untouched.
 */
import { Logger } from '@nestjs/common';
import { Client } from 'pg';
import { bootApi, TestApi } from '@duban/testing';

const ROLE = `duban_trap_${process.pid}_${Date.now().toString(36)}`;
const LEAKS = /urge_notice|report|column|does not exist|\brelation\b|SELECT|INSERT|\bat .*\.(ts|js)|stack/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let owner: Client;
let api: TestApi;
let token: string;
let assignmentId: string;
let logged: jest.SpyInstance;

const post = (query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) =>
  api.app.inject({
    method: 'POST',
    url: '/graphql',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    payload: JSON.stringify({ query, variables }),
  });

/** What an answer tells the client about its errors (paths and locations name only the query's own fields). */
const exposed = (body: { errors?: { message: string; extensions?: unknown }[] }) =>
  JSON.stringify((body.errors ?? []).map((e) => [e.message, e.extensions]));

/** The log lines written for an id (the masking backstop logs each error once). */
const logLinesWith = (id: string) =>
  logged.mock.calls.map((c) => String(c[0])).filter((line) => line.includes(id));

beforeAll(async () => {
  owner = new Client({ connectionString: process.env.DATABASE_ADMIN_URL });
  await owner.connect();
  const [{ db }] = (await owner.query(`SELECT current_database() AS db`)).rows;
  await owner.query(`CREATE ROLE ${ROLE} LOGIN PASSWORD 'trap' IN ROLE duban_app`);
  await owner.query(`CREATE SCHEMA IF NOT EXISTS masking_trap`);
  await owner.query(`CREATE TABLE IF NOT EXISTS masking_trap.urge_notice ()`);
  await owner.query(`CREATE TABLE IF NOT EXISTS masking_trap.report ()`);
  await owner.query(`GRANT USAGE ON SCHEMA masking_trap TO ${ROLE}`);
  await owner.query(`GRANT SELECT, INSERT ON ALL TABLES IN SCHEMA masking_trap TO ${ROLE}`);
  await owner.query(`ALTER ROLE ${ROLE} IN DATABASE "${db}" SET search_path = masking_trap, public`);

  const appUrl = process.env.DATABASE_URL!;
  process.env.DATABASE_URL = appUrl.replace(/\/\/[^@]+@/, `//${ROLE}:trap@`);
  try {
    api = await bootApi();
  } finally {
    process.env.DATABASE_URL = appUrl;
  }
  token = await api.login('city_supervisor');
  const [{ id: suixian }] = (await owner.query(`SELECT id::text FROM org_unit WHERE code = '411422'`)).rows;
  const created = await api.gql(
    `mutation($i: CreateSupervisionItemInput!) { createSupervisionItem(input: $i) { id } }`,
    {
      i: {
        title: '脱敏核验',
        source: 'LEADER_INSTRUCTION',
        content: '核验',
        deadline: new Date(Date.now() + 20 * 86_400_000).toISOString(),
      },
    },
    { token },
  );
  const itemId = created.data!.createSupervisionItem.id;
  await api.gql(
    `mutation($i: ID!, $t: [ID!]) { assignItem(itemId: $i, targets: $t) { count } }`,
    {
      i: itemId,
      t: [suixian],
    },
    { token },
  );
  [{ id: assignmentId }] = (
    await owner.query(`SELECT id::text FROM assignment WHERE item_id = $1`, [itemId])
  ).rows;
});

beforeEach(() => {
  logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
});
afterEach(() => logged.mockRestore());

afterAll(async () => {
  await api?.close();
  if (owner) {
    await owner.query(`DROP SCHEMA IF EXISTS masking_trap CASCADE`);
    await owner.query(`DROP OWNED BY ${ROLE}`).catch(() => undefined);
    await owner.query(`DROP ROLE IF EXISTS ${ROLE}`);
    await owner.end();
  }
});

describe('an unexpected database error', () => {
  it('in a root resolver (a mutation, through the Nest filter) is masked with the request id', async () => {
    const res = await post(`mutation($a: ID!) { urgeAssignment(assignmentId: $a) { id number } }`, {
      a: assignmentId,
    });
    const id = res.headers['x-request-id'] as string;
    expect(id).toMatch(UUID);
    const body = res.json();
    expect(body.data).toBeNull();
    expect(body.errors).toEqual([
      {
        message: `内部错误，编号 ${id}`,
        locations: expect.any(Array),
        path: ['urgeAssignment'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', correlationId: id },
      },
    ]);
    expect(exposed(res.json())).not.toMatch(LEAKS);
    // Logged once, with the id and the database's own words and stack.
    const lines = logLinesWith(id);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/does not exist/);
    expect(lines[0]).toMatch(/\n\s+at /);
  });

  it('in a field resolver is masked too, in the caller’s language, with a sane incoming x-request-id', async () => {
    const res = await post(
      `query($a: ID!) { assignment(id: $a) { id urgeNotices { id } } }`,
      { a: assignmentId },
      { 'accept-language': 'en', 'x-request-id': 'trace-abc-12345' },
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers['x-request-id']).toBe('trace-abc-12345');
    const body = res.json();
    expect(body.data).toEqual({ assignment: null });
    expect(body.errors).toMatchObject([
      {
        message: 'Internal error, reference trace-abc-12345',
        path: ['assignment', 'urgeNotices'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', correlationId: 'trace-abc-12345' },
      },
    ]);
    expect(Object.keys(body.errors[0].extensions).sort()).toEqual(['code', 'correlationId']);
    expect(exposed(res.json())).not.toMatch(LEAKS);
    expect(logLinesWith('trace-abc-12345')).toEqual([
      expect.stringMatching(/assignment\.urgeNotices[\s\S]*does not exist/),
    ]);
  });

  it('in a DataLoader is masked too, and an insane incoming x-request-id is replaced', async () => {
    const res = await post(
      `query($a: ID!) { assignment(id: $a) { id reports { id } } }`,
      { a: assignmentId },
      { 'x-request-id': 'no spaces or "quotes" please' },
    );
    const id = res.headers['x-request-id'] as string;
    expect(id).toMatch(UUID);
    expect(res.json().errors).toMatchObject([
      { message: `内部错误，编号 ${id}`, extensions: { code: 'INTERNAL_SERVER_ERROR', correlationId: id } },
    ]);
    expect(exposed(res.json())).not.toMatch(LEAKS);
    expect(logLinesWith(id)).toHaveLength(1);
  });

  it('leaves the rest of the operation alone: sibling fields still answer', async () => {
    const res = await post(
      `query($a: ID!) { ok: assignment(id: $a) { id } bad: assignment(id: $a) { urgeNotices { id } } }`,
      {
        a: assignmentId,
      },
    );
    const body = res.json();
    expect(body.data).toEqual({ ok: { id: assignmentId }, bad: null });
    expect(body.errors).toHaveLength(1);
  });
});

describe('errors the client caused', () => {
  it('pass unmasked and unlogged, with their stable code and the request id only in the header', async () => {
    const res = await post(`{ assignment(id: "abc") { id } }`, {}, { 'accept-language': 'en' });
    expect(res.statusCode).toBe(400);
    expect(res.headers['x-request-id']).toMatch(UUID);
    expect(res.json().errors).toEqual([
      {
        message: 'id is not a valid id (a positive whole number is expected)',
        extensions: { code: 'BAD_USER_INPUT', field: 'id' },
      },
    ]);
    const notFound = await post(`mutation { urgeAssignment(assignmentId: "987654321") { id } }`, {});
    expect(notFound.json().errors[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect(logged).not.toHaveBeenCalled();
  });
});
