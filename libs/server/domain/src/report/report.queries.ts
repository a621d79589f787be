import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { composeAchieved, countOpenChildren, draftSummary } from '@duban/rules';
import { notFound, RequestContext } from '@duban/platform';
import { AssignmentOperation, requireAssignmentAccess } from '../access';
import { ASSIGNMENT, AssignmentQueries, assignmentRepository } from '../assignment';
import { ItemQueries } from '../item';
import { ReportCitationEntity } from './report-citation.entity';
import { ReportDraft } from './report-draft.dto';
import { ReportEntity } from './report.entity';
import { reportRepository } from './report.repository';

export type ReportQueue = 'SIGN' | 'REVIEW';

@Injectable()
export class ReportQueries {
  constructor(
    private readonly assignments: AssignmentQueries,
    private readonly items: ItemQueries,
  ) {}

  /** Reports by id, as RLS lets the caller see them (a reviewer sees every report below it). */
  reportById(ctx: RequestContext) {
    return ctx.loader(
      'report.byId',
      () =>
        new DataLoader<string, ReportEntity | null>(async (ids) => {
          const rows = await reportRepository.byIds(ctx.db, ids);
          const byId = new Map(rows.map((r) => [String(r.id), r]));
          return ids.map((id) => byId.get(String(id)) ?? null);
        }),
    );
  }

  /** Every version of each assignment's report, newest first. */
  reportsOf(ctx: RequestContext) {
    return ctx.loader(
      'reports.byAssignment',
      () =>
        new DataLoader<string, ReportEntity[]>(async (ids) => {
          const rows = await reportRepository.ofAssignments(ctx.db, ids);
          return ids.map((id) => rows.filter((r) => String(r.assignmentId) === String(id)));
        }),
    );
  }

  /** The sub-unit reports each composed report cites, in order. */
  citationsOf(ctx: RequestContext) {
    return ctx.loader(
      'report.citations',
      () =>
        new DataLoader<string, ReportCitationEntity[]>(async (ids) => {
          const rows = await reportRepository.citationsOf(ctx.db, ids);
          return ids.map((id) => rows.filter((c) => String(c.reportId) === String(id)));
        }),
    );
  }

  /** The head's signing queue (待签字) or the reviewer's queue (待审核) for the caller's unit. */
  queue(ctx: RequestContext, kind: ReportQueue) {
    const unitId = ctx.requireActor().orgUnitId;
    return kind === 'SIGN'
      ? reportRepository.awaitingSignature(ctx.db, unitId)
      : reportRepository.underReview(ctx.db, unitId);
  }

  /**
   * The pre-filled report for the unit that will submit it (最多报一次): for a split assignment the
   * sub-units' accepted reports it will cite, their summed result and a suggested summary.
   */
  async draft(ctx: RequestContext, assignmentId: string): Promise<ReportDraft> {
    const actor = ctx.requireActor();
    const a = await this.assignments.assignmentById(ctx).load(assignmentId);
    if (!a) throw notFound(ASSIGNMENT, assignmentId);
    requireAssignmentAccess(actor, AssignmentOperation.SUBMIT_REPORT, a);
    if (!a.split)
      return {
        assignmentId: String(a.id),
        split: false,
        openChildren: 0,
        notApplicableChildren: 0,
        citations: [],
        achieved: a.achieved,
        summary: '',
      };
    const [children, cited, item] = await Promise.all([
      assignmentRepository.childrenForReport(ctx.db, String(a.id), { lock: false }),
      reportRepository.citable(ctx.db, String(a.id)),
      this.items.itemById(ctx).load(String(a.itemId)),
    ]);
    const notApplicable = children.filter((c) => c.notApplicable).length;
    return {
      assignmentId: String(a.id),
      split: true,
      openChildren: countOpenChildren(children),
      notApplicableChildren: notApplicable,
      citations: cited.map((c, i) => ({ ...c, position: i + 1 })),
      achieved: composeAchieved(cited),
      summary: draftSummary(cited, { targetUnit: item?.targetUnit ?? null, notApplicable }),
    };
  }
}
