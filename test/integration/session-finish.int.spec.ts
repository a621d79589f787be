/**
 * A GraphQL operation's root fields share one scoped transaction. When one root field fails, graphql-js
 * answers at once while its siblings may still have queries queued on that session; finishing the
 * session must let those run first instead of releasing the connection under them
 * (QueryRunnerAlreadyReleasedError), and a query that comes after the finish is refused plainly.
 */
import { DataSource } from 'typeorm';
import { SessionFinishedError } from '@duban/platform';
import { scopeOf, session, testDataSources } from '../support';

describe('TenantSession finish with queries still queued', () => {
  let app: DataSource;
  let owner: DataSource;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ app, owner, close } = await testDataSources());
  });
  afterAll(() => close());

  it('runs the queries queued before the finish, then commits and releases the connection', async () => {
    const s = session(app, await scopeOf(owner, '4114'));
    const slow = s.query<{ n: number }>('SELECT 1 AS n FROM pg_sleep(0.15)');
    const queued = s.query<{ units: string }>('SELECT count(*)::text AS units FROM org_unit');
    const finished = s.finish(true);
    await expect(slow).resolves.toEqual([{ n: 1 }]);
    // The 商丘市 tree is visible in the scope, so the count is that of a real read, not of a released runner.
    const [{ units }] = await queued;
    expect(Number(units)).toBeGreaterThan(3000);
    await finished;
    expect(app.driver).toBeDefined();
    const pool = (app.driver as unknown as { master: { totalCount: number; idleCount: number } }).master;
    expect(pool.totalCount).toBe(pool.idleCount);
  });

  it('refuses a query that comes after the finish with SessionFinishedError, not a driver error', async () => {
    const s = session(app, await scopeOf(owner, '4114'));
    await s.query('SELECT 1');
    await s.finish(true);
    await expect(s.query('SELECT 1')).rejects.toBeInstanceOf(SessionFinishedError);
  });

  it('lets a mutation end its transaction only after the queries queued in it', async () => {
    const s = session(app, await scopeOf(owner, '4114'));
    const slow = s.query('SELECT pg_sleep(0.1)');
    const queued = s.query<{ n: number }>('SELECT 2 AS n');
    await s.endTransaction(true);
    await slow;
    await expect(queued).resolves.toEqual([{ n: 2 }]);
    // The session stays usable: the next query opens a new transaction with the same scope.
    await expect(s.query<{ n: number }>('SELECT 3 AS n')).resolves.toEqual([{ n: 3 }]);
    await s.finish(true);
  });
});
