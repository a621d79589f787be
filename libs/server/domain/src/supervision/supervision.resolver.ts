import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AssignmentStatus } from '@duban/rules';
import { ConnectionType, Ctx, notFound, RequestContext, Roles } from '@duban/platform';
import { Role } from '../identity/role';
import { OrgUnitEntity } from '../org/org-unit.entity';
import { OrgService } from '../org/org.service';
import { AssignmentRow } from './assignment.row';
import { AssignmentEntity, LightEnum } from './assignment.entity';
import { ReportEntity } from './report.entity';
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
import { RollupOverrideService } from '../rollup/rollup-override.service';
import { SupervisionItemFilter, SupervisionQueries } from './supervision.queries';
import { isAncestorPath, SupervisionService } from './supervision.service';
import {
  AssignResultView,
  AuditEventView,
  DelegateResultView,
  ExtensionRequestView,
  ProgressUpdateView,
  RollupView,
  UrgeNoticeView,
} from './supervision.views';

export const SupervisionItemConnection = ConnectionType(SupervisionItemEntity, 'SupervisionItem');
export const AssignmentConnection = ConnectionType(AssignmentEntity, 'Assignment');
export const AuditEventConnection = ConnectionType(AuditEventView, 'AuditEvent');
const UNIT = { zh: '单位', en: 'Unit' };

@Resolver(() => SupervisionItemEntity)
export class SupervisionItemResolver {
  constructor(
    private readonly service: SupervisionService,
    private readonly queries: SupervisionQueries,
    private readonly org: OrgService,
  ) {}

  @Query(() => SupervisionItemEntity, { nullable: true })
  supervisionItem(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.queries.itemById(ctx).load(id);
  }

  @Query(() => SupervisionItemConnection, {
    description: '台账: items issued in or assigned into your subtree, newest first',
  })
  supervisionItems(
    @Ctx() ctx: RequestContext,
    @Args('filter', { type: () => SupervisionItemFilter, nullable: true }) filter?: SupervisionItemFilter,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.queries.items(ctx, filter ?? {}, first, after);
  }

  @Query(() => Int, { description: 'How many assignments a cascade would create (preview before 下发)' })
  previewAssignment(
    @Ctx() ctx: RequestContext,
    @Args('targets', { type: () => [ID], nullable: true }) targets?: string[],
    @Args('cascade', { type: () => [CascadeSelector], nullable: true }) cascade?: CascadeSelector[],
  ) {
    return this.service.previewTargets(ctx, null, targets ?? [], cascade ?? []);
  }

  @Roles(Role.SUPERVISOR)
  @Mutation(() => SupervisionItemEntity, {
    description: '立项: registers an item and numbers it (e.g. 商督〔2026〕17号)',
  })
  createSupervisionItem(@Ctx() ctx: RequestContext, @Args('input') input: CreateSupervisionItemInput) {
    return this.service.createItem(ctx, input);
  }

  @Roles(Role.SUPERVISOR)
  @Mutation(() => SupervisionItemEntity, { description: '草稿 → 已立项' })
  registerSupervisionItem(@Ctx() ctx: RequestContext, @Args('itemId', { type: () => ID }) itemId: string) {
    return this.service.registerItem(ctx, itemId);
  }

  @Roles(Role.SUPERVISOR)
  @Mutation(() => AssignResultView, {
    description: '交办/下发 to named units and/or whole levels, in one set-based statement',
  })
  assignItem(
    @Ctx() ctx: RequestContext,
    @Args('itemId', { type: () => ID }) itemId: string,
    @Args('targets', { type: () => [ID], nullable: true }) targets?: string[],
    @Args('cascade', { type: () => [CascadeSelector], nullable: true }) cascade?: CascadeSelector[],
    @Args('shares', {
      type: () => [ShareInput],
      nullable: true,
      description: 'Named units with quantified shares',
    })
    shares?: ShareInput[],
    @Args('deadline', { nullable: true, description: 'Defaults to the item deadline; may not be later' })
    deadline?: Date,
    @Args('leadUnitId', { type: () => ID, nullable: true }) leadUnitId?: string,
  ) {
    return this.service.assignItem(ctx, itemId, targets ?? [], cascade ?? [], {
      shares,
      deadline,
      leadUnitId,
    });
  }

  @Roles(Role.SUPERVISOR)
  @Mutation(() => SupervisionItemEntity, { description: '结果反馈 to the leader: 待反馈 → 已办结' })
  feedBackItem(
    @Ctx() ctx: RequestContext,
    @Args('itemId', { type: () => ID }) itemId: string,
    @Args('feedback') feedback: string,
  ) {
    return this.service.feedBackItem(ctx, itemId, feedback);
  }

  @Roles(Role.SUPERVISOR)
  @Mutation(() => SupervisionItemEntity, {
    description: '撤销 (with reason); open assignments are withdrawn too',
  })
  withdrawItem(
    @Ctx() ctx: RequestContext,
    @Args('itemId', { type: () => ID }) itemId: string,
    @Args('reason') reason: string,
  ) {
    return this.service.withdrawItem(ctx, itemId, reason);
  }

  @Roles(Role.SUPERVISOR, Role.ADMIN)
  @Mutation(() => String, { description: '机关代字 for registration numbers of your office, e.g. 商督' })
  setOfficePrefix(@Ctx() ctx: RequestContext, @Args('prefix') prefix: string) {
    return this.service.setOfficePrefix(ctx, prefix);
  }

  @ResolveField(() => OrgUnitEntity, { nullable: true })
  issuerUnit(@Ctx() ctx: RequestContext, @Parent() item: SupervisionItemEntity) {
    return this.org.byId(ctx).load(String(item.issuerUnitId));
  }

  @ResolveField(() => OrgUnitEntity, { nullable: true })
  leadUnit(@Ctx() ctx: RequestContext, @Parent() item: SupervisionItemEntity) {
    return item.leadUnitId ? this.org.byId(ctx).load(String(item.leadUnitId)) : null;
  }

  @ResolveField(() => AssignmentConnection, {
    description: 'One level of the cascade tree (parentId null = top level)',
  })
  assignments(
    @Ctx() ctx: RequestContext,
    @Parent() item: SupervisionItemEntity,
    @Args('parentId', { type: () => ID, nullable: true }) parentId?: string,
    @Args('status', { type: () => AssignmentStatus, nullable: true }) status?: AssignmentStatus,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.queries.assignments(ctx, String(item.id), parentId ?? null, first, after, status);
  }

  @ResolveField(() => AuditEventConnection, { description: '全流程留痕' })
  events(
    @Ctx() ctx: RequestContext,
    @Parent() item: SupervisionItemEntity,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.queries.events(ctx, String(item.id), first, after);
  }

  @ResolveField(() => RollupView, { description: 'Roll-up at a unit (default: your own unit)' })
  rollup(
    @Ctx() ctx: RequestContext,
    @Parent() item: SupervisionItemEntity,
    @Args('orgUnitId', { type: () => ID, nullable: true }) orgUnitId?: string,
  ) {
    return this.queries.rollupView(ctx, orgUnitId ?? ctx.requireActor().orgUnitId, String(item.id));
  }
}

@Resolver(() => AssignmentEntity)
export class AssignmentResolver {
  constructor(
    private readonly service: SupervisionService,
    private readonly queries: SupervisionQueries,
    private readonly org: OrgService,
  ) {}

  @Query(() => AssignmentEntity, { nullable: true })
  assignment(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.queries.assignmentById(ctx).load(id);
  }

  @Query(() => AssignmentConnection, { description: '待办: your unit’s assignments, newest first' })
  myAssignments(
    @Ctx() ctx: RequestContext,
    @Args('status', { type: () => [AssignmentStatus], nullable: true }) status?: AssignmentStatus[],
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.queries.myAssignments(ctx, status ?? null, first, after);
  }

  @Mutation(() => AssignmentEntity, { description: '签收' })
  acceptAssignment(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.service.acceptAssignment(ctx, id);
  }

  @Mutation(() => DelegateResultView, {
    description: '转办/分解 to your own sub-units; quantified shares must add up',
  })
  delegateAssignment(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('targets', { type: () => [ShareInput], nullable: true }) targets?: ShareInput[],
    @Args('cascade', { type: () => [CascadeSelector], nullable: true }) cascade?: CascadeSelector[],
    @Args('deadline', { nullable: true }) deadline?: Date,
  ) {
    return this.service.delegateAssignment(ctx, id, targets ?? [], cascade ?? [], deadline);
  }

  @Mutation(() => AssignmentEntity, { description: '报送进度' })
  submitProgress(
    @Ctx() ctx: RequestContext,
    @Args('assignmentId', { type: () => ID }) id: string,
    @Args('input') input: ProgressInput,
  ) {
    return this.service.submitProgress(ctx, id, input);
  }

  @Mutation(() => ReportEntity, { description: '办理情况报告: goes to the unit head for signature first' })
  submitReport(
    @Ctx() ctx: RequestContext,
    @Args('assignmentId', { type: () => ID }) id: string,
    @Args('input') input: ReportInput,
  ) {
    return this.service.submitReport(ctx, id, input);
  }

  @Roles(Role.HEAD)
  @Mutation(() => ReportEntity, { description: '一把手签字' })
  signReport(@Ctx() ctx: RequestContext, @Args('reportId', { type: () => ID }) reportId: string) {
    return this.service.signReport(ctx, reportId);
  }

  @Roles(Role.HEAD)
  @Mutation(() => ReportEntity, { description: '一把手退回 (not signed, with reason)' })
  refuseSignature(
    @Ctx() ctx: RequestContext,
    @Args('reportId', { type: () => ID }) reportId: string,
    @Args('reason') reason: string,
  ) {
    return this.service.refuseSignature(ctx, reportId, reason);
  }

  @Roles(Role.SUPERVISOR)
  @Mutation(() => ReportEntity, { description: '审理: 办结 (all 四看 ticked) or 退回重办 (with reason)' })
  reviewReport(
    @Ctx() ctx: RequestContext,
    @Args('reportId', { type: () => ID }) reportId: string,
    @Args('decision', { type: () => ReviewDecision }) decision: ReviewDecision,
    @Args('checklist', { type: () => ReviewChecklist }) checklist: ReviewChecklist,
    @Args('comment', { nullable: true }) comment?: string,
  ) {
    return this.service.reviewReport(ctx, reportId, decision, checklist, comment);
  }

  @Mutation(() => ExtensionRequestView, { description: '延期申请 (before the deadline)' })
  requestExtension(
    @Ctx() ctx: RequestContext,
    @Args('assignmentId', { type: () => ID }) id: string,
    @Args('reason') reason: string,
    @Args('newDeadline') newDeadline: Date,
  ) {
    return this.service.requestExtension(ctx, id, reason, newDeadline);
  }

  @Roles(Role.SUPERVISOR)
  @Mutation(() => ExtensionRequestView, { description: '审批延期申请' })
  decideExtension(
    @Ctx() ctx: RequestContext,
    @Args('requestId', { type: () => ID }) requestId: string,
    @Args('approve') approve: boolean,
    @Args('comment', { nullable: true }) comment?: string,
  ) {
    return this.service.decideExtension(ctx, requestId, approve, comment);
  }

  @Roles(Role.SUPERVISOR)
  @Mutation(() => UrgeNoticeView, { description: '催办 (numbered notice)' })
  urgeAssignment(
    @Ctx() ctx: RequestContext,
    @Args('assignmentId', { type: () => ID }) id: string,
    @Args('text', { nullable: true }) text?: string,
  ) {
    return this.service.urgeAssignment(ctx, id, text);
  }

  @Mutation(() => AssignmentEntity, { description: '上报协调 to the assigning office' })
  escalateAssignment(
    @Ctx() ctx: RequestContext,
    @Args('assignmentId', { type: () => ID }) id: string,
    @Args('reason') reason: string,
  ) {
    return this.service.escalateAssignment(ctx, id, reason);
  }

  @Roles(Role.SUPERVISOR)
  @Mutation(() => AssignmentEntity, { description: 'Close an escalation with the coordination result' })
  resolveEscalation(
    @Ctx() ctx: RequestContext,
    @Args('assignmentId', { type: () => ID }) id: string,
    @Args('resolution') resolution: string,
  ) {
    return this.service.resolveEscalation(ctx, id, resolution);
  }

  @Roles(Role.SUPERVISOR)
  @Mutation(() => AssignmentEntity, {
    description: '不适用: exclude a unit from roll-up rates (logged reason)',
  })
  setNotApplicable(
    @Ctx() ctx: RequestContext,
    @Args('assignmentId', { type: () => ID }) id: string,
    @Args('notApplicable') notApplicable: boolean,
    @Args('reason') reason: string,
  ) {
    return this.service.setNotApplicable(ctx, id, notApplicable, reason);
  }

  @Query(() => [ReportEntity], { description: '一把手待签字 (HEAD) or 待审核 (SUPERVISOR) for your unit' })
  reportQueue(@Ctx() ctx: RequestContext, @Args('kind', { description: 'SIGN or REVIEW' }) kind: string) {
    return this.queries.reportQueue(ctx, kind === 'REVIEW' ? 'REVIEW' : 'SIGN');
  }

  @Query(() => [ExtensionRequestView], { description: 'Pending extension requests addressed to your office' })
  pendingExtensionRequests(@Ctx() ctx: RequestContext) {
    return this.queries.extensionRequests(ctx, null, true);
  }

  @ResolveField(() => OrgUnitEntity, { nullable: true })
  unit(@Ctx() ctx: RequestContext, @Parent() a: AssignmentRow) {
    return this.org.byId(ctx).load(String(a.unitId));
  }

  @ResolveField(() => OrgUnitEntity, { nullable: true })
  issuerUnit(@Ctx() ctx: RequestContext, @Parent() a: AssignmentRow) {
    return this.org.byId(ctx).load(String(a.issuerUnitId));
  }

  @ResolveField(() => SupervisionItemEntity, { nullable: true })
  item(@Ctx() ctx: RequestContext, @Parent() a: AssignmentRow) {
    return this.queries.itemById(ctx).load(String(a.itemId));
  }

  @ResolveField(() => String, { description: 'Reason for the light, in your language' })
  lightReason(@Ctx() ctx: RequestContext, @Parent() a: AssignmentRow) {
    return ctx.locale === 'en' ? a.lightReasonEn : a.lightReasonZh;
  }

  @ResolveField(() => Int)
  childCount(@Ctx() ctx: RequestContext, @Parent() a: AssignmentRow) {
    return this.queries.childCount(ctx).load(String(a.id));
  }

  @ResolveField(() => AssignmentConnection, { description: 'Sub-assignments (分解)' })
  children(
    @Ctx() ctx: RequestContext,
    @Parent() a: AssignmentRow,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.queries.assignments(ctx, String(a.itemId), String(a.id), first, after);
  }

  @ResolveField(() => [ReportEntity])
  reports(@Ctx() ctx: RequestContext, @Parent() a: AssignmentRow) {
    return this.queries.reportsOf(ctx).load(String(a.id));
  }

  @ResolveField(() => [ProgressUpdateView])
  progressUpdates(@Ctx() ctx: RequestContext, @Parent() a: AssignmentRow) {
    return this.queries.progressUpdates(ctx, String(a.id));
  }

  @ResolveField(() => [UrgeNoticeView])
  urgeNotices(@Ctx() ctx: RequestContext, @Parent() a: AssignmentRow) {
    return this.queries.urgeNotices(ctx, String(a.id));
  }

  @ResolveField(() => [ExtensionRequestView])
  extensionRequests(@Ctx() ctx: RequestContext, @Parent() a: AssignmentRow) {
    return this.queries.extensionRequests(ctx, String(a.id), false);
  }

  @ResolveField(() => RollupView, {
    description: 'Roll-up of this unit’s subtree for the item (a split assignment’s derived progress)',
  })
  rollup(@Ctx() ctx: RequestContext, @Parent() a: AssignmentRow) {
    return this.queries.rollupView(ctx, String(a.unitId), String(a.itemId));
  }
}

/** Roll-ups as a query and as a field of OrgUnit, so one query can walk the tree level by level. */
@Resolver(() => OrgUnitEntity)
export class RollupResolver {
  constructor(
    private readonly queries: SupervisionQueries,
    private readonly org: OrgService,
    private readonly overrides: RollupOverrideService,
  ) {}

  @Roles(Role.SUPERVISOR, Role.LEADER)
  @Mutation(() => RollupView, {
    description:
      '人工调整灯色: set (or with light null, clear) a unit’s light for an item; a reason is required and logged',
  })
  async overrideRollupLight(
    @Ctx() ctx: RequestContext,
    @Args('itemId', { type: () => ID }) itemId: string,
    @Args('orgUnitId', { type: () => ID }) orgUnitId: string,
    @Args('light', { type: () => LightEnum, nullable: true }) light: LightEnum | null,
    @Args('reason') reason: string,
  ) {
    await this.overrides.set(ctx, itemId, orgUnitId, light ?? null, reason);
    return this.queries.rollupView(ctx, orgUnitId, itemId);
  }

  @Query(() => RollupView, { description: 'Roll-up of a unit’s subtree for one item, or for all items' })
  async progressRollup(
    @Ctx() ctx: RequestContext,
    @Args('orgUnitId', { type: () => ID }) orgUnitId: string,
    @Args('itemId', { type: () => ID, nullable: true }) itemId?: string,
  ) {
    const unit = await this.org.byId(ctx).load(orgUnitId);
    if (!unit || !isAncestorPath(ctx.requireActor().unitPath, unit.path)) throw notFound(UNIT, orgUnitId);
    return this.queries.rollupView(ctx, orgUnitId, itemId ?? null);
  }

  @ResolveField(() => RollupView, {
    nullable: true,
    description: 'This unit’s roll-up (null above your own unit)',
  })
  rollup(
    @Ctx() ctx: RequestContext,
    @Parent() unit: OrgUnitEntity,
    @Args('itemId', { type: () => ID, nullable: true }) itemId?: string,
  ) {
    if (!isAncestorPath(ctx.requireActor().unitPath, unit.path)) return null;
    return this.queries.rollupView(ctx, String(unit.id), itemId ?? null);
  }
}

/** A report's context, so queues (待签字, 待审核) can show the item and unit in the same round trip. */
@Resolver(() => ReportEntity)
export class ReportResolver {
  constructor(private readonly queries: SupervisionQueries) {}

  @ResolveField(() => AssignmentEntity, { nullable: true })
  assignment(@Ctx() ctx: RequestContext, @Parent() r: ReportEntity) {
    return this.queries.assignmentById(ctx).load(String(r.assignmentId));
  }

  @ResolveField(() => SupervisionItemEntity, { nullable: true })
  item(@Ctx() ctx: RequestContext, @Parent() r: ReportEntity) {
    return this.queries.itemById(ctx).load(String(r.itemId));
  }
}
