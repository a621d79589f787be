import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ReportCitationEntity } from './report-citation.entity';

/**
 * The pre-filled 办理情况报告 of an assignment (最多报一次): for a split assignment, the sub-units'
 * accepted reports it will cite, the composed figure and a suggested summary, so that nothing
 * reported below is typed again; for a lead (主办), its co-units' (协办) accepted reports as well. The citations are chosen by the server when the report is
 * submitted; this only shows them in advance.
 */
@ObjectType('ReportDraft')
export class ReportDraft {
  @Field(() => ID)
  assignmentId!: string;

  @Field({ description: '已分解: the report is composed from the sub-units’ reports' })
  split!: boolean;

  @Field(() => Int, {
    description: 'Sub-units still open and applicable; a split assignment can be reported when this is 0',
  })
  openChildren!: number;

  @Field(() => Int, { description: 'Sub-units marked 不适用 (not cited)' })
  notApplicableChildren!: number;

  @Field({
    description:
      '主办: your unit leads the item; its report also cites the co-units’ (协办) accepted reports',
  })
  lead!: boolean;

  @Field(() => Int, {
    description: 'Co-units (协办) still open and applicable; a lead can be reported when this is 0',
  })
  openCoUnits!: number;

  @Field(() => Int, { description: 'Co-units marked 不适用 (not cited)' })
  notApplicableCoUnits!: number;

  @Field(() => [ReportCitationEntity], {
    description:
      'The accepted sub-unit reports (SUB_UNIT), then co-unit reports (CO_UNIT), the report will cite',
  })
  citations!: (Omit<ReportCitationEntity, 'reportId' | 'tenantId' | 'unitPath' | 'createdAt'> & {
    content?: string;
  })[];

  @Field(() => Float, {
    nullable: true,
    description: '完成量: the sum of the cited results for a split assignment (not typed again)',
  })
  achieved!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      '主办+协办合计: your figure plus the cited co-units’ (null unless a lead cites a figure); not typed again',
  })
  consolidatedAchieved!: number | null;

  @Field({
    description: 'Suggested summary text (each sub-unit and co-unit, its result and a one-line excerpt)',
  })
  summary!: string;
}
