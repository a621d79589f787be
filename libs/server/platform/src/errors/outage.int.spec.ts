/**
 * The errors a real PostgreSQL gives when it goes away are told apart from the client's mistakes:
 * a terminated backend, a refused connection and a pool that cannot connect become SERVICE_UNAVAILABLE
 * (retryable); a bad value stays BAD_USER_INPUT; anything else stays internal.
 */
import { Client, Pool } from 'pg';
import { createDataSource } from '../database/data-source';
import { TenantSession } from '../database/tenant-session';
import { isOutage, toClientError } from './client-error';

const url = () => process.env.DATABASE_ADMIN_URL!;

async function failureOf(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (err) {
    return err;
  }
  throw new Error('expected a failure');
}

const codeOf = (err: unknown) => toClientError(err)?.extensions.code ?? null;

it('a backend terminated by the server (a restart) is an outage', async () => {
  const victim = new Client({ connectionString: url() });
  const admin = new Client({ connectionString: url() });
  await Promise.all([victim.connect(), admin.connect()]);
  victim.on('error', () => undefined);
  try {
    const [{ pid }] = (await victim.query('SELECT pg_backend_pid() AS pid')).rows;
    await admin.query('SELECT pg_terminate_backend($1)', [pid]);
    const err = await failureOf(() => victim.query('SELECT 1'));
    expect(isOutage(err)).toBe(true);
    expect(codeOf(err)).toBe('SERVICE_UNAVAILABLE');
  } finally {
    await admin.end();
    await victim.end().catch(() => undefined);
  }
});

it('a query on a client that already saw its backend terminated is an outage too', async () => {
  // The race of the test above, taken the other way: the client learns of the end before the query.
  const victim = new Client({ connectionString: url() });
  const admin = new Client({ connectionString: url() });
  await Promise.all([victim.connect(), admin.connect()]);
  const ended = new Promise((resolve) => victim.on('error', resolve));
  try {
    const [{ pid }] = (await victim.query('SELECT pg_backend_pid() AS pid')).rows;
    await admin.query('SELECT pg_terminate_backend($1)', [pid]);
    await ended;
    const err = await failureOf(() => victim.query('SELECT 1'));
    expect((err as Error).message).toMatch(/not queryable/);
    expect(codeOf(err)).toBe('SERVICE_UNAVAILABLE');
  } finally {
    await admin.end();
    await victim.end().catch(() => undefined);
  }
});

it('a session whose connection ended before its COMMIT (TypeORM released it) is an outage', async () => {
  // Found by the chaos suite: mutations in flight during a PostgreSQL restart answered INTERNAL_SERVER_ERROR.
  const ds = await createDataSource(process.env.DATABASE_URL!, [], [], 1).initialize();
  const admin = new Client({ connectionString: url() });
  await admin.connect();
  try {
    const s = new TenantSession(ds, { tenantId: '1', path: '1' });
    const [{ pid }] = await s.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    const runner = (await s.manager()).queryRunner!;
    await admin.query('SELECT pg_terminate_backend($1)', [pid]);
    for (let i = 0; i < 200 && !runner.isReleased; i++) await new Promise((r) => setTimeout(r, 10));
    expect(runner.isReleased).toBe(true);
    const err = await failureOf(() => s.endTransaction(true));
    expect((err as Error).name).toBe('QueryRunnerAlreadyReleasedError');
    expect(codeOf(err)).toBe('SERVICE_UNAVAILABLE');
  } finally {
    await admin.end();
    await ds.destroy().catch(() => undefined);
  }
});

it('a refused connection and a pool that cannot connect are outages', async () => {
  const closed = new URL(url());
  closed.port = '1';
  const refused = await failureOf(() => new Client({ connectionString: closed.toString() }).connect());
  expect(codeOf(refused)).toBe('SERVICE_UNAVAILABLE');

  const pool = new Pool({ connectionString: url(), max: 1, connectionTimeoutMillis: 200 });
  const held = await pool.connect();
  try {
    const timedOut = await failureOf(() => pool.query('SELECT 1'));
    expect((timedOut as Error).message).toMatch(/timeout exceeded when trying to connect/);
    expect(codeOf(timedOut)).toBe('SERVICE_UNAVAILABLE');
  } finally {
    held.release();
    await pool.end();
  }
});

it('a bad value stays the client’s mistake and a broken constraint stays internal', async () => {
  const client = new Client({ connectionString: url() });
  await client.connect();
  try {
    const bad = await failureOf(() => client.query(`SELECT 'x'::int`));
    expect(isOutage(bad)).toBe(false);
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    await client.query('CREATE TEMP TABLE t (id int PRIMARY KEY)');
    await client.query('INSERT INTO t VALUES (1)');
    const duplicate = await failureOf(() => client.query('INSERT INTO t VALUES (1)'));
    expect(isOutage(duplicate)).toBe(false);
    expect(codeOf(duplicate)).toBeNull();
  } finally {
    await client.end();
  }
});
