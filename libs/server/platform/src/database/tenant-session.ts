import { DataSource, EntityManager, QueryFailedError, QueryRunner } from 'typeorm';

/**
 * Who the rows are for: the top-level tenant and the materialised path of the caller's unit.
 * Every row-level-security policy reads these two settings; without them no row is visible.
 */
export interface Scope {
  tenantId: string;
  path: string;
}

/** Names of prepared statements by their text: the same name on every connection. */
const PREPARED = new Map<string, string>();

/** What a query may ask of the session. */
export interface QueryOptions {
  /**
   * As a named prepared statement: PostgreSQL parses and plans it once per connection, later calls
   * only bind and execute. For hot statements of fixed text only (every text stays prepared on each
   * pooled connection, so never for SQL with inlined values).
   */
  prepare?: boolean;
}

/**
 * Key in a DataSource's `extra` options: `false` turns named statements off (DB_NAMED_STATEMENTS=off,
 * behind a transaction-mode pooler that cannot keep them); pg ignores keys it does not know.
 */
export const NAMED_STATEMENTS = 'dubanNamedStatements';

async function runPrepared<T>(qr: QueryRunner, sql: string, params: unknown[]): Promise<T[]> {
  if ((qr.connection.options.extra as Record<string, unknown> | undefined)?.[NAMED_STATEMENTS] === false)
    return (await qr.query(sql, params)) as T[];
  let name = PREPARED.get(sql);
  if (!name) PREPARED.set(sql, (name = `duban_${PREPARED.size + 1}`));
  // The pg client under TypeORM's runner (connected by open()): TypeORM's query() cannot name a statement.
  const client = (qr as unknown as { databaseConnection: PgClient }).databaseConnection;
  try {
    return (await client.query({ name, text: sql, values: params })).rows as T[];
  } catch (err) {
    throw new QueryFailedError(sql, params, err as Error);
  }
}

interface PgClient {
  query(q: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
  query(text: string): Promise<{ rows: unknown[] }[]>;
}

/** A string literal (standard_conforming_strings: only the quote is special). */
const literal = (v: string) => `'${v.replace(/'/g, "''")}'`;

/**
 * The scope as `SET LOCAL` statements: transaction-local like `set_config(…, true)`, and what a Citus
 * coordinator propagates to its workers (`citus.propagate_set_commands = 'local'`). SET takes no bind
 * parameters, so the values are validated (a tenant id; an ltree path of ids) and quoted. No scope
 * sets both empty: every policy then matches nothing.
 */
export function scopeStatements(scope: Scope | null): string {
  const tenant = scope?.tenantId ?? '';
  const path = scope?.path ?? '';
  if (!/^\d{0,19}$/.test(tenant) || !/^(\d{1,19}(\.\d{1,19})*)?$/.test(path))
    throw new Error(`malformed scope ${JSON.stringify(tenant)} ${JSON.stringify(path)}`);
  return `SET LOCAL duban.tenant_id = ${literal(tenant)}; SET LOCAL duban.scope_path = ${literal(path)}`;
}

/** Each session under its EntityManager (what write paths hold), for `lastInTransaction`. */
const SESSIONS = new WeakMap<object, TenantSession>();

/**
 * Runs `sql` last in the caller's transaction: sent together with its COMMIT, in one round trip, so
 * the rows it locks are held only while the server runs it and commits (in the order queued; a
 * rollback drops it, a savepoint's rollback the statements queued inside it). Meant for the most
 * contended rows, the roll-up counters: a transaction holding them never waits for another lock or
 * for its client. `sql` takes no parameters (literals only, checked by the caller). `db` is the
 * EntityManager of a TenantSession (`manager()`); on anything else the statement runs at once.
 */
export async function lastInTransaction(db: object & { query(sql: string): Promise<unknown> }, sql: string) {
  const session = SESSIONS.get(db);
  if (session) session.queueLast(sql);
  else await db.query(sql);
}

/** A query on a session that has already committed: a sibling resolver still running after the answer. */
export class SessionFinishedError extends Error {
  constructor() {
    super('TenantSession used after it finished');
  }
}

/**
 * One transaction per GraphQL operation (or job), opened lazily, with the caller's scope set
 * transaction-locally so it can never leak into another request that reuses the connection.
 */
export class TenantSession {
  private runner?: Promise<QueryRunner>;
  private finished = false;
  private queue: Promise<unknown> = Promise.resolve();
  private last: string[] = [];

  constructor(
    private readonly dataSource: DataSource,
    readonly scope: Scope | null,
  ) {}

  /**
   * A session whose scope a lookup names, opened in the same round trip as that lookup (sign-in: the
   * user's row gives tenant and unit). `lookup` is SQL without parameters (ids only, checked by the
   * caller) returning at most one row with `tenant_id` and `unit_path`; the statement that runs it
   * right after BEGIN sets the scope from that row, so without a row there is none (no rows visible).
   */
  static async openFor<T extends { tenant_id: unknown; unit_path: unknown }>(
    dataSource: DataSource,
    lookup: string,
  ): Promise<{ session: TenantSession; row: T | undefined }> {
    const qr = dataSource.createQueryRunner();
    await qr.connect();
    let row: (T & { _s?: unknown }) | undefined;
    try {
      const client = (qr as unknown as { databaseConnection: PgClient }).databaseConnection;
      // duban_enter_scope runs SET LOCAL (what Citus propagates), quoted inside the database.
      const [, found] = await client.query(
        `START TRANSACTION; SELECT l.*, duban_enter_scope(l.tenant_id, l.unit_path::ltree) AS _s FROM (${lookup}) l`,
      );
      row = found.rows[0] as typeof row;
    } catch (err) {
      await qr.query('ROLLBACK').catch(() => undefined);
      await qr.release();
      throw err;
    }
    if (row) delete row._s;
    const session = new TenantSession(
      dataSource,
      row ? { tenantId: String(row.tenant_id), path: String(row.unit_path) } : null,
    );
    SESSIONS.set(qr.manager, session);
    session.runner = Promise.resolve(qr);
    return { session, row };
  }

  /** Whether this session has taken a pooled connection (it keeps it until it finishes). */
  get holdsConnection(): boolean {
    return this.runner !== undefined;
  }

  /** See `lastInTransaction`. */
  queueLast(sql: string): void {
    if (this.finished) throw new SessionFinishedError();
    this.last.push(sql);
  }

  /**
   * Parallel resolvers share this one connection; their queries are queued here, one at a time,
   * rather than handed to pg concurrently (which pg 8 only tolerates with a deprecation warning).
   */
  async query<T = Record<string, unknown>>(
    sql: string,
    params: unknown[] = [],
    options: QueryOptions = {},
  ): Promise<T[]> {
    const qr = await this.open();
    const run = this.queue.then(() =>
      options.prepare ? runPrepared<T>(qr, sql, params) : (qr.query(sql, params) as Promise<T[]>),
    );
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
    const queued = this.last.length;
    try {
      const result = await fn(qr.manager);
      await qr.query(`RELEASE SAVEPOINT ${name}`);
      return result;
    } catch (err) {
      await qr.query(`ROLLBACK TO SAVEPOINT ${name}`);
      this.last.length = queued;
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
    await this.close(await runner, commit);
  }

  /**
   * Commits (or rolls back) and returns the connection to the pool. Safe to call twice. Queries that
   * sibling resolvers queued before it (graphql-js answers as soon as one root field fails) run first;
   * later ones get `SessionFinishedError`.
   */
  async finish(commit = true): Promise<void> {
    if (this.finished) return;
    this.finished = true;
    if (!this.runner) return;
    await this.close(await this.runner, commit);
  }

  /** The statements queued to run last and COMMIT in one round trip; if one fails, ROLLBACK and its error. */
  private async close(qr: QueryRunner, commit: boolean): Promise<void> {
    // Whatever is queued on this connection goes before the COMMIT (its failures are its callers').
    await this.queue;
    const last = this.last.splice(0);
    try {
      await qr.query(commit ? [...last, 'COMMIT'].join(';\n') : 'ROLLBACK');
    } catch (err) {
      if (commit) await qr.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      await qr.release();
    }
  }

  private open(): Promise<QueryRunner> {
    if (this.finished) return Promise.reject(new SessionFinishedError());
    this.runner ??= (async () => {
      const scope = scopeStatements(this.scope);
      const qr = this.dataSource.createQueryRunner();
      SESSIONS.set(qr.manager, this);
      await qr.connect();
      // BEGIN and the scope in one round trip (each is a syscall pair; most reads are a handful of queries).
      await qr.query(`START TRANSACTION; ${scope}`);
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
