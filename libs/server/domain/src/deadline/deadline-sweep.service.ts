// Over 400 lines on purpose: the sweep's chases (deadline, 签收, 月报/季报) and the light refresh share one
// batching loop and one numbered-notice step (chase); splitting them would copy both.
import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  Bilingual,
  ChasePolicy,
  ChaseState,
  DEFAULT_CHASE_POLICY,
  DEFAULT_SIGN_WITHIN_WORKING_DAYS,
  ESCALATION_TARGET_LABELS,
  EscalationTarget,
  nextChaseStep,
  nextSendTime,
  nextSignChase,
  periodicReportMissing,
  QuietHours,
  DEFAULT_QUIET_HOURS,
  UrgeKind,
  URGE_KIND_LABELS,
  workingDaysCutoff,
} from '@duban/rules';
import { AppConfig, withSession } from '@duban/platform';
import { CONFIG } from '../config.token';
import { OutboxService } from '../outbox';
import {
  assignmentRepository,
  AssignmentRow,
  AssignmentStore,
  chainRepository,
  milestoneRepository,
} from '../assignment';
import { nextNumber } from '../numbering';
import { orgScope } from '../org';
import { urgeNoticeRepository } from '../urge';

export interface SweepOptions extends ChasePolicy {
  quietHours: QuietHours;
  /** Assignments locked and handled per transaction. */
  batch: number;
  /** 签收时限 in working days: still 待签收 after it gets one 签收提醒 (default: SIGN_WITHIN_WORKING_DAYS). */
  signWithinWorkingDays: number;
}

export interface SweepResult {
  tenants: number;
  reminders: number;
  overdueMarked: number;
  escalations: number;
  /** 签收提醒 sent to units that had not signed for an assignment in time. */
  signReminders: number;
  /** 月报/季报提醒 sent to units whose report of the cycle was missing after its due day. */
  cycleReminders: number;
}

const DEFAULTS: SweepOptions = {
  ...DEFAULT_CHASE_POLICY,
  quietHours: DEFAULT_QUIET_HOURS,
  batch: 500,
  signWithinWorkingDays: DEFAULT_SIGN_WITHIN_WORKING_DAYS,
};

/** One step of a chase as the sweeper carries it out: the notice and the chase state it leaves. */
interface ChaseAction {
  kind: UrgeKind;
  target: EscalationTarget;
  text: Bilingual;
  next: Pick<ChaseState, 'overdue' | 'overdueNotices' | 'lastOverdueNoticeAt' | 'reminderStage'>;
  /** The audit action of the assignment's save. */
  action: string;
}

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
    @Optional() @Inject(CONFIG) config?: Pick<AppConfig, 'SIGN_WITHIN_WORKING_DAYS'>,
  ) {
    this.defaults = {
      ...DEFAULTS,
      signWithinWorkingDays: config?.SIGN_WITHIN_WORKING_DAYS ?? DEFAULTS.signWithinWorkingDays,
    };
  }

  private readonly defaults: SweepOptions;

  /** The scheduled pass: the deadline chase, then the 签收 chase, per tenant. */
  async sweep(now = new Date(), options: Partial<SweepOptions> = {}): Promise<SweepResult> {
    const opts = { ...this.defaults, ...options };
    const result = emptyResult();
    for (const root of await this.tenantRoots()) {
      result.tenants++;
      await this.batches(root, (em, tenantId, lastId) =>
        this.sweepBatch(em, tenantId, lastId, now, opts, result),
      );
      // Missing 签收: its own candidates (unsigned past the 签收时限), in the same kind of batches.
      await this.batches(root, (em, tenantId, lastId) =>
        this.signBatch(em, tenantId, lastId, now, opts, result, null),
      );
      await this.batches(root, (em, tenantId, lastId) =>
        this.cycleBatch(em, tenantId, lastId, now, opts, result, null),
      );
    }
    this.report(result);
    return result;
  }

  /** The 月报/季报 chase alone; `itemId` narrows it to one item (as chaseUnsigned). */
  async chaseCycleReports(now = new Date(), options: Partial<SweepOptions> & { itemId?: string } = {}) {
    const opts = { ...this.defaults, ...options };
    const result = emptyResult();
    for (const root of await this.tenantRoots()) {
      result.tenants++;
      await this.batches(root, (em, tenantId, lastId) =>
        this.cycleBatch(em, tenantId, lastId, now, opts, result, options.itemId ?? null),
      );
    }
    this.report(result);
    return result;
  }

  /**
   * The 签收 chase alone, as the sweep runs it; `itemId` narrows it to one item's assignments (an
   * on-demand chase of one item, and what tests with a moved clock use so they leave others' rows be).
   */
  async chaseUnsigned(
    now = new Date(),
    options: Partial<SweepOptions> & { itemId?: string } = {},
  ): Promise<SweepResult> {
    const opts = { ...this.defaults, ...options };
    const result = emptyResult();
    for (const root of await this.tenantRoots()) {
      result.tenants++;
      await this.batches(root, (em, tenantId, lastId) =>
        this.signBatch(em, tenantId, lastId, now, opts, result, options.itemId ?? null),
      );
    }
    this.report(result);
    return result;
  }

  private tenantRoots(): Promise<{ tenant_id: string; path: string }[]> {
    return this.dataSource.query(`SELECT * FROM duban_tenant_roots()`);
  }

  /** Keyset batches over one tenant, one scoped transaction each, until a batch returns null. */
  private async batches(
    root: { tenant_id: string; path: string },
    batch: (em: EntityManager, tenantId: string, afterId: string) => Promise<string | null>,
  ): Promise<void> {
    const tenantId = String(root.tenant_id);
    let lastId = '0';
    for (;;) {
      const handled = await withSession(this.dataSource, { tenantId, path: root.path }, async (session) =>
        batch(await session.manager(), tenantId, lastId),
      );
      if (handled === null) return;
      lastId = handled;
    }
  }

  private report(result: SweepResult): void {
    if (
      result.reminders +
      result.overdueMarked +
      result.escalations +
      result.signReminders +
      result.cycleReminders
    )
      this.logger.log(
        `deadline sweep: ${result.reminders} reminders, ${result.overdueMarked} overdue, ${result.escalations} escalations, ${result.signReminders} sign-for reminders, ${result.cycleReminders} periodic-report reminders`,
      );
  }

  /**
   * 序时进度 moves with the clock, so a light can change with no write at all (an untouched task turns
   * yellow as its period elapses). This pass re-evaluates every open assignment and saves only those
   * whose colour changed (audit + roll-up delta), in keyset batches, one transaction per batch.
   * `itemId` narrows it to one item (tests with a moved clock leave others' rows be).
   */
  async refreshLights(
    now = new Date(),
    batch = 1000,
    itemId: string | null = null,
  ): Promise<{ checked: number; changed: number }> {
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
            const rows = await assignmentRepository.openBatch(
              em,
              String(root.tenant_id),
              lastId,
              batch,
              itemId,
            );
            const plans = await this.store.plansOf(em, rows);
            for (const a of rows) {
              totals.checked++;
              if (this.store.lightOf(a, a, now, plans.get(String(a.itemId)) ?? []).light === a.light)
                continue;
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
    const steps = rows.flatMap((a) => {
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
      return step ? [{ a, step }] : [];
    });
    const names = await this.namesOf(
      em,
      steps.map((s) => s.a),
    );
    for (const { a, step } of steps) {
      await this.chase(em, a, names, now, opts, (number) => {
        const kind = URGE_KIND_LABELS[step.kind];
        const to = ESCALATION_TARGET_LABELS[step.target];
        return {
          ...step,
          text: {
            zh: `${kind.zh}（${number}）：请${to.zh}督促，按时限报送办理情况`,
            en: `${kind.en} (${number}) to the ${to.en.toLowerCase()}: please report by the deadline`,
          },
          action: step.kind === UrgeKind.OVERDUE_NOTICE ? 'assignment.overdue' : 'assignment.chased',
        };
      });
      if (step.kind === UrgeKind.REMINDER) result.reminders++;
      else if (step.kind === UrgeKind.OVERDUE_NOTICE) result.overdueMarked++;
      else result.escalations++;
    }
    return rows.length < opts.batch ? null : rows[rows.length - 1].id;
  }

  /**
   * Missing 签收 is chased: an assignment still 待签收 after the 签收时限 gets one numbered 签收提醒 to
   * its liaison, and its save turns the light yellow (逾期未签收（N天）) with the roll-up following.
   * Returns the last id handled, or null when the tenant has no more candidates.
   */
  private async signBatch(
    em: EntityManager,
    tenantId: string,
    afterId: string,
    now: Date,
    opts: SweepOptions,
    result: SweepResult,
    itemId: string | null,
  ): Promise<string | null> {
    const rows = await chainRepository.unsignedBatch(em, {
      tenantId,
      itemId,
      createdBefore: workingDaysCutoff(now, opts.signWithinWorkingDays),
      now,
      afterId,
      limit: opts.batch,
    });
    if (!rows.length) return null;
    const steps = rows.flatMap((a) => {
      const step = nextSignChase(
        // The candidates come without a 签收提醒 yet (the query leaves the reminded ones out).
        {
          unsigned: true,
          assignedAt: new Date(a.createdAt),
          deadline: new Date(a.deadline),
          signReminders: 0,
        },
        now,
        opts.signWithinWorkingDays,
      );
      return step ? [{ a, step }] : [];
    });
    const names = await this.namesOf(
      em,
      steps.map((s) => s.a),
    );
    for (const { a, step } of steps) {
      await this.chase(em, a, names, now, opts, (number) => {
        const kind = URGE_KIND_LABELS[step.kind];
        const to = ESCALATION_TARGET_LABELS[step.target];
        return {
          kind: step.kind,
          target: step.target,
          text: {
            zh: `${kind.zh}（${number}）：已交办${step.workingDays}个工作日仍未签收，请${to.zh}及时签收办理`,
            en: `${kind.en} (${number}) to the ${to.en.toLowerCase()}: not signed for after ${step.workingDays} working days; please sign for it`,
          },
          next: a,
          action: 'assignment.sign_chased',
        };
      });
      result.signReminders++;
    }
    return rows.length < opts.batch ? null : rows[rows.length - 1].id;
  }

  /**
   * 月报/季报: a unit whose report of the current cycle is still missing after the due day gets one
   * numbered 月报/季报提醒 per cycle (the notice, dated by the sweep, is what makes it idempotent).
   */
  private async cycleBatch(
    em: EntityManager,
    tenantId: string,
    afterId: string,
    now: Date,
    opts: SweepOptions,
    result: SweepResult,
    itemId: string | null,
  ): Promise<string | null> {
    const rows = await milestoneRepository.cycleBatch(em, { tenantId, itemId, afterId, limit: opts.batch });
    if (!rows.length) return null;
    const due = rows.flatMap((a) => {
      const cycle = periodicReportMissing(
        {
          cycle: a.reportCycle,
          dueDay: a.reportDueDay,
          assignedAt: new Date(a.createdAt),
          lastReportAt: a.lastReportAt ? new Date(a.lastReportAt) : null,
          lastChaseAt: a.lastChaseAt ? new Date(a.lastChaseAt) : null,
        },
        now,
      );
      return cycle ? [{ a, cycle }] : [];
    });
    const names = await this.namesOf(
      em,
      due.map((s) => s.a),
    );
    for (const { a, cycle } of due) {
      await this.chase(em, a, names, now, opts, (number) => ({
        kind: UrgeKind.CYCLE_REMINDER,
        target: 'LIAISON',
        text: {
          zh: `${URGE_KIND_LABELS[UrgeKind.CYCLE_REMINDER].zh}（${number}）：${cycle.label.zh}逾期未报送，请联络员及时报送进展`,
          en: `${URGE_KIND_LABELS[UrgeKind.CYCLE_REMINDER].en} (${number}): the ${cycle.label.en} is overdue; please report progress`,
        },
        next: a,
        action: 'assignment.cycle_chased',
      }));
      result.cycleReminders++;
    }
    return rows.length < opts.batch ? null : rows[rows.length - 1].id;
  }

  /** Names of the units and assigning offices of a batch, in one query (for the chain's notices). */
  private namesOf(em: EntityManager, rows: AssignmentRow[]): Promise<Map<string, string>> {
    if (!rows.length) return Promise.resolve(new Map());
    return orgScope.names(
      em,
      rows.flatMap((a) => [String(a.unitId), String(a.issuerUnitId)]),
    );
  }

  /**
   * One numbered 催办通知 of the assigning office (series URGE): recorded, the assignment saved with
   * its new chase state (light, roll-up, audit), and announced to the unit and, along the chain, to
   * the offices between the assigning office and the unit.
   */
  private async chase(
    em: EntityManager,
    a: AssignmentRow,
    names: Map<string, string>,
    now: Date,
    opts: SweepOptions,
    step: (number: string) => ChaseAction,
  ) {
    const n = await nextNumber(
      em,
      { orgUnitId: a.issuerUnitId, tenantId: a.tenantId, unitPath: a.issuerPath },
      'URGE',
      now,
    );
    const { kind, target, text, next, action } = step(n.number);
    await urgeNoticeRepository.insert(em, a, {
      number: n.number,
      kind,
      target,
      text: text.zh,
      createdBy: null,
      createdAt: now,
    });
    await this.store.save(
      em,
      null,
      a,
      {
        ...a,
        overdue: next.overdue,
        overdueNotices: next.overdueNotices,
        lastOverdueNoticeAt: next.lastOverdueNoticeAt,
        reminderStage: next.reminderStage,
      },
      action,
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
      target,
      actorId: null,
      urgerUnitId: String(a.issuerUnitId),
      urgerUnitName: names.get(String(a.issuerUnitId)),
      unitName: names.get(String(a.unitId)),
      ...(sendAt.getTime() > now.getTime() ? { deliverAfter: sendAt.toISOString() } : {}),
    });
  }
}

function emptyResult(): SweepResult {
  return { tenants: 0, reminders: 0, overdueMarked: 0, escalations: 0, signReminders: 0, cycleReminders: 0 };
}
