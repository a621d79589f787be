import { DataSource, EntityManager, QueryRunner } from 'typeorm';

/**
 * Who the rows are for: the top-level tenant and the materialised path of the caller's unit.
 * Every row-level-security policy reads these two settings; without them no row is visible.
 */
export interface Scope {
  tenantId: string;
  path: string;
}

/**
 * One transaction per GraphQL operation (or job), opened lazily, with the caller's scope set
 * transaction-locally so it can never leak into another request that reuses the connection.
 */
export class TenantSession {
  private runner?: Promise<QueryRunner>;
  private finished = false;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly dataSource: DataSource,
    readonly scope: Scope | null,
  ) {}

  /**
   * Parallel resolvers share this one connection; their queries are queued here, one at a time,
   * rather than handed to pg concurrently (which pg 8 only tolerates with a deprecation warning).
   */
  async query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    const qr = await this.open();
    const run = this.queue.then(() => qr.query(sql, params) as Promise<T[]>);
    this.queue = run.catch(() => undefined);
    return run;
  }

  async manager(): Promise<EntityManager> {
    return (await this.open()).manager;
  }

  /** Runs fn atomically inside the session: a failure undoes only fn's writes (a savepoint). */
  async atomic<T>(fn: (manager: EntityManager) => Promise<T>): Promise<T> {
    const qr = await this.open();
    const name = `sp_${Math.random().toString(36).slice(2, 10)}`;
    await qr.query(`SAVEPOINT ${name}`);
    try {
      const result = await fn(qr.manager);
      await qr.query(`RELEASE SAVEPOINT ${name}`);
      return result;
    } catch (err) {
      await qr.query(`ROLLBACK TO SAVEPOINT ${name}`);
      throw err;
    }
  }

  /**
   * Ends the current transaction but keeps the session usable: the next query opens a new one with
   * the same scope. A mutation commits this way as soon as it is done, so its row locks (the roll-up
   * rows of every ancestor) are not held while the response is built.
   */
  async endTransaction(commit: boolean): Promise<void> {
    if (this.finished || !this.runner) return;
    const runner = this.runner;
    this.runner = undefined;
    const qr = await runner;
    try {
      await qr.query(commit ? 'COMMIT' : 'ROLLBACK');
    } finally {
      await qr.release();
    }
  }

  /** Commits (or rolls back) and returns the connection to the pool. Safe to call twice. */
  async finish(commit = true): Promise<void> {
    if (this.finished) return;
    this.finished = true;
    if (!this.runner) return;
    const qr = await this.runner;
    try {
      await qr.query(commit ? 'COMMIT' : 'ROLLBACK');
    } finally {
      await qr.release();
    }
  }

  private open(): Promise<QueryRunner> {
    if (this.finished) throw new Error('TenantSession used after it finished');
    this.runner ??= (async () => {
      const tenant = this.scope?.tenantId ?? '';
      const path = this.scope?.path ?? '';
      // Ids and ltree paths of ids only: safe to inline, which lets BEGIN and the scope travel in one
      // round trip (each round trip is a syscall pair, and most reads are only a handful of queries).
      if (!/^\d*$/.test(tenant) || !/^[\d.]*$/.test(path))
        throw new Error(`malformed scope ${tenant} ${path}`);
      const qr = this.dataSource.createQueryRunner();
      await qr.connect();
      await qr.query(
        `START TRANSACTION; SELECT set_config('duban.tenant_id', '${tenant}', true), set_config('duban.scope_path', '${path}', true)`,
      );
      return qr;
    })();
    return this.runner;
  }
}

/** Runs fn in its own scoped transaction: commit on success, roll back on error. */
export async function withSession<T>(
  dataSource: DataSource,
  scope: Scope | null,
  fn: (session: TenantSession) => Promise<T>,
): Promise<T> {
  const session = new TenantSession(dataSource, scope);
  try {
    const result = await fn(session);
    await session.finish(true);
    return result;
  } catch (err) {
    await session.finish(false);
    throw err;
  }
}
