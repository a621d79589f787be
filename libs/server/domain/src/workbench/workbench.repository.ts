import {
  AssignmentStatus,
  COMPLETED_ITEM_STATUSES,
  EscalationStatus,
  Light,
  WorkbenchChangeKind,
  WorkbenchSectionKind,
  type WorkbenchVisit,
} from '@duban/rules';
import {
  isId,
  openAssignmentSql,
  reviewQueueSql,
  signQueueSql,
  Sql,
  sqlLiterals,
  unitInSubtreeSql,
} from '../shared';

/** An assignment as a row of the 工作台 shows it (its item, unit, deadline, status, light), with the
 * row's own id and what the queue adds (the report, when, the reason given). */
export interface AssignmentLine {
  id: string;
  assignmentId: string;
  itemId: string;
  regNumber: string | null;
  title: string;
  unitId: string;
  unitName: string;
  deadline: Date;
  status: AssignmentStatus;
  light: Light;
  lightReasonZh: string;
  lightReasonEn: string;
  reportId?: string | null;
  at?: Date | null;
  text?: string | null;
}

/** One change since the previous visit, with the item (and assignment) it happened to, as they are now. */
export interface ChangeLine {
  id: string;
  change: WorkbenchChangeKind;
  at: Date;
  itemId: string | null;
  regNumber: string | null;
  title: string | null;
  assignmentId: string | null;
  unitId: string | null;
  unitName: string | null;
  deadline: Date | null;
  status: AssignmentStatus | null;
  light: Light | null;
  lightReasonZh: string | null;
  lightReasonEn: string | null;
}

export interface Page<T> {
  count: number;
  rows: T[];
}

export type OwnWorkKind =
  | WorkbenchSectionKind.TO_ACCEPT
  | WorkbenchSectionKind.IN_PROGRESS
  | WorkbenchSectionKind.DUE
  | WorkbenchSectionKind.RETURNED;

const LINE = `a.id::text AS "assignmentId", a.item_id::text AS "itemId", i.reg_number AS "regNumber", i.title,
  a.unit_id::text AS "unitId", u.name AS "unitName", a.deadline, a.status, a.light,
  a.light_reason_zh AS "lightReasonZh", a.light_reason_en AS "lightReasonEn"`;
const LINE_JOINS = `JOIN supervision_item i ON i.id = a.item_id JOIN org_unit u ON u.id = a.unit_id`;

/**
 * The unit's own work ($1 the unit): 待签收 and 办理中 as the inbox (myAssignments) filters them by
 * status; 临期/逾期 ($2: deadlines before it, see dueSoonBefore) and 退回重办 among its open ones.
 */
const OWN_WORK: Record<OwnWorkKind, string> = {
  [WorkbenchSectionKind.TO_ACCEPT]: `a.status = ${sqlLiterals([AssignmentStatus.ASSIGNED])}`,
  [WorkbenchSectionKind.IN_PROGRESS]: `a.status = ${sqlLiterals([AssignmentStatus.IN_PROGRESS])}`,
  [WorkbenchSectionKind.DUE]: `${openAssignmentSql('a')} AND NOT a.not_applicable AND a.deadline < $2`,
  [WorkbenchSectionKind.RETURNED]: `${openAssignmentSql('a')} AND a.returned`,
};

/**
 * What the roll-up counts as overdue (contribution() in @duban/rules): open, applicable, marked
 * overdue, not a split container.
 */
const OVERDUE_IN_ROLLUP = `${openAssignmentSql('a')} AND a.overdue AND NOT a.not_applicable AND NOT a.split`;

/**
 * Changes read from the audit trail's before/after snapshots ($1 tenant, $2 since, $3 the subtree,
 * $4 the completed item states), one per kind and assignment (or item), the latest occurrence kept.
 */
const CHANGES_CTE = `WITH ev AS (
    SELECT e.id, e.at, e.item_id, e.assignment_id, e.before, e.after, e.chain_key LIKE 'item:%' AS on_item
      FROM audit_event e
     WHERE e.tenant_id = $1 AND e.at > $2 AND e.unit_path <@ $3::ltree
       AND (e.chain_key LIKE 'assignment:%' OR e.chain_key LIKE 'item:%')
  ), ch AS (
    SELECT DISTINCT ON (k.kind, coalesce(ev.assignment_id, ev.item_id)) k.kind, ev.id, ev.at, ev.item_id, ev.assignment_id
      FROM ev CROSS JOIN LATERAL (VALUES
        ('${WorkbenchChangeKind.TURNED_RED}', NOT ev.on_item AND ev.after->>'light' = 'RED'
           AND ev.before->>'light' IS DISTINCT FROM 'RED'),
        ('${WorkbenchChangeKind.TURNED_OVERDUE}', NOT ev.on_item AND ev.after->>'overdue' = 'true'
           AND ev.before->>'overdue' IS DISTINCT FROM 'true'),
        ('${WorkbenchChangeKind.REPORT_ACCEPTED}', NOT ev.on_item AND ev.after->>'status' = '${AssignmentStatus.DONE}'
           AND ev.before->>'status' IS DISTINCT FROM '${AssignmentStatus.DONE}'),
        ('${WorkbenchChangeKind.ITEM_COMPLETED}', ev.on_item AND ev.after->>'status' = ANY ($4::text[])
           AND NOT coalesce(ev.before->>'status' = ANY ($4::text[]), false))
      ) AS k(kind, hit)
     WHERE k.hit
     ORDER BY k.kind, coalesce(ev.assignment_id, ev.item_id), ev.at DESC, ev.id DESC
  )`;

/** Count and rows of one statement whose rows carry `n`, the count over every match. */
async function page<T>(db: Sql, sql: string, params: unknown[]): Promise<Page<T>> {
  const rows: (T & { n: number })[] = await db.query(sql, params);
  return { count: rows[0]?.n ?? 0, rows: rows.map(({ n: _n, ...r }) => r as T) };
}

/** The 工作台's reads: counts and first rows of each queue in one statement each, and the visits. */
export const workbenchRepository = {
  /** The unit's own work of one kind, soonest deadline first. */
  ownWork(
    db: Sql,
    kind: OwnWorkKind,
    q: { unitId: string; dueBefore: Date },
    limit: number,
  ): Promise<Page<AssignmentLine>> {
    const due = kind === WorkbenchSectionKind.DUE;
    return page(
      db,
      `SELECT a.id::text AS id, ${LINE}, count(*) OVER ()::int AS n FROM assignment a ${LINE_JOINS}
        WHERE a.unit_id = $1 AND ${OWN_WORK[kind]} ORDER BY a.deadline, a.id LIMIT ${limit}`,
      due ? [q.unitId, q.dueBefore] : [q.unitId],
    );
  },

  /** 待签字 (SIGN) or 待审核 (REVIEW) of the unit, in the queue's order (reportQueue). */
  reportQueue(
    db: Sql,
    kind: 'SIGN' | 'REVIEW',
    unitId: string,
    limit: number,
  ): Promise<Page<AssignmentLine>> {
    const sign = kind === 'SIGN';
    return page(
      db,
      `SELECT r.id::text AS id, r.id::text AS "reportId", ${sign ? 'r.submitted_at' : 'r.signed_at'} AS at, ${LINE},
              count(*) OVER ()::int AS n
         FROM report r JOIN assignment a ON a.id = r.assignment_id ${LINE_JOINS}
        WHERE ${sign ? signQueueSql('$1') : reviewQueueSql('$1')} ORDER BY r.id LIMIT ${limit}`,
      [unitId],
    );
  },

  /** 上报协调 addressed to the office and still waiting for its answer (not forwarded), oldest first. */
  escalations(db: Sql, officeId: string, limit: number): Promise<Page<AssignmentLine>> {
    return page(
      db,
      `SELECT e.id::text AS id, e.created_at AS at, e.reason AS text, ${LINE}, count(*) OVER ()::int AS n
         FROM escalation e JOIN assignment a ON a.id = e.assignment_id ${LINE_JOINS}
        WHERE e.to_unit_id = $1 AND e.status = ${sqlLiterals([EscalationStatus.OPEN])}
        ORDER BY e.id LIMIT ${limit}`,
      [officeId],
    );
  },

  /** The first overdue assignments anywhere in the subtree, most overdue first (the count is the roll-up's). */
  subtreeOverdue(db: Sql, path: string, limit: number): Promise<AssignmentLine[]> {
    return db.query(
      `SELECT a.id::text AS id, ${LINE} FROM assignment a ${LINE_JOINS}
        WHERE ${unitInSubtreeSql('a.unit_id', '$1::ltree')} AND ${OVERDUE_IN_ROLLUP} ORDER BY a.deadline, a.id LIMIT ${limit}`,
      [path],
    );
  },

  /** Assignments as rows show them, by id (for queues read elsewhere, e.g. 延期申请). */
  lines(db: Sql, assignmentIds: readonly string[]): Promise<AssignmentLine[]> {
    const ids = assignmentIds.map(String).filter((id) => isId(id));
    if (!ids.length) return Promise.resolve([]);
    return db.query(
      `SELECT a.id::text AS id, ${LINE} FROM assignment a ${LINE_JOINS} WHERE a.id = ANY ($1::bigint[])`,
      [ids],
    );
  },

  /** What changed in the subtree since `since`: how many of each kind, and the latest `limit`. */
  async changes(
    db: Sql,
    q: { tenantId: string; path: string; since: Date },
    limit: number,
  ): Promise<{ counts: { kind: WorkbenchChangeKind; count: number }[]; rows: ChangeLine[] }> {
    const params = [q.tenantId, q.since, q.path, COMPLETED_ITEM_STATUSES];
    const counts = await db.query(
      `${CHANGES_CTE} SELECT kind, count(*)::int AS count FROM ch GROUP BY kind`,
      params,
    );
    const rows = await db.query(
      `${CHANGES_CTE}
       SELECT ch.kind || ':' || coalesce(ch.assignment_id, ch.item_id) AS id, ch.kind AS change, ch.at,
              ch.item_id::text AS "itemId", i.reg_number AS "regNumber", i.title, ch.assignment_id::text AS "assignmentId",
              a.unit_id::text AS "unitId", u.name AS "unitName", a.deadline, a.status, a.light,
              a.light_reason_zh AS "lightReasonZh", a.light_reason_en AS "lightReasonEn"
         FROM ch LEFT JOIN supervision_item i ON i.id = ch.item_id
         LEFT JOIN assignment a ON a.id = ch.assignment_id LEFT JOIN org_unit u ON u.id = a.unit_id
        ORDER BY ch.at DESC, ch.id DESC LIMIT ${limit}`,
      params,
    );
    return { counts, rows };
  },

  /** The user's visits at this unit; locked when about to be moved. */
  async visit(
    db: Sql,
    userId: string,
    unitId: string,
    opts: { lock: boolean } = { lock: false },
  ): Promise<WorkbenchVisit | null> {
    const [row] = await db.query(
      `SELECT since, last_seen_at AS "lastSeenAt", first_visit AS "firstVisit" FROM workbench_visit
        WHERE user_id = $1 AND org_unit_id = $2${opts.lock ? ' FOR UPDATE' : ''}`,
      [userId, unitId],
    );
    return row
      ? { since: new Date(row.since), lastSeenAt: new Date(row.lastSeenAt), firstVisit: row.firstVisit }
      : null;
  },

  async saveVisit(
    db: Sql,
    who: { userId: string; unitId: string; tenantId: string; unitPath: string },
    v: WorkbenchVisit,
  ): Promise<void> {
    await db.query(
      `INSERT INTO workbench_visit (user_id, org_unit_id, tenant_id, unit_path, since, last_seen_at, first_visit)
       VALUES ($1, $2, $3, $4::ltree, $5, $6, $7)
       ON CONFLICT (user_id, org_unit_id) DO UPDATE SET since = EXCLUDED.since,
         last_seen_at = EXCLUDED.last_seen_at, first_visit = EXCLUDED.first_visit`,
      [who.userId, who.unitId, who.tenantId, who.unitPath, v.since, v.lastSeenAt, v.firstVisit],
    );
  },
};
