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
import { withSession } from '@duban/platform';
import { OutboxService } from '../outbox';
import { assignmentRepository, AssignmentRow, AssignmentStore, withLight } from '../assignment';
import { nextNumber } from '../numbering';
import { urgeNoticeRepository } from '../urge';

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
            const rows = await assignmentRepository.openBatch(em, String(root.tenant_id), lastId, batch);
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
    const rows = await assignmentRepository.dueBatch(em, {
      tenantId,
      now,
      dueSoonDays: opts.dueSoonDays,
      afterId,
      limit: opts.batch,
    });
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
    await urgeNoticeRepository.insert(em, a, {
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
    const sendAt = nextSendTime(now, opts.quietHours);
    // Who hears of it climbs with the target (see notificationWording).
    await this.outbox.emit(em, a.tenantId, a.unitPath, {
      topic: 'assignment.urged',
      source: 'SWEEP',
      itemId: a.itemId,
      assignmentId: a.id,
      unitId: a.unitId,
      issuerUnitId: a.issuerUnitId,
      number: n.number,
      text,
      target: step.target,
      actorId: null,
      ...(sendAt.getTime() > now.getTime() ? { deliverAfter: sendAt.toISOString() } : {}),
    });
  }
}
