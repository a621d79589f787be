import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { OrgKind } from '../org';
import { EVIDENCE_FILE_IDS } from '../evidence';
import { TEXT_LIMITS } from '@duban/rules';
import { TextField } from '@duban/platform';

/** "All townships of 睢县" = { underUnitId: 睢县, kind: TOWNSHIP }; "all 县直" adds subtype: "县直". */
@InputType()
export class CascadeSelector {
  @Field(() => ID)
  underUnitId!: string;

  @Field(() => OrgKind)
  kind!: OrgKind;

  @TextField(TEXT_LIMITS.orgSubtype, { nullable: true, rule: 'orgSubtype' })
  subtype?: string;
}

@InputType()
export class ShareInput {
  @Field(() => ID)
  unitId!: string;

  @Field(() => Float, { nullable: true, description: 'Quantified share (分解指标)' })
  target?: number;
}

@InputType()
export class ProgressInput {
  @Field(() => Float, { description: '0–100' })
  percent!: number;

  @Field(() => Float, { nullable: true })
  achieved?: number;

  @TextField(TEXT_LIMITS.progressText)
  text!: string;

  @Field(() => Int, { nullable: true, description: 'The 节点 (milestone seq) this progress reports for' })
  milestoneSeq?: number;

  @Field(() => [ID], { nullable: true, description: EVIDENCE_FILE_IDS })
  fileIds?: string[];
}
