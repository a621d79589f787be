import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { AssignmentStatus, type Light } from '@duban/rules';
import { LightEnum, openAssignmentSql } from '../shared';

registerEnumType(AssignmentStatus, {
  name: 'AssignmentStatus',
  description:
    'ASSIGNED 待签收, IN_PROGRESS 办理中, AWAITING_SIGNATURE 待签字, UNDER_REVIEW 待审核, DONE 已办结, WITHDRAWN 已撤销',
});

export enum AssignmentRole {
  LEAD = 'LEAD',
  CO = 'CO',
}
registerEnumType(AssignmentRole, { name: 'AssignmentRole', description: 'LEAD 牵头/主办, CO 协办' });

const numeric = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/** 交办: one unit's share of an item; children (parentId) are its 转办/分解 to sub-units. */
@ObjectType('Assignment')
@Entity('assignment')
@Unique('assignment_item_id_unit_id_key', ['itemId', 'unitId'])
@Index('assignment_parent_idx', ['parentId'])
@Index('assignment_inbox_idx', ['unitId', 'status'])
@Index('assignment_open_deadline_idx', ['tenantId', 'deadline'], {
  // The sweeper's index; its predicate is the rules' "open", written as the sweeper writes it.
  where: openAssignmentSql(),
})
// The sweeper's 签收 chase reads unsigned assignments by creation time (migration 1764300000000).
@Index('assignment_unsigned_idx', ['tenantId', 'createdAt'], { where: `status = 'ASSIGNED'` })
// Item and unit are checked per statement, not by foreign keys (migration 1765300000002).
export class AssignmentEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'bigint', name: 'tenant_id' })
  tenantId!: string;

  @Field(() => ID)
  @Column({ type: 'bigint', name: 'item_id' })
  itemId!: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'bigint', name: 'parent_id', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => AssignmentEntity)
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'assignment_parent_id_fkey' })
  parent?: AssignmentEntity;

  @Field(() => ID)
  @Column({ type: 'bigint', name: 'unit_id' })
  unitId!: string;

  @Column({ type: 'ltree', name: 'unit_path' })
  unitPath!: string;

  @Field(() => ID, { description: 'The office that assigned it (the item issuer, or the delegating unit)' })
  @Column({ type: 'bigint', name: 'issuer_unit_id' })
  issuerUnitId!: string;

  @Column({ type: 'ltree', name: 'issuer_path' })
  issuerPath!: string;

  @Field(() => AssignmentRole)
  @Column({ type: 'varchar', length: 8, default: 'LEAD' })
  role!: AssignmentRole;

  @Field(() => AssignmentStatus)
  @Column({ type: 'varchar', length: 24, default: 'ASSIGNED' })
  status!: AssignmentStatus;

  @Field()
  @Column({ type: 'timestamptz' })
  deadline!: Date;

  @Field(() => Float, { nullable: true, description: '分解指标' })
  @Column({ type: 'numeric', nullable: true, transformer: numeric })
  target!: number | null;

  @Field(() => Float, { nullable: true })
  @Column({ type: 'numeric', nullable: true, transformer: numeric })
  achieved!: number | null;

  @Field(() => Float)
  @Column({ type: 'numeric', name: 'progress_percent', default: 0, transformer: numeric })
  progressPercent!: number;

  @Field({ description: '已逾期' })
  @Column({ type: 'boolean', default: false })
  overdue!: boolean;

  @Field({ description: '退回重办 (open rework)' })
  @Column({ type: 'boolean', default: false })
  returned!: boolean;

  @Field({ description: '延期申请中' })
  @Column({ type: 'boolean', name: 'extension_pending', default: false })
  extensionPending!: boolean;

  @Field({ description: '延期申请已转报上级: the office above decides it' })
  @Column({ type: 'boolean', name: 'extension_forwarded', default: false })
  extensionForwarded!: boolean;

  @Field({ description: '上报协调中' })
  @Column({ type: 'boolean', default: false })
  escalated!: boolean;

  @Field({ description: '上报协调已转报上级: the office above answers it' })
  @Column({ type: 'boolean', name: 'escalation_forwarded', default: false })
  escalationForwarded!: boolean;

  @Field({ description: '已分解' })
  @Column({ type: 'boolean', default: false })
  split!: boolean;

  @Field({ description: '不适用: excluded from roll-up rates' })
  @Column({ type: 'boolean', name: 'not_applicable', default: false })
  notApplicable!: boolean;

  @Field({ description: '层层加码: the deadline was cut at successive levels' })
  @Column({ type: 'boolean', default: false })
  tightened!: boolean;

  @Field({ description: '退回交办: the unit returned it before signing for it (status WITHDRAWN)' })
  @Column({ type: 'boolean', default: false })
  declined!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'Why it was returned (退回交办) or withdrawn on its own (撤回); null when withdrawn with its item or parent',
  })
  @Column({ type: 'text', name: 'withdrawn_reason', nullable: true })
  withdrawnReason!: string | null;

  @Field(() => ID, { nullable: true, description: '改派: the assignment that replaced this one' })
  @Column({ type: 'bigint', name: 'reassigned_to', nullable: true })
  reassignedToId!: string | null;

  @ManyToOne(() => AssignmentEntity)
  @JoinColumn({ name: 'reassigned_to', foreignKeyConstraintName: 'assignment_reassigned_to_fkey' })
  reassignedTo?: AssignmentEntity;

  @Field(() => LightEnum)
  @Column({ type: 'varchar', length: 8, default: 'GREEN' })
  light!: Light;

  @Column({ type: 'text', name: 'light_reason_zh', default: '进度正常' })
  lightReasonZh!: string;

  @Column({ type: 'text', name: 'light_reason_en', default: 'On track' })
  lightReasonEn!: string;

  @Field(() => Date, { nullable: true, description: '签收时间' })
  @Column({ type: 'timestamptz', name: 'accepted_at', nullable: true })
  acceptedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', name: 'done_at', nullable: true })
  doneAt!: Date | null;

  @Field()
  @Column({ type: 'boolean', name: 'done_late', default: false })
  doneLate!: boolean;

  @Column({ type: 'varchar', length: 12, name: 'reminder_stage', default: 'NONE' })
  reminderStage!: string;

  @Field(() => Int, { description: 'Overdue notices sent so far (drives escalation)' })
  @Column({ type: 'int', name: 'overdue_notices', default: 0 })
  overdueNotices!: number;

  @Column({ type: 'timestamptz', name: 'last_overdue_notice_at', nullable: true })
  lastOverdueNoticeAt!: Date | null;

  @Field()
  @Column({ type: 'timestamptz', name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Field()
  @Column({ type: 'timestamptz', name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}
