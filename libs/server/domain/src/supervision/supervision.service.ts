import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  AssignmentAction,
  Bilingual,
  checkChildDeadline,
  computeLight,
  deadlineFromTier,
  detectOverTightening,
  IllegalTransitionError,
  ItemAction,
  ItemStatus,
  nextAssignmentStatus,
  nextItemStatus,
  RuleViolation,
  UrgeKind,
  validateShares,
} from '@duban/rules';
import { DomainEvent } from '@duban/contracts';
import { Actor, badInput, conflict, forbidden, notFound, RequestContext } from '@duban/platform';
import { AuditService } from '../audit/audit.service';
import { OutboxService } from '../outbox/outbox.service';
import { Role } from '../identity/role';
import { AssignmentRow } from './assignment.row';
import { AssignmentStore } from './assignment.store';
import { SupervisionItemEntity } from './supervision-item.entity';
import {
  CascadeSelector,
  CreateSupervisionItemInput,
  ProgressInput,
  ReportInput,
  ReviewChecklist,
  ReviewDecision,
  ShareInput,
} from './supervision.dto';
import { targetUnitsSql } from './targets.sql';
import { nextNumber } from './numbering';
import { insertUrgeNotice } from './urge-notice';

const ITEM = { zh: '督查事项', en: 'Supervision item' };
const REPORT = { zh: '办理情况报告', en: 'Report' };
const EXTENSION = { zh: '延期申请', en: 'Extension request' };
const MEMBER_ROLES = [Role.LIAISON, Role.HEAD, Role.SUPERVISOR];

export const ITEM_COLUMNS = `i.id, i.tenant_id AS "tenantId", i.issuer_unit_id AS "issuerUnitId", i.issuer_path::text AS "issuerPath",
  i.reg_year AS "regYear", i.reg_seq AS "regSeq", i.reg_number AS "regNumber", i.title, i.source, i.category,
  i.is_key AS "isKey", i.content, i.requirements, i.instruction, i.deadline, i.deadline_tier AS "deadlineTier",
  i.lead_unit_id AS "leadUnitId", i.co_unit_ids AS "coUnitIds", i.leader_name AS "leaderName",
  i.responsible_person AS "responsiblePerson", i.target::float8 AS target, i.target_unit AS "targetUnit",
  i.rollup_policy AS "rollupPolicy", i.status, i.withdrawn_reason AS "withdrawnReason", i.feedback,
  i.created_by AS "createdBy", i.created_at AS "createdAt", i.updated_at AS "updatedAt"`;

/** Rule errors from @duban/rules become API errors with stable codes. */
export function asAppError(err: unknown): unknown {
  if (err instanceof IllegalTransitionError) return conflict(err.text);
  if (err instanceof RuleViolation) return badInput(err.text, err.field);
  return err;
}

function rule<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    throw asAppError(err);
  }
}

function required(value: string | undefined | null, field: string, label: Bilingual, max = 10000): string {
  const v = value?.trim() ?? '';
  if (!v) throw badInput({ zh: `请填写${label.zh}`, en: `${label.en} is required` }, field);
  if (v.length > max)
    throw badInput(
      { zh: `${label.zh}不能超过${max}字`, en: `${label.en} must be at most ${max} characters` },
      field,
    );
  return v;
}

@Injectable()
export class SupervisionService {
  constructor(
    private readonly store: AssignmentStore,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  // ── 立项 ──────────────────────────────────────────────────────────────────────────────────

  async createItem(ctx: RequestContext, input: CreateSupervisionItemInput): Promise<SupervisionItemEntity> {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const now = new Date();
    const title = required(input.title, 'title', { zh: '事项名称', en: 'Title' }, 200);
    const content = required(input.content, 'content', { zh: '事项内容', en: 'Content' });
    const deadline = rule(() => this.resolveDeadline(input, now));
    if (input.target != null && !(input.target > 0))
      throw badInput(
        { zh: '量化目标必须大于0', en: 'The quantified target must be greater than 0' },
        'target',
      );
    const unitIds = [
      ...new Set([input.leadUnitId, ...(input.coUnitIds ?? [])].filter((x): x is string => !!x)),
    ];
    if (unitIds.length) {
      const [{ n }] = await em.query(
        `SELECT count(*)::int AS n FROM org_unit WHERE id = ANY($1::bigint[]) AND path <@ $2::ltree`,
        [unitIds.filter((id) => /^\d+$/.test(id)), actor.unitPath],
      );
      if (n !== unitIds.length)
        throw badInput(
          {
            zh: '牵头或协办单位不在本单位管辖范围内',
            en: 'Lead or co-units must be within your own organisation',
          },
          'leadUnitId',
        );
    }
    const status = input.draft ? ItemStatus.DRAFT : ItemStatus.REGISTERED;
    const numbering = input.draft ? null : await nextNumber(em, actor, 'ITEM', now);
    const [item] = await em.query(
      `INSERT INTO supervision_item (tenant_id, issuer_unit_id, issuer_path, reg_year, reg_seq, reg_number, title, source,
         category, is_key, content, requirements, instruction, deadline, deadline_tier, lead_unit_id, co_unit_ids,
         leader_name, responsible_person, target, target_unit, rollup_policy, status, created_by)
       VALUES ($1, $2, $3::ltree, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17::bigint[], $18, $19, $20, $21, $22, $23, $24)
       RETURNING id`,
      [
        actor.tenantId,
        actor.orgUnitId,
        actor.unitPath,
        numbering?.year ?? null,
        numbering?.seq ?? null,
        numbering?.number ?? null,
        title,
        input.source,
        input.category?.trim() || null,
        input.isKey ?? false,
        content,
        input.requirements?.trim() || null,
        input.instruction?.trim() || null,
        deadline,
        input.deadlineTier ?? null,
        input.leadUnitId ?? null,
        (input.coUnitIds ?? []).filter((id) => id !== input.leadUnitId),
        input.leaderName?.trim() || null,
        input.responsiblePerson?.trim() || null,
        input.target ?? null,
        input.targetUnit?.trim() || null,
        input.rollupPolicy ?? 'AVERAGE',
        status,
        actor.userId,
      ],
    );
    await this.audit.append(em, actor, {
      chainKey: `item:${item.id}`,
      unitPath: actor.unitPath,
      itemId: item.id,
      action: input.draft ? 'item.drafted' : 'item.registered',
      after: {
        title,
        source: input.source,
        deadline: deadline.toISOString(),
        regNumber: numbering?.number ?? null,
      },
    });
    return this.getItem(em, item.id);
  }

  /** 草稿 → 已立项: numbers a draft. */
  async registerItem(ctx: RequestContext, itemId: string) {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const item = await this.lockItem(em, actor, itemId);
    const next = rule(() => nextItemStatus(item.status, ItemAction.REGISTER));
    const n = await nextNumber(em, actor, 'ITEM', new Date());
    await em.query(
      `UPDATE supervision_item SET status = $2, reg_year = $3, reg_seq = $4, reg_number = $5, updated_at = now() WHERE id = $1`,
      [itemId, next, n.year, n.seq, n.number],
    );
    await this.itemAudit(
      em,
      actor,
      item,
      'item.registered',
      { status: item.status },
      { status: next, regNumber: n.number },
    );
    return this.getItem(em, itemId);
  }

  private resolveDeadline(input: CreateSupervisionItemInput, now: Date): Date {
    const deadline = input.deadline
      ? new Date(input.deadline)
      : input.deadlineTier
        ? deadlineFromTier(input.deadlineTier, now, input.urgentDays ?? undefined)
        : null;
    if (!deadline)
      throw new RuleViolation(
        { zh: '请填写办理时限或选择时限类型', en: 'Give a deadline or a deadline tier' },
        'deadline',
      );
    if (Number.isNaN(deadline.getTime()) || deadline.getTime() <= now.getTime())
      throw new RuleViolation(
        { zh: '办理时限必须晚于当前时间', en: 'The deadline must be in the future' },
        'deadline',
      );
    return deadline;
  }

  async setOfficePrefix(ctx: RequestContext, prefix: string) {
    const actor = ctx.requireActor();
    const p = required(prefix, 'prefix', { zh: '机关代字', en: 'Office prefix' }, 8);
    const em = await ctx.db.manager();
    await em.query(
      `INSERT INTO office_setting (unit_id, tenant_id, unit_path, reg_prefix) VALUES ($1, $2, $3::ltree, $4)
       ON CONFLICT (unit_id) DO UPDATE SET reg_prefix = EXCLUDED.reg_prefix`,
      [actor.orgUnitId, actor.tenantId, actor.unitPath, p],
    );
    return p;
  }

  // ── 交办 / 下发 ────────────────────────────────────────────────────────────────────────────

  /** How many assignments a cascade would create (the admin's preview). */
  async previewTargets(
    ctx: RequestContext,
    underUnitId: string | null,
    unitIds: string[],
    cascade: CascadeSelector[],
  ) {
    const actor = ctx.requireActor();
    const params: unknown[] = [];
    const under = underUnitId ? await this.unitPath(ctx, underUnitId) : actor.unitPath;
    const sql = targetUnitsSql(params, under, unitIds, cascade);
    const [{ n }] = await ctx.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM (${sql}) t`, params);
    return n;
  }

  /** One set-based INSERT … SELECT for any number of units, plus the roll-up in one more statement. */
  async assignItem(
    ctx: RequestContext,
    itemId: string,
    unitIds: string[],
    cascade: CascadeSelector[],
    opts: { deadline?: Date | null; shares?: ShareInput[] | null; leadUnitId?: string | null },
  ) {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const now = new Date();
    const item = await this.lockItem(em, actor, itemId);
    const next = rule(() => nextItemStatus(item.status, ItemAction.ASSIGN));
    const deadline = opts.deadline ? new Date(opts.deadline) : new Date(item.deadline);
    rule(() => checkChildDeadline(new Date(item.deadline), deadline));
    if (deadline.getTime() <= now.getTime())
      throw badInput(
        { zh: '办理时限必须晚于当前时间', en: 'The deadline must be in the future' },
        'deadline',
      );
    const shares = opts.shares ?? [];
    if (shares.length) rule(() => validateShares(item.target, shares));
    const lead = opts.leadUnitId ?? item.leadUnitId;
    const fresh = computeLight({
      now,
      start: now,
      deadline,
      progressPercent: 0,
      done: false,
      returned: false,
    });

    // The union of targets is deduplicated by a sort; at province scale it outgrows the default work_mem.
    await em.query(`SET LOCAL work_mem = '64MB'`);
    const params: unknown[] = [];
    const targets = targetUnitsSql(
      params,
      actor.unitPath,
      [...unitIds, ...shares.map((s) => s.unitId)],
      cascade,
    );
    const p = (v: unknown) => `$${params.push(v)}`;
    const [res] = await em.query(
      `WITH t AS (${targets}), ins AS (
         INSERT INTO assignment (tenant_id, item_id, unit_id, unit_path, issuer_unit_id, issuer_path, role, deadline, target,
                                 light, light_reason_zh, light_reason_en)
         SELECT t.tenant_id, ${p(itemId)}, t.id, t.path, ${p(actor.orgUnitId)}, ${p(actor.unitPath)}::ltree,
                CASE WHEN t.id = ${p(lead)}::bigint THEN 'LEAD' ELSE 'CO' END, ${p(deadline)}, s.target,
                ${p(fresh.light)}, ${p(fresh.reason.zh)}, ${p(fresh.reason.en)}
           FROM t LEFT JOIN unnest(${p(shares.map((s) => s.unitId))}::bigint[], ${p(shares.map((s) => s.target ?? null))}::numeric[]) AS s(unit_id, target)
             ON s.unit_id = t.id
         ON CONFLICT (item_id, unit_id) DO NOTHING
         RETURNING id)
       SELECT count(*)::int AS n, min(id) AS min, max(id) AS max FROM ins`,
      params,
    );
    if (!res.n)
      throw badInput(
        {
          zh: '没有新的承办单位：所选单位不在管辖范围内或已经交办',
          en: 'No new units: they are outside your organisation or already assigned',
        },
        'targets',
      );
    await em.query(`SELECT duban_rollup_add_new($1, NULL, $2, $3)`, [itemId, res.min, res.max]);
    if (next !== item.status)
      await em.query(`UPDATE supervision_item SET status = $2, updated_at = now() WHERE id = $1`, [
        itemId,
        next,
      ]);
    await this.itemAudit(
      em,
      actor,
      item,
      'item.assigned',
      { status: item.status },
      { status: next, assignments: res.n, deadline: deadline.toISOString() },
      `交办${res.n}个单位`,
    );
    await this.emit(em, actor, actor.unitPath, {
      topic: 'item.assigned',
      itemId,
      audience: [],
      assignmentRange: { min: String(res.min), max: String(res.max) },
      title: { zh: `新交办事项：${item.title}`, en: `New assignment: ${item.title}` },
    });
    return { count: res.n as number, item: await this.getItem(em, itemId) };
  }

  // ── 签收 / 转办 ────────────────────────────────────────────────────────────────────────────

  async acceptAssignment(ctx: RequestContext, id: string) {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const a = await this.store.lock(em, id);
    this.requireMember(actor, a);
    const status = rule(() => nextAssignmentStatus(a.status, AssignmentAction.ACCEPT));
    return this.store.save(em, actor, a, { ...a, status, acceptedAt: new Date() }, 'assignment.accepted');
  }

  async delegateAssignment(
    ctx: RequestContext,
    id: string,
    shares: ShareInput[],
    cascade: CascadeSelector[],
    deadlineIn?: Date | null,
  ) {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const now = new Date();
    const parent = await this.store.lock(em, id);
    this.requireMember(actor, parent);
    rule(() => nextAssignmentStatus(parent.status, AssignmentAction.DELEGATE));
    const deadline = deadlineIn ? new Date(deadlineIn) : new Date(parent.deadline);
    rule(() => checkChildDeadline(new Date(parent.deadline), deadline));
    if (parent.target != null) {
      const existing = await em.query(
        `SELECT unit_id AS "unitId", target::float8 AS target FROM assignment WHERE parent_id = $1`,
        [id],
      );
      rule(() => validateShares(parent.target, [...existing, ...shares]));
    } else if (shares.some((s) => s.target != null)) rule(() => validateShares(null, shares));
    const item = await this.getItem(em, parent.itemId);
    const tightening = detectOverTightening([
      { assignedAt: new Date(item.createdAt), deadline: new Date(item.deadline) },
      { assignedAt: new Date(parent.createdAt), deadline: new Date(parent.deadline) },
      { assignedAt: now, deadline },
    ]);
    const fresh = computeLight({
      now,
      start: now,
      deadline,
      progressPercent: 0,
      done: false,
      returned: false,
    });

    const params: unknown[] = [];
    const targets = targetUnitsSql(
      params,
      parent.unitPath,
      shares.map((s) => s.unitId),
      cascade,
    );
    const p = (v: unknown) => `$${params.push(v)}`;
    const [res] = await em.query(
      `WITH t AS (${targets}), ins AS (
         INSERT INTO assignment (tenant_id, item_id, parent_id, unit_id, unit_path, issuer_unit_id, issuer_path, role, deadline,
                                 target, tightened, light, light_reason_zh, light_reason_en)
         SELECT t.tenant_id, ${p(parent.itemId)}, ${p(parent.id)}, t.id, t.path, ${p(parent.unitId)}, ${p(parent.unitPath)}::ltree,
                'LEAD', ${p(deadline)}, s.target, ${p(tightening.flagged)}, ${p(fresh.light)}, ${p(fresh.reason.zh)}, ${p(fresh.reason.en)}
           FROM t LEFT JOIN unnest(${p(shares.map((s) => s.unitId))}::bigint[], ${p(shares.map((s) => s.target ?? null))}::numeric[]) AS s(unit_id, target)
             ON s.unit_id = t.id
         ON CONFLICT (item_id, unit_id) DO NOTHING
         RETURNING id)
       SELECT count(*)::int AS n, min(id) AS min, max(id) AS max FROM ins`,
      params,
    );
    if (!res.n)
      throw badInput(
        {
          zh: '没有新的承办单位：所选单位不是本单位的下级或已经交办',
          en: 'No new units: they are not below your unit or already assigned',
        },
        'targets',
      );
    await em.query(`SELECT duban_rollup_add_new($1, $2, $3, $4)`, [
      parent.itemId,
      parent.id,
      res.min,
      res.max,
    ]);
    const saved = await this.store.save(
      em,
      actor,
      parent,
      { ...parent, split: true },
      'assignment.delegated',
      tightening.flagged ? `层层加码：${tightening.reason?.zh ?? ''}` : `分解给${res.n}个单位`,
    );
    await this.emit(em, actor, parent.unitPath, {
      topic: 'assignment.delegated',
      itemId: parent.itemId,
      assignmentId: parent.id,
      audience: [],
      assignmentRange: { min: String(res.min), max: String(res.max) },
      title: { zh: `新转办事项：${item.title}`, en: `Delegated to you: ${item.title}` },
    });
    return { count: res.n as number, assignment: saved, tightened: tightening.flagged };
  }

  // ── 进度 / 报告 / 签字 / 审理 ──────────────────────────────────────────────────────────────

  async submitProgress(ctx: RequestContext, id: string, input: ProgressInput) {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const a = await this.store.lock(em, id);
    this.requireMember(actor, a);
    rule(() => nextAssignmentStatus(a.status, AssignmentAction.SUBMIT_PROGRESS));
    if (a.split)
      throw conflict({
        zh: '已分解的任务进度由下级单位汇总，不能直接填报',
        en: 'A split assignment’s progress comes from its sub-units',
      });
    const text = required(input.text, 'text', { zh: '进展情况', en: 'Progress text' });
    this.checkPercent(input.percent, 'percent');
    if (input.achieved != null && input.achieved < 0)
      throw badInput({ zh: '完成量不能为负数', en: 'Achieved cannot be negative' }, 'achieved');
    await em.query(
      `INSERT INTO progress_update (tenant_id, assignment_id, unit_path, percent, achieved, text, attachments, created_by)
       VALUES ($1, $2, $3::ltree, $4, $5, $6, $7, $8)`,
      [
        a.tenantId,
        a.id,
        a.unitPath,
        input.percent,
        input.achieved ?? null,
        text,
        JSON.stringify(input.attachments ?? []),
        actor.userId,
      ],
    );
    return this.store.save(
      em,
      actor,
      a,
      { ...a, progressPercent: input.percent, achieved: input.achieved ?? a.achieved },
      'assignment.progress',
      text,
    );
  }

  async submitReport(ctx: RequestContext, id: string, input: ReportInput) {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const a = await this.store.lock(em, id);
    this.requireMember(actor, a);
    const status = rule(() => nextAssignmentStatus(a.status, AssignmentAction.SUBMIT_REPORT));
    const content = required(input.content, 'content', { zh: '报告内容', en: 'Report content' });
    const percent = input.progressPercent ?? 100;
    this.checkPercent(percent, 'progressPercent');
    const [{ v }] = await em.query(
      `SELECT coalesce(max(version), 0) + 1 AS v FROM report WHERE assignment_id = $1`,
      [id],
    );
    const [report] = await em.query(
      `INSERT INTO report (tenant_id, assignment_id, item_id, unit_path, version, content, achieved, progress_percent, attachments, status, submitted_by)
       VALUES ($1, $2, $3, $4::ltree, $5, $6, $7, $8, $9, 'AWAITING_SIGNATURE', $10) RETURNING id`,
      [
        a.tenantId,
        a.id,
        a.itemId,
        a.unitPath,
        v,
        content,
        input.achieved ?? a.achieved,
        percent,
        JSON.stringify(input.attachments ?? []),
        actor.userId,
      ],
    );
    // A resubmission after 退回重办 clears the "returned" flag: the rework is back with the head.
    await this.store.save(
      em,
      actor,
      a,
      {
        ...a,
        status,
        returned: false,
        progressPercent: a.split ? a.progressPercent : percent,
        achieved: input.achieved ?? a.achieved,
      },
      'report.submitted',
      content,
    );
    await this.emit(em, actor, a.unitPath, {
      topic: 'report.submitted',
      itemId: a.itemId,
      assignmentId: a.id,
      audience: [{ unitId: a.unitId, roles: [Role.HEAD] }],
      title: { zh: '有一份办理情况报告待您签字', en: 'A report is waiting for your signature' },
    });
    return this.getReport(em, report.id);
  }

  async signReport(ctx: RequestContext, reportId: string) {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const report = await this.lockReport(em, reportId);
    const a = await this.store.lock(em, report.assignmentId);
    if (actor.orgUnitId !== a.unitId || !actor.roles.includes(Role.HEAD))
      throw forbidden({
        zh: '只有本单位一把手可以签字',
        en: 'Only the head of this unit can sign its report',
      });
    if (report.status !== 'AWAITING_SIGNATURE')
      throw conflict({ zh: '该报告不在待签字状态', en: 'This report is not waiting for a signature' });
    const status = rule(() => nextAssignmentStatus(a.status, AssignmentAction.SIGN));
    await em.query(
      `UPDATE report SET status = 'UNDER_REVIEW', signed_by = $2, signed_at = now() WHERE id = $1`,
      [reportId, actor.userId],
    );
    // The signed text itself goes into the hash chain: it cannot be altered later without detection.
    await this.store.save(em, actor, a, { ...a, status }, 'report.signed', report.content);
    await this.emit(em, actor, a.unitPath, {
      topic: 'report.signed',
      itemId: a.itemId,
      assignmentId: a.id,
      audience: [{ unitId: a.issuerUnitId, roles: [Role.SUPERVISOR] }],
      title: { zh: '有一份已签字的办理报告待审核', en: 'A signed report is waiting for review' },
    });
    return this.getReport(em, reportId);
  }

  async refuseSignature(ctx: RequestContext, reportId: string, reason: string) {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const text = required(reason, 'reason', { zh: '退回理由', en: 'Reason' });
    const report = await this.lockReport(em, reportId);
    const a = await this.store.lock(em, report.assignmentId);
    if (actor.orgUnitId !== a.unitId || !actor.roles.includes(Role.HEAD))
      throw forbidden({
        zh: '只有本单位一把手可以退回报告',
        en: 'Only the head of this unit can send the report back',
      });
    if (report.status !== 'AWAITING_SIGNATURE')
      throw conflict({ zh: '该报告不在待签字状态', en: 'This report is not waiting for a signature' });
    const status = rule(() => nextAssignmentStatus(a.status, AssignmentAction.REFUSE_SIGNATURE));
    await em.query(`UPDATE report SET status = 'SIGNATURE_REFUSED', review_comment = $2 WHERE id = $1`, [
      reportId,
      text,
    ]);
    await this.store.save(em, actor, a, { ...a, status }, 'report.signature_refused', text);
    await this.emit(em, actor, a.unitPath, {
      topic: 'report.signature_refused',
      itemId: a.itemId,
      assignmentId: a.id,
      audience: [{ unitId: a.unitId, roles: [Role.LIAISON] }],
      title: { zh: `一把手退回了报告：${text}`, en: `The head sent the report back: ${text}` },
    });
    return this.getReport(em, reportId);
  }

  async reviewReport(
    ctx: RequestContext,
    reportId: string,
    decision: ReviewDecision,
    checklist: ReviewChecklist,
    comment?: string | null,
  ) {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const report = await this.lockReport(em, reportId);
    const a = await this.store.lock(em, report.assignmentId);
    this.requireIssuerSupervisor(actor, a);
    if (report.status === 'AWAITING_SIGNATURE' || report.status === 'SIGNATURE_REFUSED')
      throw conflict({
        zh: '报告未经一把手签字，不能审核',
        en: 'The report has not been signed by the unit head and cannot be reviewed',
      });
    if (report.status !== 'UNDER_REVIEW')
      throw conflict({ zh: '该报告已经审核过', en: 'This report has already been reviewed' });
    const now = new Date();
    const reason = comment?.trim() || null;
    let after: AssignmentRow;
    if (decision === ReviewDecision.ACCEPT) {
      const failed = Object.entries(checklist).filter(([, ok]) => !ok);
      if (failed.length)
        throw badInput(
          {
            zh: '“四看”未全部通过，不能办结；请退回重办并写明理由',
            en: 'Not all four checks passed; return the report with a reason instead',
          },
          'checklist',
        );
      const status = rule(() => nextAssignmentStatus(a.status, AssignmentAction.ACCEPT_REPORT));
      after = {
        ...a,
        status,
        doneAt: now,
        doneLate: now.getTime() > new Date(a.deadline).getTime(),
        overdue: false,
        returned: false,
        progressPercent: 100,
        achieved: report.achieved ?? a.achieved,
      };
    } else {
      if (!reason) throw badInput({ zh: '退回重办必须写明理由', en: 'A return needs a reason' }, 'comment');
      const status = rule(() => nextAssignmentStatus(a.status, AssignmentAction.RETURN));
      after = { ...a, status, returned: true };
    }
    await em.query(
      `UPDATE report SET status = $2, reviewed_by = $3, reviewed_at = now(), checklist = $4, review_comment = $5 WHERE id = $1`,
      [
        reportId,
        decision === ReviewDecision.ACCEPT ? 'ACCEPTED' : 'RETURNED',
        actor.userId,
        JSON.stringify(checklist),
        reason,
      ],
    );
    await this.store.save(
      em,
      actor,
      a,
      after,
      decision === ReviewDecision.ACCEPT ? 'report.accepted' : 'report.returned',
      reason,
    );
    if (decision === ReviewDecision.ACCEPT && !a.parentId) await this.maybeAllDone(em, actor, a.itemId);
    await this.emit(em, actor, a.unitPath, {
      topic: decision === ReviewDecision.ACCEPT ? 'report.accepted' : 'report.returned',
      itemId: a.itemId,
      assignmentId: a.id,
      audience: [{ unitId: a.unitId, roles: [Role.LIAISON, Role.HEAD] }],
      title:
        decision === ReviewDecision.ACCEPT
          ? { zh: '办理情况报告已审核通过，事项办结', en: 'Your report was accepted; the assignment is done' }
          : { zh: `报告被退回重办：${reason}`, en: `Your report was returned for rework: ${reason}` },
    });
    return this.getReport(em, reportId);
  }

  /** When every top-level assignment is closed, the item waits for feedback to the leader (待反馈). */
  private async maybeAllDone(em: EntityManager, actor: Actor, itemId: string) {
    const [{ open }] = await em.query(
      `SELECT count(*) FILTER (WHERE status NOT IN ('DONE', 'WITHDRAWN'))::int AS open FROM assignment WHERE item_id = $1 AND parent_id IS NULL`,
      [itemId],
    );
    if (open > 0) return;
    const item = await this.lockItem(em, actor, itemId);
    if (item.status !== ItemStatus.IN_PROGRESS) return;
    const next = rule(() => nextItemStatus(item.status, ItemAction.ALL_ASSIGNMENTS_DONE));
    await em.query(`UPDATE supervision_item SET status = $2, updated_at = now() WHERE id = $1`, [
      itemId,
      next,
    ]);
    await this.itemAudit(em, actor, item, 'item.all_done', { status: item.status }, { status: next });
  }

  /** 结果反馈: the result goes back to the leader; 件件有结果. */
  async feedBackItem(ctx: RequestContext, itemId: string, feedback: string) {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const text = required(feedback, 'feedback', { zh: '反馈内容', en: 'Feedback' });
    const item = await this.lockItem(em, actor, itemId);
    const next = rule(() => nextItemStatus(item.status, ItemAction.FEED_BACK));
    await em.query(
      `UPDATE supervision_item SET status = $2, feedback = $3, updated_at = now() WHERE id = $1`,
      [itemId, next, text],
    );
    await this.itemAudit(em, actor, item, 'item.feedback', { status: item.status }, { status: next }, text);
    await this.emit(em, actor, item.issuerPath, {
      topic: 'item.feedback',
      itemId,
      audience: [{ unitId: item.issuerUnitId, roles: [Role.LEADER] }],
      title: { zh: `事项已办结反馈：${item.title}`, en: `Result reported: ${item.title}` },
    });
    return this.getItem(em, itemId);
  }

  async withdrawItem(ctx: RequestContext, itemId: string, reason: string) {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const text = required(reason, 'reason', { zh: '撤销理由', en: 'Reason' });
    const item = await this.lockItem(em, actor, itemId);
    const next = rule(() => nextItemStatus(item.status, ItemAction.WITHDRAW));
    await em.query(
      `UPDATE assignment SET status = 'WITHDRAWN', updated_at = now() WHERE item_id = $1 AND status NOT IN ('DONE', 'WITHDRAWN')`,
      [itemId],
    );
    await em.query(`SELECT duban_rollup_rebuild($1)`, [itemId]);
    await em.query(
      `UPDATE supervision_item SET status = $2, withdrawn_reason = $3, updated_at = now() WHERE id = $1`,
      [itemId, next, text],
    );
    await this.itemAudit(em, actor, item, 'item.withdrawn', { status: item.status }, { status: next }, text);
    return this.getItem(em, itemId);
  }

  // ── 延期 / 催办 / 上报协调 / 不适用 ────────────────────────────────────────────────────────

  async requestExtension(ctx: RequestContext, id: string, reason: string, newDeadline: Date) {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const a = await this.store.lock(em, id);
    this.requireMember(actor, a);
    rule(() => nextAssignmentStatus(a.status, AssignmentAction.REQUEST_EXTENSION));
    const text = required(reason, 'reason', { zh: '延期理由', en: 'Reason' });
    const now = new Date();
    if (now.getTime() > new Date(a.deadline).getTime())
      throw conflict({
        zh: '已超过办理时限，不能再申请延期，请尽快办理或上报协调',
        en: 'The deadline has passed; an extension can no longer be requested',
      });
    const requested = new Date(newDeadline);
    if (Number.isNaN(requested.getTime()) || requested.getTime() <= new Date(a.deadline).getTime())
      throw badInput(
        { zh: '申请的新时限必须晚于现有时限', en: 'The new deadline must be later than the current one' },
        'newDeadline',
      );
    if (a.extensionPending)
      throw conflict({ zh: '已有一项延期申请正在审批', en: 'An extension request is already pending' });
    const [req] = await em.query(
      `INSERT INTO extension_request (tenant_id, assignment_id, unit_path, reason, current_deadline, requested_deadline, current_progress, requested_by)
       VALUES ($1, $2, $3::ltree, $4, $5, $6, $7, $8) RETURNING id`,
      [a.tenantId, a.id, a.unitPath, text, a.deadline, requested, a.progressPercent, actor.userId],
    );
    await this.store.save(em, actor, a, { ...a, extensionPending: true }, 'extension.requested', text);
    await this.emit(em, actor, a.unitPath, {
      topic: 'extension.requested',
      itemId: a.itemId,
      assignmentId: a.id,
      audience: [{ unitId: a.issuerUnitId, roles: [Role.SUPERVISOR] }],
      title: { zh: `延期申请待审批：${text}`, en: `Extension request to decide: ${text}` },
    });
    return this.getExtension(em, req.id);
  }

  async decideExtension(ctx: RequestContext, requestId: string, approve: boolean, comment?: string | null) {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const [req] = await em.query(
      `SELECT id, assignment_id AS "assignmentId", status, requested_deadline AS "requestedDeadline" FROM extension_request WHERE id = $1 FOR UPDATE`,
      [/^\d+$/.test(requestId) ? requestId : '0'],
    );
    if (!req) throw notFound(EXTENSION, requestId);
    const a = await this.store.lock(em, req.assignmentId);
    this.requireIssuerSupervisor(actor, a);
    if (req.status !== 'PENDING')
      throw conflict({ zh: '该延期申请已经审批过', en: 'This extension request was already decided' });
    const reason = comment?.trim() || null;
    if (!approve && !reason)
      throw badInput({ zh: '不同意延期须写明理由', en: 'A refusal needs a reason' }, 'comment');
    await em.query(
      `UPDATE extension_request SET status = $2, decided_by = $3, decided_at = now(), decision_comment = $4 WHERE id = $1`,
      [requestId, approve ? 'APPROVED' : 'REFUSED', actor.userId, reason],
    );
    const deadline = approve ? new Date(req.requestedDeadline) : new Date(a.deadline);
    const overdue = approve ? deadline.getTime() < Date.now() : a.overdue;
    await this.store.save(
      em,
      actor,
      a,
      { ...a, extensionPending: false, deadline, overdue, reminderStage: approve ? 'NONE' : a.reminderStage },
      approve ? 'extension.approved' : 'extension.refused',
      reason,
    );
    await this.emit(em, actor, a.unitPath, {
      topic: 'extension.decided',
      itemId: a.itemId,
      assignmentId: a.id,
      audience: [{ unitId: a.unitId, roles: [Role.LIAISON, Role.HEAD] }],
      title: approve
        ? {
            zh: `延期申请已同意，新时限 ${deadline.toISOString().slice(0, 10)}`,
            en: `Extension approved until ${deadline.toISOString().slice(0, 10)}`,
          }
        : { zh: `延期申请未同意：${reason}`, en: `Extension refused: ${reason}` },
    });
    return this.getExtension(em, requestId);
  }

  /** 催办: a numbered notice, recorded, sent to the unit (manual; the sweeper sends the automatic ones). */
  async urgeAssignment(ctx: RequestContext, id: string, text?: string | null) {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const a = await this.store.lock(em, id);
    if (
      !actor.roles.includes(Role.SUPERVISOR) ||
      a.unitId === actor.orgUnitId ||
      !isAncestorPath(actor.unitPath, a.unitPath)
    )
      throw forbidden({ zh: '只有上级督查员可以催办', en: 'Only a supervisor above this unit can urge it' });
    rule(() => nextAssignmentStatus(a.status, AssignmentAction.URGE));
    const n = await nextNumber(em, actor, 'URGE', new Date());
    const body = text?.trim() || `请抓紧办理，按时限报送办理情况（${n.number}）`;
    const kind = a.overdue ? UrgeKind.OVERDUE_NOTICE : UrgeKind.REMINDER;
    await insertUrgeNotice(em, a, {
      number: n.number,
      kind,
      target: 'LIAISON',
      text: body,
      createdBy: actor.userId,
    });
    await this.audit.append(em, actor, {
      chainKey: `assignment:${a.id}`,
      unitPath: a.unitPath,
      itemId: a.itemId,
      assignmentId: a.id,
      action: 'assignment.urged',
      after: { number: n.number, kind },
      text: body,
    });
    await this.emit(em, actor, a.unitPath, {
      topic: 'assignment.urged',
      itemId: a.itemId,
      assignmentId: a.id,
      audience: [{ unitId: a.unitId, roles: [Role.LIAISON, Role.HEAD] }],
      title: { zh: `催办通知 ${n.number}：${body}`, en: `Urge notice ${n.number}: ${body}` },
    });
    return { number: n.number, text: body };
  }

  /** 上报协调: the unit cannot resolve it at its level and asks the assigning office. */
  async escalateAssignment(ctx: RequestContext, id: string, reason: string) {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const a = await this.store.lock(em, id);
    this.requireMember(actor, a);
    rule(() => nextAssignmentStatus(a.status, AssignmentAction.ESCALATE));
    const text = required(reason, 'reason', { zh: '需协调解决的问题', en: 'Reason' });
    if (a.escalated) throw conflict({ zh: '该事项已在上报协调中', en: 'This is already escalated' });
    await em.query(
      `INSERT INTO escalation (tenant_id, assignment_id, unit_path, to_unit_id, reason, created_by) VALUES ($1, $2, $3::ltree, $4, $5, $6)`,
      [a.tenantId, a.id, a.unitPath, a.issuerUnitId, text, actor.userId],
    );
    const saved = await this.store.save(
      em,
      actor,
      a,
      { ...a, escalated: true },
      'assignment.escalated',
      text,
    );
    await this.emit(em, actor, a.unitPath, {
      topic: 'assignment.escalated',
      itemId: a.itemId,
      assignmentId: a.id,
      audience: [{ unitId: a.issuerUnitId, roles: [Role.SUPERVISOR, Role.LEADER] }],
      title: { zh: `下级上报协调：${text}`, en: `Escalated for coordination: ${text}` },
    });
    return saved;
  }

  async resolveEscalation(ctx: RequestContext, id: string, resolution: string) {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const a = await this.store.lock(em, id);
    this.requireIssuerSupervisor(actor, a);
    const text = required(resolution, 'resolution', { zh: '协调结果', en: 'Resolution' });
    if (!a.escalated) throw conflict({ zh: '该事项没有待协调的问题', en: 'Nothing is escalated here' });
    await em.query(`UPDATE escalation SET status = 'RESOLVED' WHERE assignment_id = $1 AND status = 'OPEN'`, [
      a.id,
    ]);
    return this.store.save(em, actor, a, { ...a, escalated: false }, 'assignment.escalation_resolved', text);
  }

  /** 不适用: the unit drops out of the roll-up rates (logged with its reason). */
  async setNotApplicable(ctx: RequestContext, id: string, notApplicable: boolean, reason: string) {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const a = await this.store.lock(em, id);
    this.requireIssuerSupervisor(actor, a);
    const text = required(reason, 'reason', { zh: '理由', en: 'Reason' });
    return this.store.save(
      em,
      actor,
      a,
      { ...a, notApplicable },
      notApplicable ? 'assignment.not_applicable' : 'assignment.applicable',
      text,
    );
  }

  // ── helpers ─────────────────────────────────────────────────────────────────────────────

  private requireMember(actor: Actor, a: AssignmentRow) {
    if (actor.orgUnitId !== a.unitId || !MEMBER_ROLES.some((r) => actor.roles.includes(r)))
      throw forbidden({
        zh: '只有承办单位的联络员、督查员或一把手可以办理',
        en: 'Only the assigned unit’s liaison, supervisor or head can do this',
      });
  }

  private requireIssuerSupervisor(actor: Actor, a: AssignmentRow) {
    if (actor.orgUnitId !== a.issuerUnitId || !actor.roles.includes(Role.SUPERVISOR))
      throw forbidden({
        zh: '只有交办单位的督查员可以审核或审批',
        en: 'Only a supervisor of the assigning office can decide this',
      });
  }

  private async lockItem(em: EntityManager, actor: Actor, id: string): Promise<SupervisionItemEntity> {
    if (!/^\d+$/.test(id)) throw notFound(ITEM, id);
    const [item] = await em.query(`SELECT ${ITEM_COLUMNS} FROM supervision_item i WHERE i.id = $1`, [id]);
    if (!item) throw notFound(ITEM, id);
    if (item.issuerUnitId !== actor.orgUnitId || !actor.roles.includes(Role.SUPERVISOR))
      throw forbidden({
        zh: '只有立项单位的督查员可以操作该事项',
        en: 'Only a supervisor of the issuing office can change this item',
      });
    await em.query(`SELECT 1 FROM supervision_item WHERE id = $1 FOR UPDATE`, [id]);
    return item;
  }

  async getItem(em: EntityManager, id: string): Promise<SupervisionItemEntity> {
    const [item] = await em.query(`SELECT ${ITEM_COLUMNS} FROM supervision_item i WHERE i.id = $1`, [id]);
    if (!item) throw notFound(ITEM, id);
    return item;
  }

  private async lockReport(em: EntityManager, id: string) {
    if (!/^\d+$/.test(id)) throw notFound(REPORT, id);
    const [r] = await em.query(
      `SELECT id, assignment_id AS "assignmentId", status, content, achieved::float8 AS achieved FROM report WHERE id = $1 FOR UPDATE`,
      [id],
    );
    if (!r) throw notFound(REPORT, id);
    return r;
  }

  async getReport(em: EntityManager, id: string) {
    const [r] = await em.query(`SELECT ${REPORT_COLUMNS} FROM report r WHERE r.id = $1`, [id]);
    if (!r) throw notFound(REPORT, id);
    return r;
  }

  private async getExtension(em: EntityManager, id: string) {
    const [r] = await em.query(`SELECT ${EXTENSION_COLUMNS} FROM extension_request e WHERE e.id = $1`, [id]);
    return r;
  }

  private async unitPath(ctx: RequestContext, unitId: string): Promise<string> {
    const [u] = /^\d+$/.test(unitId)
      ? await ctx.db.query<{ path: string }>(
          `SELECT path::text AS path FROM org_unit WHERE id = $1 AND path <@ $2::ltree`,
          [unitId, ctx.requireActor().unitPath],
        )
      : [];
    if (!u) throw notFound({ zh: '单位', en: 'Unit' }, unitId);
    return u.path;
  }

  private checkPercent(v: number, field: string) {
    if (!(v >= 0 && v <= 100))
      throw badInput({ zh: '进度须在0到100之间', en: 'Progress must be between 0 and 100' }, field);
  }

  private async itemAudit(
    em: EntityManager,
    actor: Actor,
    item: SupervisionItemEntity,
    action: string,
    before: unknown,
    after: unknown,
    text?: string,
  ) {
    await this.audit.append(em, actor, {
      chainKey: `item:${item.id}`,
      unitPath: item.issuerPath,
      itemId: item.id,
      action,
      before,
      after,
      text,
    });
  }

  private async emit(em: EntityManager, actor: Actor, unitPath: string, event: DomainEvent) {
    await this.outbox.emit(em, actor.tenantId, unitPath, { ...event, actorId: actor.userId });
  }
}

export function isAncestorPath(ancestor: string, path: string): boolean {
  return path === ancestor || path.startsWith(`${ancestor}.`);
}

export const REPORT_COLUMNS = `r.id, r.tenant_id AS "tenantId", r.assignment_id AS "assignmentId", r.item_id AS "itemId",
  r.unit_path::text AS "unitPath", r.version, r.content, r.achieved::float8 AS achieved, r.progress_percent::float8 AS "progressPercent",
  r.attachments, r.status, r.submitted_by AS "submittedBy", r.submitted_at AS "submittedAt", r.signed_by AS "signedBy",
  r.signed_at AS "signedAt", r.reviewed_by AS "reviewedBy", r.reviewed_at AS "reviewedAt", r.checklist, r.review_comment AS "reviewComment"`;

export const EXTENSION_COLUMNS = `e.id, e.assignment_id AS "assignmentId", e.reason, e.current_deadline AS "currentDeadline",
  e.requested_deadline AS "requestedDeadline", e.current_progress::float8 AS "currentProgress", e.status,
  e.requested_by AS "requestedBy", e.requested_at AS "requestedAt", e.decided_by AS "decidedBy", e.decided_at AS "decidedAt",
  e.decision_comment AS "decisionComment"`;
