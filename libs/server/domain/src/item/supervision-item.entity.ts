import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { DeadlineTier, ItemSource, ItemStatus, type RollupPolicy } from '@duban/rules';
import { OrgUnitEntity } from '../org';
import { MilestoneView, ReportCycle } from './milestone.types';

registerEnumType(ItemStatus, {
  name: 'ItemStatus',
  description:
    'DRAFT 草稿, REGISTERED 已立项, IN_PROGRESS 督办中, AWAITING_FEEDBACK 待反馈, CONCLUDED 已办结, ARCHIVED 已归档, WITHDRAWN 已撤销',
});
registerEnumType(ItemSource, {
  name: 'ItemSource',
  description: '领导批示, 常委会/常务会决定事项, 年度目标任务, 上级交办, 民意快线/群众来信, 专项督查',
});
registerEnumType(DeadlineTier, {
  name: 'DeadlineTier',
  description: '急件 1–5 天, 一般 15 天, 复杂 30 天, 会议纪要 20 天, 公文 30 天',
});

export enum RollupPolicyEnum {
  ALL_DONE = 'ALL_DONE',
  AVERAGE = 'AVERAGE',
  WEIGHTED = 'WEIGHTED',
  WORST_LIGHT = 'WORST_LIGHT',
}
registerEnumType(RollupPolicyEnum, {
  name: 'RollupPolicy',
  description: '全部办结 / 平均进度 / 按量化指标加权 / 取最差灯',
});

const numeric = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/** 督查事项: a decision or instruction registered for supervision. */
@ObjectType('SupervisionItem')
@Entity('supervision_item')
@Unique('supervision_item_issuer_unit_id_reg_year_reg_seq_key', ['issuerUnitId', 'regYear', 'regSeq'])
@Index('supervision_item_tenant_status_idx', ['tenantId', 'status', 'deadline'])
@Check(
  'supervision_item_milestones_check',
  `jsonb_typeof(milestones) = 'array' AND jsonb_array_length(milestones) <= 12`,
)
@Check(
  'supervision_item_report_cycle_check',
  `report_cycle IN ('MONTHLY', 'QUARTERLY') AND report_due_day BETWEEN 1 AND 28 OR report_cycle IS NULL AND report_due_day IS NULL`,
)
@Index('supervision_item_concluded_idx', ['tenantId', 'firstConcludedAt'], {
  where: 'first_concluded_at IS NOT NULL',
})
export class SupervisionItemEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'bigint', name: 'tenant_id' })
  tenantId!: string;

  @Field(() => ID)
  @Column({ type: 'bigint', name: 'issuer_unit_id' })
  issuerUnitId!: string;

  @ManyToOne(() => OrgUnitEntity)
  @JoinColumn({ name: 'issuer_unit_id', foreignKeyConstraintName: 'supervision_item_issuer_unit_id_fkey' })
  issuerUnit?: OrgUnitEntity;

  @Index('supervision_item_issuer_gist', { spatial: true })
  @Column({ type: 'ltree', name: 'issuer_path' })
  issuerPath!: string;

  @Column({ type: 'int', name: 'reg_year', nullable: true })
  regYear!: number | null;

  @Column({ type: 'int', name: 'reg_seq', nullable: true })
  regSeq!: number | null;

  @Field(() => String, { nullable: true, description: '登记编号, e.g. 商督〔2026〕17号' })
  @Column({ type: 'varchar', length: 40, name: 'reg_number', nullable: true })
  regNumber!: string | null;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Field(() => ItemSource)
  @Column({ type: 'varchar', length: 32 })
  source!: ItemSource;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 40, nullable: true })
  category!: string | null;

  @Field({ description: '重点事项' })
  @Column({ type: 'boolean', name: 'is_key', default: false })
  isKey!: boolean;

  @Field()
  @Column({ type: 'text' })
  content!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  requirements!: string | null;

  @Field(() => String, { nullable: true, description: '领导批示原文' })
  @Column({ type: 'text', nullable: true })
  instruction!: string | null;

  @Field()
  @Column({ type: 'timestamptz' })
  deadline!: Date;

  @Field(() => DeadlineTier, { nullable: true })
  @Column({ type: 'varchar', length: 20, name: 'deadline_tier', nullable: true })
  deadlineTier!: DeadlineTier | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'bigint', name: 'lead_unit_id', nullable: true })
  leadUnitId!: string | null;

  @ManyToOne(() => OrgUnitEntity)
  @JoinColumn({ name: 'lead_unit_id', foreignKeyConstraintName: 'supervision_item_lead_unit_id_fkey' })
  leadUnit?: OrgUnitEntity;

  @Field(() => [ID])
  @Column({ type: 'bigint', array: true, name: 'co_unit_ids', default: '{}' })
  coUnitIds!: string[];

  @Field(() => String, { nullable: true, description: '分管领导' })
  @Column({ type: 'varchar', length: 64, name: 'leader_name', nullable: true })
  leaderName!: string | null;

  @Field(() => String, { nullable: true, description: '责任人' })
  @Column({ type: 'varchar', length: 64, name: 'responsible_person', nullable: true })
  responsiblePerson!: string | null;

  @Field(() => Float, { nullable: true, description: '量化目标' })
  @Column({ type: 'numeric', nullable: true, transformer: numeric })
  target!: number | null;

  @Field(() => String, { nullable: true, description: 'Unit of the target, e.g. 公里' })
  @Column({ type: 'varchar', length: 16, name: 'target_unit', nullable: true })
  targetUnit!: string | null;

  @Field(() => [MilestoneView], { description: '节点计划 (年度目标 by phase); empty: 序时进度 is linear' })
  @Column({ type: 'jsonb', default: () => "'[]'" })
  milestones!: MilestoneView[];

  @Field(() => ReportCycle, { nullable: true, description: '月报/季报: units report on this cycle' })
  @Column({ type: 'varchar', length: 12, name: 'report_cycle', nullable: true })
  reportCycle!: ReportCycle | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Day of the cycle’s first month the report is due (1–28)',
  })
  @Column({ type: 'smallint', name: 'report_due_day', nullable: true })
  reportDueDay!: number | null;

  @Field(() => RollupPolicyEnum)
  @Column({ type: 'varchar', length: 16, name: 'rollup_policy', default: 'AVERAGE' })
  rollupPolicy!: RollupPolicy;

  @Field(() => ItemStatus)
  @Column({ type: 'varchar', length: 20 })
  status!: ItemStatus;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', name: 'withdrawn_reason', nullable: true })
  withdrawnReason!: string | null;

  @Field(() => String, { nullable: true, description: '结果反馈 (reported back to the leader)' })
  @Column({ type: 'text', nullable: true })
  feedback!: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the result was first fed back (已办结); the year the 复查复议率 counts it in',
  })
  @Column({ type: 'timestamptz', name: 'first_concluded_at', nullable: true })
  firstConcludedAt!: Date | null;

  @Field(() => Int, { description: 'How often the concluded item was reopened (复查复议)' })
  @Column({ type: 'int', name: 'reopen_count', default: 0 })
  reopenCount!: number;

  @Field(() => Date, { nullable: true, description: 'When it was last reopened (复查复议)' })
  @Column({ type: 'timestamptz', name: 'reopened_at', nullable: true })
  reopenedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was last reopened (复查复议)' })
  @Column({ type: 'text', name: 'reopen_reason', nullable: true })
  reopenReason!: string | null;

  @Field(() => Int, {
    description: 'Bumped by every change of the item; 编辑 sends the version it loaded (expectedVersion)',
  })
  @Column({ type: 'int', default: 1 })
  version!: number;

  @Column({ type: 'bigint', name: 'created_by' })
  createdBy!: string;

  @Field()
  @Column({ type: 'timestamptz', name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Field()
  @Column({ type: 'timestamptz', name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}
