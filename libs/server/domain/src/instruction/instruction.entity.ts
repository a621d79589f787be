import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { InstructionKind, InstructionTarget } from '@duban/rules';
import { UserEntity } from '../identity';
import { SupervisionItemEntity } from '../item';
import { OrgUnitEntity } from '../org';
import { ReportEntity } from '../report';

registerEnumType(InstructionTarget, {
  name: 'InstructionTarget',
  description: 'What a leader wrote on: ITEM 事项, REPORT 办理报告, FEEDBACK 结果反馈',
});
registerEnumType(InstructionKind, {
  name: 'InstructionKind',
  description:
    'INSTRUCTION 批示 (item, report); on the 结果反馈 a 阅示: READ 已阅（圈阅）, AGREE 同意, FURTHER_INSTRUCTION 进一步批示 (reopens the item, 复查复议)',
});

/** 批示 / 阅示: a leader's words on an item, a report or the result fed back. Written once, never changed. */
@ObjectType('Instruction')
@Entity('instruction')
@Index('instruction_item_idx', ['itemId', 'id'])
@Index('instruction_report_idx', ['reportId', 'id'], { where: 'report_id IS NOT NULL' })
@Check('instruction_report_target_check', `(target = 'REPORT') = (report_id IS NOT NULL)`)
export class InstructionEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'bigint', name: 'tenant_id' })
  tenantId!: string;

  @Field(() => ID)
  @Column({ type: 'bigint', name: 'item_id' })
  itemId!: string;

  @ManyToOne(() => SupervisionItemEntity)
  @JoinColumn({ name: 'item_id', foreignKeyConstraintName: 'instruction_item_id_fkey' })
  item?: SupervisionItemEntity;

  @Field(() => ID, { nullable: true, description: 'The report written on (target REPORT)' })
  @Column({ type: 'bigint', name: 'report_id', nullable: true })
  reportId!: string | null;

  @ManyToOne(() => ReportEntity)
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'instruction_report_id_fkey' })
  report?: ReportEntity;

  @Field(() => InstructionTarget)
  @Column({ type: 'varchar', length: 8 })
  target!: InstructionTarget;

  @Field(() => InstructionKind)
  @Column({ type: 'varchar', length: 24 })
  kind!: InstructionKind;

  @Field(() => String, { nullable: true, description: '批示原文 (圈阅 and 同意 may stand without words)' })
  @Column({ type: 'text', nullable: true })
  text!: string | null;

  @Field(() => ID)
  @Column({ type: 'bigint', name: 'leader_id' })
  leaderId!: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'leader_id', foreignKeyConstraintName: 'instruction_leader_id_fkey' })
  leader?: UserEntity;

  @Field({ description: 'The leader’s name as it read when written' })
  @Column({ type: 'varchar', length: 64, name: 'leader_name' })
  leaderName!: string;

  @Field(() => ID)
  @Column({ type: 'bigint', name: 'leader_unit_id' })
  leaderUnitId!: string;

  @ManyToOne(() => OrgUnitEntity)
  @JoinColumn({ name: 'leader_unit_id', foreignKeyConstraintName: 'instruction_leader_unit_id_fkey' })
  leaderUnit?: OrgUnitEntity;

  @Index('instruction_unit_gist', { spatial: true })
  @Column({ type: 'ltree', name: 'unit_path' })
  unitPath!: string;

  @Field(() => Date, {
    nullable: true,
    description: 'The new deadline a further instruction reopened the item with (复查复议)',
  })
  @Column({ type: 'timestamptz', name: 'reopen_deadline', nullable: true })
  reopenDeadline!: Date | null;

  @Field()
  @Column({ type: 'timestamptz', name: 'created_at', default: () => 'now()' })
  createdAt!: Date;
}
