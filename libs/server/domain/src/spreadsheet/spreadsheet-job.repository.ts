import { Bilingual } from '@duban/rules';
import { isId, Sql } from '../shared';
import { SpreadsheetJobKind, SpreadsheetJobStatus } from './spreadsheet-job.entity';

/** A job row as the room reads it. */
export interface SpreadsheetJobRow {
  id: string;
  tenantId: string;
  unitPath: string;
  requestedBy: string;
  kind: SpreadsheetJobKind;
  status: SpreadsheetJobStatus;
  done: number;
  total: number;
  parameters: Record<string, unknown>;
  resultKey: string | null;
  resultName: string | null;
  result: unknown;
  errorZh: string | null;
  errorEn: string | null;
  rowErrors: unknown;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

const COLUMNS = `j.id::text AS id, j.tenant_id::text AS "tenantId", j.unit_path::text AS "unitPath",
  j.requested_by::text AS "requestedBy", j.kind, j.status, j.done, j.total, j.parameters,
  j.result_key AS "resultKey", j.result_name AS "resultName", j.result, j.error_zh AS "errorZh",
  j.error_en AS "errorEn", j.row_errors AS "rowErrors", j.created_at AS "createdAt",
  j.started_at AS "startedAt", j.finished_at AS "finishedAt"`;

/** All SQL on spreadsheet_job. Reads always name the requester: a job is its requester's alone. */
export const spreadsheetJobRepository = {
  async insert(
    db: Sql,
    j: {
      tenantId: string;
      unitPath: string;
      requestedBy: string;
      kind: SpreadsheetJobKind;
      parameters: object;
    },
  ): Promise<string> {
    const [row] = await db.query(
      `INSERT INTO spreadsheet_job (tenant_id, unit_path, requested_by, kind, parameters)
       VALUES ($1, $2::ltree, $3, $4, $5::jsonb) RETURNING id::text AS id`,
      [j.tenantId, j.unitPath, j.requestedBy, j.kind, JSON.stringify(j.parameters)],
    );
    return row.id;
  },

  async find(db: Sql, id: string, requestedBy: string): Promise<SpreadsheetJobRow | null> {
    if (!isId(id)) return null;
    const [row] = await db.query(
      `SELECT ${COLUMNS} FROM spreadsheet_job j WHERE j.id = $1 AND j.requested_by = $2`,
      [id, requestedBy],
    );
    return row ?? null;
  },

  recent(
    db: Sql,
    requestedBy: string,
    kind: SpreadsheetJobKind | null,
    limit: number,
  ): Promise<SpreadsheetJobRow[]> {
    return db.query(
      `SELECT ${COLUMNS} FROM spreadsheet_job j WHERE j.requested_by = $1 AND ($2::text IS NULL OR j.kind = $2)
        ORDER BY j.id DESC LIMIT ${Math.trunc(limit)}`,
      [requestedBy, kind],
    );
  },

  /**
   * Claims the job for a run: QUEUED, or RUNNING left by a worker that died (a retry), starts afresh;
   * a finished job is not run again. Returns null when there is nothing to run.
   */
  async start(db: Sql, id: string): Promise<SpreadsheetJobRow | null> {
    // Through a CTE: an UPDATE's own RETURNING comes back from TypeORM as [rows, count].
    const [row] = await db.query(
      `WITH j AS (
         UPDATE spreadsheet_job SET status = 'RUNNING', done = 0, total = 0, started_at = now(),
                result_key = NULL, result_name = NULL, result = NULL, error_zh = NULL, error_en = NULL, row_errors = NULL
          WHERE id = $1 AND status IN ('QUEUED', 'RUNNING') RETURNING *)
       SELECT ${COLUMNS} FROM j`,
      [id],
    );
    return row ?? null;
  },

  async progress(db: Sql, id: string, done: number, total: number): Promise<void> {
    await db.query(`UPDATE spreadsheet_job SET done = $2, total = $3 WHERE id = $1 AND status = 'RUNNING'`, [
      id,
      done,
      total,
    ]);
  },

  async succeed(
    db: Sql,
    id: string,
    r: { done: number; total: number; resultKey?: string; resultName?: string; result?: unknown },
  ): Promise<void> {
    await db.query(
      `UPDATE spreadsheet_job SET status = 'SUCCEEDED', done = $2, total = $3, result_key = $4, result_name = $5,
              result = $6::jsonb, finished_at = now() WHERE id = $1`,
      [id, r.done, r.total, r.resultKey ?? null, r.resultName ?? null, JSON.stringify(r.result ?? null)],
    );
  },

  async fail(db: Sql, id: string, error: Bilingual, rowErrors: unknown = null): Promise<void> {
    await db.query(
      `UPDATE spreadsheet_job SET status = 'FAILED', error_zh = $2, error_en = $3, row_errors = $4::jsonb,
              finished_at = now() WHERE id = $1`,
      [id, error.zh, error.en, rowErrors === null ? null : JSON.stringify(rowErrors)],
    );
  },
};
