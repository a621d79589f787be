import { EntityManager } from 'typeorm';
import { codeProblem, formatRegistrationNumber, RuleViolation } from '@duban/rules';

/** The office that issues a number (its own counter per series and year). */
export interface IssuingOffice {
  orgUnitId: string;
  tenantId: string;
  unitPath: string;
}

/** ITEM 督查事项登记号, URGE 催办通知, BULLETIN 督查通报. */
export type NumberSeries = 'ITEM' | 'URGE' | 'BULLETIN';

const SERIES_SUFFIX: Record<NumberSeries, string> = { ITEM: '', URGE: '催', BULLETIN: '通' };

export function shanghaiYear(now: Date): number {
  return Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Asia/Shanghai' }).format(now));
}

/** Concurrency-safe numbering: the counter row is locked by the upsert until commit. */
export async function nextNumber(em: EntityManager, office: IssuingOffice, series: NumberSeries, now: Date) {
  const year = shanghaiYear(now);
  const [{ seq }] = await em.query(
    `INSERT INTO registration_counter (unit_id, series, year, tenant_id, unit_path, last_seq) VALUES ($1, $2, $3, $4, $5::ltree, 1)
     ON CONFLICT (unit_id, series, year) DO UPDATE SET last_seq = registration_counter.last_seq + 1 RETURNING last_seq AS seq`,
    [office.orgUnitId, series, year, office.tenantId, office.unitPath],
  );
  const prefix = await officePrefix(em, office.orgUnitId);
  return {
    year,
    seq: Number(seq),
    number: formatRegistrationNumber(`${prefix}${SERIES_SUFFIX[series]}`, year, Number(seq)),
  };
}

/** 机关代字: configured per office, else the first character of the unit name + 督 (商丘市 → 商督). */
async function officePrefix(em: EntityManager, unitId: string): Promise<string> {
  const [row] = await em.query(
    `SELECT coalesce(s.reg_prefix, left(o.name, 1) || '督') AS prefix FROM org_unit o
       LEFT JOIN office_setting s ON s.unit_id = o.id WHERE o.id = $1`,
    [unitId],
  );
  return row.prefix;
}

/**
 * The 机关代字 each of these offices numbers with now (configured, else the default), by unit id, read
 * through the caller's scope: only offices in the caller's subtree are answered.
 */
export async function officePrefixes(
  db: { query(sql: string, params?: unknown[]): Promise<{ id: string; prefix: string }[]> },
  unitIds: readonly string[],
  scopePath: string,
): Promise<Map<string, string>> {
  const rows = await db.query(
    `SELECT o.id::text AS id, coalesce(s.reg_prefix, left(o.name, 1) || '督') AS prefix FROM org_unit o
       LEFT JOIN office_setting s ON s.unit_id = o.id
      WHERE o.id = ANY($1::bigint[]) AND o.path <@ $2::ltree`,
    [unitIds, scopePath],
  );
  return new Map(rows.map((r) => [r.id, r.prefix]));
}

/**
 * Sets the office's 机关代字 (used by every series it numbers from now on). The rule (2 to 8 Chinese
 * characters, OFFICE_PREFIX_RULE) is checked at the edge and here again, before the row is written.
 */
export async function saveOfficePrefix(
  em: EntityManager,
  office: IssuingOffice,
  prefix: string,
): Promise<void> {
  const problem = codeProblem('officePrefix', prefix);
  if (problem) throw new RuleViolation(problem, 'prefix');
  await em.query(
    `INSERT INTO office_setting (unit_id, tenant_id, unit_path, reg_prefix) VALUES ($1, $2, $3::ltree, $4)
     ON CONFLICT (unit_id) DO UPDATE SET reg_prefix = EXCLUDED.reg_prefix`,
    [office.orgUnitId, office.tenantId, office.unitPath, prefix],
  );
}
