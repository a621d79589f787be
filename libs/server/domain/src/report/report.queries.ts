import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { RequestContext } from '@duban/platform';
import { ReportEntity } from './report.entity';
import { reportRepository } from './report.repository';

export type ReportQueue = 'SIGN' | 'REVIEW';

@Injectable()
export class ReportQueries {
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

  /** The head's signing queue (待签字) or the reviewer's queue (待审核) for the caller's unit. */
  queue(ctx: RequestContext, kind: ReportQueue) {
    const unitId = ctx.requireActor().orgUnitId;
    return kind === 'SIGN'
      ? reportRepository.awaitingSignature(ctx.db, unitId)
      : reportRepository.underReview(ctx.db, unitId);
  }
}
