import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role, SpreadsheetOperation } from '@duban/rules';
import { Ctx, FIRST_ARG, pageSize, RequestContext, Roles } from '@duban/platform';
import { spreadsheetOperations } from '../access';
import { SupervisionItemFilter } from '../item';
import { SpreadsheetJobKind } from './spreadsheet-job.entity';
import { SpreadsheetJobView, SpreadsheetLinkView } from './spreadsheet.dto';
import { SpreadsheetService } from './spreadsheet.service';

@Resolver()
export class SpreadsheetResolver {
  constructor(private readonly service: SpreadsheetService) {}

  @Query(() => [SpreadsheetOperation], {
    description: 'What you may do with spreadsheets (the ledger and import pages offer exactly these)',
  })
  spreadsheetActions(@Ctx() ctx: RequestContext) {
    return spreadsheetOperations(ctx.requireActor());
  }

  @Mutation(() => SpreadsheetJobView, {
    description: '导出台账: every item of the ledger under the filter (as on the page), built by the worker',
  })
  startLedgerExport(
    @Ctx() ctx: RequestContext,
    @Args('filter', { type: () => SupervisionItemFilter, nullable: true }) filter?: SupervisionItemFilter,
  ) {
    return this.service.startLedgerExport(ctx, filter ?? {});
  }

  @Roles(Role.SUPERVISOR)
  @Mutation(() => SpreadsheetJobView, {
    description:
      '导入年度目标任务分解表: a workbook you uploaded (POST /files); every row is checked, then all are registered and assigned, or none',
  })
  startTargetImport(@Ctx() ctx: RequestContext, @Args('fileId', { type: () => ID }) fileId: string) {
    return this.service.startTargetImport(ctx, fileId);
  }

  @Query(() => SpreadsheetJobView, { description: 'One of your own export or import jobs' })
  spreadsheetJob(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.service.job(ctx, id);
  }

  @Query(() => [SpreadsheetJobView], { description: 'Your recent export and import jobs, newest first' })
  mySpreadsheetJobs(
    @Ctx() ctx: RequestContext,
    @Args('kind', { type: () => SpreadsheetJobKind, nullable: true }) kind?: SpreadsheetJobKind,
    @Args('first', FIRST_ARG) first?: number,
  ) {
    return this.service.recent(ctx, kind ?? null, pageSize(first, 10));
  }

  @Roles(Role.SUPERVISOR)
  @Query(() => SpreadsheetLinkView, {
    description: '年度目标任务分解表 template, made now with your sub-units in its 牵头单位 list',
  })
  targetImportTemplate(@Ctx() ctx: RequestContext) {
    return this.service.template(ctx);
  }
}
