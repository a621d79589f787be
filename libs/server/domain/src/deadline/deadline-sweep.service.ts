import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  ChasePolicy,
  ChaseStep,
  DEFAULT_CHASE_POLICY,
  ESCALATION_TARGET_LABELS,
  nextChaseStep,
  nextSendTime,
  QuietHours,
  DEFAULT_QUIET_HOURS,
  UrgeKind,
  URGE_KIND_LABELS,
} from '@duban/rules';
import { Audience } from '@duban/contracts';
import { withSession } from '@duban/platform';
import { OutboxService } from '../outbox/outbox.service';
import { Role } from '../identity/role';
import { ASSIGNMENT_COLUMNS, AssignmentRow } from '../supervision/assignment.row';
import { AssignmentStore, withLight } from '../supervision/assignment.store';
import { nextNumber } from '../supervision/numbering';
import { insertUrgeNotice } from '../supervision/urge-notice';

export interface SweepOptions extends ChasePolicy {
  quietHours: QuietHours;
  /** Assignments locked and handled per transaction. */
  batch: number;
}

export interface SweepResult {
  tenants: number;
  reminders: number;
  overdueMarked: number;
  escalations: number;
}

const DEFAULTS: SweepOptions = { ...DEFAULT_CHASE_POLICY, quietHours: DEFAULT_QUIET_HOURS, batch: 500 };

/** Who hears about each climb of the chase. */
const AUDIENCE_ROLES = { LIAISON: [Role.LIAISON], HEAD: [Role.HEAD, Role.LIAISON], LEADER: [Role.LEADER] };

/**
 * The periodic deadline sweep: reminders before the deadline, the overdue mark with its first notice,
 * and repeated notices that climb to the unit head and then the leader. It reads the open-deadline
 * index per tenant in keyset batches, one transaction per batch, so it never holds long locks and a
 * crash resumes where the state says (every step is recorded on the assignment itself).
 */
@Injectable()
export class DeadlineSweepService {
  private readonly logger = new Logger(DeadlineSweepService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly store: AssignmentStore,
    private readonly outbox: OutboxService,
  ) {}

  async sweep(now = new Date(), options: Partial<SweepOptions> = {}): Promise<SweepResult> {
    const opts = { ...DEFAULTS, ...options };
    const result: SweepResult = { tenants: 0, reminders: 0, overdueMarked: 0, escalations: 0 };
    const roots: { tenant_id: string; path: string }[] = await this.dataSource.query(
      `SELECT * FROM duban_tenant_roots()`,
    );
    for (const root of roots) {
      result.tenants++;
      let lastId = '0';
      for (;;) {
        const handled = await withSession(
          this.dataSource,
          { tenantId: String(root.tenant_id), path: root.path },
          async (session) =>
            this.sweepBatch(await session.manager(), String(root.tenant_id), lastId, now, opts, result),
        );
        if (handled === null) break;
        lastId = handled;
      }
    }
    if (result.reminders + result.overdueMarked + result.escalations)
      this.logger.log(
        `deadline sweep: ${result.reminders} reminders, ${result.overdueMarked} overdue, ${result.escalations} escalations`,
      );
    return result;
  }

  /**
   * 序时进度 moves with the clock, so a light can change with no write at all (an untouched task turns
   * yellow as its period elapses). This pass re-evaluates every open assignment and saves only those
   * whose colour changed (audit + roll-up delta), in keyset batches, one transaction per batch.
   */
  async refreshLights(now = new Date(), batch = 1000): Promise<{ checked: number; changed: number }> {
    const totals = { checked: 0, changed: 0 };
    const roots: { tenant_id: string; path: string }[] = await this.dataSource.query(
      `SELECT * FROM duban_tenant_roots()`,
    );
    for (const root of roots) {
      let lastId = '0';
      for (;;) {
        const next = await withSession(
          this.dataSource,
          { tenantId: String(root.tenant_id), path: root.path },
          async (session) => {
            const em = await session.manager();
            const rows: AssignmentRow[] = await em.query(
              `SELECT ${ASSIGNMENT_COLUMNS} FROM assignment a
                WHERE a.tenant_id = $1 AND a.status NOT IN ('DONE', 'WITHDRAWN') AND NOT a.split AND a.id > $2
                ORDER BY a.id LIMIT $3 FOR UPDATE SKIP LOCKED`,
              [root.tenant_id, lastId, batch],
            );
            for (const a of rows) {
              totals.checked++;
              if (withLight(a, a, now).light === a.light) continue;
              totals.changed++;
              await this.store.save(em, null, a, a, 'assignment.light_changed', null, now);
            }
            return rows.length < batch ? null : rows[rows.length - 1].id;
          },
        );
        if (next === null) break;
        lastId = next;
      }
    }
    if (totals.changed)
      this.logger.log(`light refresh: ${totals.changed} of ${totals.checked} changed colour`);
    return totals;
  }

  /** Returns the last id handled, or null when the tenant has nothing more to chase. */
  private async sweepBatch(
    em: EntityManager,
    tenantId: string,
    afterId: string,
    now: Date,
    opts: SweepOptions,
    result: SweepResult,
  ): Promise<string | null> {
    // Candidates only: due within dueSoonDays, or overdue. The partial index on open deadlines serves it.
    const rows: AssignmentRow[] = await em.query(
      `SELECT ${ASSIGNMENT_COLUMNS} FROM assignment a
        WHERE a.tenant_id = $1 AND a.status NOT IN ('DONE', 'WITHDRAWN') AND NOT a.split
          AND a.deadline < $2::timestamptz + make_interval(days => $3 + 1) AND a.id > $4
        ORDER BY a.id LIMIT $5 FOR UPDATE SKIP LOCKED`,
      [tenantId, now, opts.dueSoonDays, afterId, opts.batch],
    );
    if (!rows.length) return null;
    for (const a of rows) {
      const step = nextChaseStep(
        {
          deadline: new Date(a.deadline),
          overdue: a.overdue,
          overdueNotices: a.overdueNotices,
          lastOverdueNoticeAt: a.lastOverdueNoticeAt ? new Date(a.lastOverdueNoticeAt) : null,
          reminderStage: a.reminderStage,
        },
        now,
        opts,
      );
      if (step) await this.chase(em, a, step, now, opts);
      if (!step) continue;
      if (step.kind === UrgeKind.REMINDER) result.reminders++;
      else if (step.kind === UrgeKind.OVERDUE_NOTICE) result.overdueMarked++;
      else result.escalations++;
    }
    return rows.length < opts.batch ? null : rows[rows.length - 1].id;
  }

  private async chase(em: EntityManager, a: AssignmentRow, step: ChaseStep, now: Date, opts: SweepOptions) {
    const n = await nextNumber(
      em,
      { orgUnitId: a.issuerUnitId, tenantId: a.tenantId, unitPath: a.issuerPath },
      'URGE',
      now,
    );
    const kind = URGE_KIND_LABELS[step.kind];
    const to = ESCALATION_TARGET_LABELS[step.target];
    const text = {
      zh: `${kind.zh}（${n.number}）：请${to.zh}督促，按时限报送办理情况`,
      en: `${kind.en} (${n.number}) to the ${to.en.toLowerCase()}: please report by the deadline`,
    };
    await insertUrgeNotice(em, a, {
      number: n.number,
      kind: step.kind,
      target: step.target,
      text: text.zh,
      createdBy: null,
    });
    await this.store.save(
      em,
      null,
      a,
      { ...a, ...step.next },
      step.kind === UrgeKind.OVERDUE_NOTICE ? 'assignment.overdue' : 'assignment.chased',
      text.zh,
      now,
    );
    const audience: Audience[] =
      step.target === 'LEADER'
        ? [
            { unitId: a.issuerUnitId, roles: AUDIENCE_ROLES.LEADER },
            { unitId: a.unitId, roles: AUDIENCE_ROLES.HEAD },
          ]
        : [{ unitId: a.unitId, roles: AUDIENCE_ROLES[step.target] }];
    const sendAt = nextSendTime(now, opts.quietHours);
    await this.outbox.emit(em, a.tenantId, a.unitPath, {
      topic: 'assignment.urged',
      itemId: a.itemId,
      assignmentId: a.id,
      audience,
      title: text,
      actorId: null,
      ...(sendAt.getTime() > now.getTime() ? { deliverAfter: sendAt.toISOString() } : {}),
    });
  }
}
