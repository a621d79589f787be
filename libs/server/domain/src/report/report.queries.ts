import { registerEnumType } from '@nestjs/graphql';
import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import {
  CitationKind,
  composeAchieved,
  consolidateAchieved,
  countOpenChildren,
  draftSummary,
} from '@duban/rules';
import { notFound, RequestContext } from '@duban/platform';
import { AssignmentOperation, requireAssignmentAccess } from '../access';
import { ASSIGNMENT, AssignmentQueries, assignmentRepository, coUnitsRepository } from '../assignment';
import { ItemQueries } from '../item';
import { ReportCitationEntity } from './report-citation.entity';
import { ReportDraft } from './report-draft.dto';
import { ReportEntity } from './report.entity';
import { reportRepository } from './report.repository';

/** Which report queue: the head's 待签字 or the reviewer's 待审核. */
export enum ReportQueueKind {
  SIGN = 'SIGN',
  REVIEW = 'REVIEW',
}
registerEnumType(ReportQueueKind, {
  name: 'ReportQueueKind',
  description: 'SIGN 一把手待签字 / REVIEW 待审核',
});

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
  queue(ctx: RequestContext, kind: ReportQueueKind) {
    const unitId = ctx.requireActor().orgUnitId;
    return kind === ReportQueueKind.SIGN
      ? reportRepository.awaitingSignature(ctx.db, unitId)
      : reportRepository.underReview(ctx.db, unitId);
  }

  /**
   * The pre-filled report for the unit that will submit it (最多报一次): for a split assignment the
   * sub-units' accepted reports it will cite, their summed result and a suggested summary; for a lead
   * (主办) its co-units' (协办) accepted reports as well, and the consolidated figure.
   */
  async draft(ctx: RequestContext, assignmentId: string): Promise<ReportDraft> {
    const actor = ctx.requireActor();
    const a = await this.assignments.assignmentById(ctx).load(assignmentId);
    if (!a) throw notFound(ASSIGNMENT, assignmentId);
    requireAssignmentAccess(actor, AssignmentOperation.SUBMIT_REPORT, a);
    const id = String(a.id);
    const lead = a.role === 'LEAD';
    const [children, cited, coUnits, coCited, item] = await Promise.all([
      a.split ? assignmentRepository.childrenForReport(ctx.db, id, { lock: false }) : [],
      a.split ? reportRepository.citable(ctx.db, id) : [],
      lead ? coUnitsRepository.ofLead(ctx.db, id, { lock: false }) : [],
      lead ? reportRepository.citable(ctx.db, id, CitationKind.CO_UNIT) : [],
      this.items.itemById(ctx).load(String(a.itemId)),
    ]);
    const notApplicable = children.filter((c) => c.notApplicable).length;
    const coNotApplicable = coUnits.filter((c) => c.notApplicable).length;
    const achieved = a.split ? composeAchieved(cited) : a.achieved;
    const hasCo = coUnits.length > 0;
    return {
      assignmentId: id,
      split: a.split,
      openChildren: countOpenChildren(children),
      notApplicableChildren: notApplicable,
      lead: lead && hasCo,
      openCoUnits: countOpenChildren(coUnits),
      notApplicableCoUnits: coNotApplicable,
      citations: [
        ...cited.map((c) => ({ ...c, kind: CitationKind.SUB_UNIT })),
        ...coCited.map((c) => ({ ...c, kind: CitationKind.CO_UNIT })),
      ].map((c, i) => ({ ...c, position: i + 1 })),
      achieved,
      consolidatedAchieved: hasCo ? consolidateAchieved(achieved, coCited) : null,
      summary:
        a.split || hasCo
          ? draftSummary(cited, {
              targetUnit: item?.targetUnit ?? null,
              notApplicable,
              split: a.split,
              ownAchieved: achieved,
              ...(hasCo ? { coUnits: coCited, coNotApplicable } : {}),
            })
          : '',
    };
  }
}
