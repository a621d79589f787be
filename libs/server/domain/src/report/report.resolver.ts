import { Args, Float, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  actingSignatureNote,
  CitationKind,
  consolidateAchieved,
  excerpt,
  ReportStatus,
  Role,
  TEXT_LIMITS,
} from '@duban/rules';
import { Ctx, RequestContext, Roles, TextArg } from '@duban/platform';
import { ReportOperation, reportOperations } from '../access';
import { AssignmentEntity, AssignmentQueries, AssignmentRow } from '../assignment';
import { EVIDENCE_FILE_IDS, EvidenceService } from '../evidence';
import { IdentityService, UserEntity } from '../identity';
import { ItemQueries, SupervisionItemEntity } from '../item';
import { OrgService, OrgUnitEntity } from '../org';
import { Attachment } from '../shared';
import { SigningQueries } from '../signing';
import { ReportCitationEntity } from './report-citation.entity';
import { ReportDraft } from './report-draft.dto';
import { reportHash } from './report-hash';
import { ReportInput, ReviewChecklist, ReviewDecision } from './report.dto';
import { ReportEntity } from './report.entity';
import { ReportQueries, ReportQueueKind } from './report.queries';
import { ReportService } from './report.service';

/** Reports and their queues; a report's context comes in the same round trip. */
@Resolver(() => ReportEntity)
export class ReportResolver {
  constructor(
    private readonly service: ReportService,
    private readonly queries: ReportQueries,
    private readonly assignments: AssignmentQueries,
    private readonly items: ItemQueries,
    private readonly org: OrgService,
    private readonly identity: IdentityService,
    private readonly signing: SigningQueries,
    private readonly evidence: EvidenceService,
  ) {}

  @Query(() => ReportEntity, {
    nullable: true,
    description: 'A report you can see (your subtree): e.g. a sub-unit report cited by a composed report',
  })
  report(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.queries.reportById(ctx).load(id);
  }

  @Query(() => ReportDraft, {
    description:
      '最多报一次: the pre-filled report of your unit’s assignment. For a split assignment: the accepted sub-unit reports it will cite, their summed result and a suggested summary.',
  })
  reportDraft(@Ctx() ctx: RequestContext, @Args('assignmentId', { type: () => ID }) id: string) {
    return this.queries.draft(ctx, id);
  }

  @Mutation(() => ReportEntity, {
    description:
      '办理情况报告: goes to the unit head for signature first. A split assignment is reported only when every sub-unit is done or 不适用 (else CONFLICT); its report cites their accepted reports and its 完成量 is their sum (see reportDraft).',
  })
  submitReport(
    @Ctx() ctx: RequestContext,
    @Args('assignmentId', { type: () => ID }) id: string,
    @Args('input') input: ReportInput,
  ) {
    return this.service.submit(ctx, id, input);
  }

  // No role guard: the access rules decide (the head, or an acting signer under a 委托签字 in force).
  @Mutation(() => ReportEntity, {
    description: '一把手签字, or 代签 by the acting signer the head named for today (委托签字)',
  })
  signReport(@Ctx() ctx: RequestContext, @Args('reportId', { type: () => ID }) reportId: string) {
    return this.service.sign(ctx, reportId);
  }

  @Mutation(() => ReportEntity, {
    description: '一把手退回 (not signed, with reason); an acting signer (委托签字) may too',
  })
  refuseSignature(
    @Ctx() ctx: RequestContext,
    @Args('reportId', { type: () => ID }) reportId: string,
    @TextArg('reason', TEXT_LIMITS.reason) reason: string,
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
    @TextArg('comment', TEXT_LIMITS.reason, { nullable: true }) comment?: string,
    @Args('fileIds', { type: () => [ID], nullable: true, description: EVIDENCE_FILE_IDS }) fileIds?: string[],
  ) {
    return this.service.review(ctx, reportId, decision, checklist, comment, fileIds);
  }

  @ResolveField(() => [Attachment], { description: 'Evidence the reviewer attached to the decision (审理)' })
  reviewAttachments(@Ctx() ctx: RequestContext, @Parent() r: ReportEntity) {
    return this.evidence.attachedTo(ctx, 'report_review').load(String(r.id));
  }

  @Query(() => [ReportEntity], { description: '一把手待签字 (HEAD) or 待审核 (SUPERVISOR) for your unit' })
  reportQueue(
    @Ctx() ctx: RequestContext,
    @Args('kind', { type: () => ReportQueueKind, description: 'SIGN 待签字 or REVIEW 待审核' })
    kind: ReportQueueKind,
  ) {
    return this.queries.queue(ctx, kind);
  }

  @ResolveField(() => AssignmentEntity, { nullable: true })
  assignment(@Ctx() ctx: RequestContext, @Parent() r: ReportEntity) {
    return this.assignments.assignmentById(ctx).load(String(r.assignmentId));
  }

  @ResolveField(() => SupervisionItemEntity, { nullable: true })
  item(@Ctx() ctx: RequestContext, @Parent() r: ReportEntity) {
    return this.items.itemById(ctx).load(String(r.itemId));
  }

  @ResolveField(() => OrgUnitEntity, { nullable: true, description: 'The reporting unit' })
  async unit(@Ctx() ctx: RequestContext, @Parent() r: ReportEntity) {
    const a = await this.assignments.assignmentById(ctx).load(String(r.assignmentId));
    return a ? this.org.byId(ctx).load(String(a.unitId)) : null;
  }

  @ResolveField(() => UserEntity, {
    nullable: true,
    description: '签字人: the head (一把手), or the acting signer who signed for the head (see signedFor)',
  })
  signer(@Ctx() ctx: RequestContext, @Parent() r: ReportEntity) {
    return r.signedBy ? this.identity.byId(ctx).load(String(r.signedBy)) : null;
  }

  @ResolveField(() => UserEntity, {
    nullable: true,
    description: '代签: the head the acting signer signed for (null when the head signed)',
  })
  signedFor(@Ctx() ctx: RequestContext, @Parent() r: ReportEntity) {
    return r.signedForId ? this.identity.byId(ctx).load(String(r.signedForId)) : null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'How the signature reads, in your language: "孙丽（代吴强签字）" for 代签; null unless signed',
  })
  async signatureNote(@Ctx() ctx: RequestContext, @Parent() r: ReportEntity) {
    if (!r.signedBy) return null;
    const [signer, head] = await Promise.all([
      this.identity.byId(ctx).load(String(r.signedBy)),
      r.signedForId ? this.identity.byId(ctx).load(String(r.signedForId)) : null,
    ]);
    const name = signer?.displayName ?? '';
    if (!r.signedForId) return name;
    const note = actingSignatureNote(name, head?.displayName ?? '');
    return ctx.locale === 'en' ? note.en : note.zh;
  }

  @ResolveField(() => Float, {
    nullable: true,
    description:
      '主办+协办合计: a lead’s own figure plus its cited co-units’ (null when it cites no co-unit figure)',
  })
  async consolidatedAchieved(@Ctx() ctx: RequestContext, @Parent() r: ReportEntity) {
    const co = (await this.queries.citationsOf(ctx).load(String(r.id))).filter(
      (c) => c.kind === CitationKind.CO_UNIT,
    );
    return co.length ? consolidateAchieved(r.achieved, co) : null;
  }

  @ResolveField(() => [ReportCitationEntity], {
    description: '最多报一次: the accepted sub-unit reports this composed report cites (empty unless split)',
  })
  citations(@Ctx() ctx: RequestContext, @Parent() r: ReportEntity) {
    return this.queries.citationsOf(ctx).load(String(r.id));
  }

  @ResolveField(() => Boolean, {
    nullable: true,
    description: 'Whether the stored report still hashes to `hash` (null until signed)',
  })
  async hashVerified(@Ctx() ctx: RequestContext, @Parent() r: ReportEntity) {
    if (!r.hash || !r.signedBy || !r.signedAt) return null;
    const citations = await this.queries.citationsOf(ctx).load(String(r.id));
    return (
      reportHash({
        ...r,
        signedBy: r.signedBy,
        signedAt: r.signedAt,
        signedForId: r.signedForId,
        citations,
      }) === r.hash
    );
  }

  @ResolveField(() => [ReportOperation], {
    description: 'What you may do with this report now (the admin offers exactly these)',
  })
  async allowedActions(@Ctx() ctx: RequestContext, @Parent() r: ReportEntity) {
    const a = await this.assignments.assignmentById(ctx).load(String(r.assignmentId));
    if (!a) return [];
    // 委托签字 in force for the caller: one lookup per request, only while a signature is awaited.
    const actingFor =
      r.status === ReportStatus.AWAITING_SIGNATURE ? await this.signing.actingFor(ctx) : undefined;
    return reportOperations(ctx.requireActor(), r, a, actingFor);
  }
}

/** An assignment's reports, every version, newest first. */
@Resolver(() => AssignmentEntity)
export class AssignmentReportsResolver {
  constructor(private readonly queries: ReportQueries) {}

  @ResolveField(() => [ReportEntity])
  reports(@Ctx() ctx: RequestContext, @Parent() a: AssignmentRow) {
    return this.queries.reportsOf(ctx).load(String(a.id));
  }
}

/** A citation opens onto the cited report and its unit, as far as the caller's scope reaches. */
@Resolver(() => ReportCitationEntity)
export class ReportCitationResolver {
  constructor(
    private readonly queries: ReportQueries,
    private readonly org: OrgService,
  ) {}

  @ResolveField(() => ReportEntity, { nullable: true, description: 'The cited sub-unit report' })
  report(@Ctx() ctx: RequestContext, @Parent() c: ReportCitationEntity) {
    return this.queries.reportById(ctx).load(String(c.citedReportId));
  }

  @ResolveField(() => OrgUnitEntity, { nullable: true, description: 'The cited sub-unit' })
  unit(@Ctx() ctx: RequestContext, @Parent() c: ReportCitationEntity) {
    return this.org.byId(ctx).load(String(c.unitId));
  }

  @ResolveField(() => String, { description: 'The first line of the cited report' })
  async excerpt(@Ctx() ctx: RequestContext, @Parent() c: ReportCitationEntity & { content?: string }) {
    // A draft carries the text (a lead's co-units lie outside its scope); a stored citation is opened.
    if (typeof c.content === 'string') return excerpt(c.content);
    const r = await this.queries.reportById(ctx).load(String(c.citedReportId));
    return r ? excerpt(r.content) : '';
  }
}
