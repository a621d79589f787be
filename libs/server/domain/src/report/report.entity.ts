import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { ReportStatus } from '@duban/rules';
import { AssignmentEntity } from '../assignment';
import { SupervisionItemEntity } from '../item';
import { UserEntity } from '../identity';
import { Attachment } from '../shared';
import { SigningDelegationEntity } from '../signing';
import { ReviewChecklist } from './report.dto';

registerEnumType(ReportStatus, {
  name: 'ReportStatus',
  description: '待签字, 一把手退回, 待审核, 审核通过, 退回重办',
});

const numeric = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/** 办理情况报告: reaches the reviewer only once the unit head (一把手) has signed it. */
@ObjectType('Report')
@Entity('report')
@Unique('report_assignment_id_version_key', ['assignmentId', 'version'])
export class ReportEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'bigint', name: 'tenant_id' })
  tenantId!: string;

  @Field(() => ID)
  @Column({ type: 'bigint', name: 'assignment_id' })
  assignmentId!: string;

  @ManyToOne(() => AssignmentEntity)
  @JoinColumn({ name: 'assignment_id', foreignKeyConstraintName: 'report_assignment_id_fkey' })
  assignment?: AssignmentEntity;

  @Field(() => ID)
  @Column({ type: 'bigint', name: 'item_id' })
  itemId!: string;

  @ManyToOne(() => SupervisionItemEntity)
  @JoinColumn({ name: 'item_id', foreignKeyConstraintName: 'report_item_id_fkey' })
  item?: SupervisionItemEntity;

  @Column({ type: 'ltree', name: 'unit_path' })
  unitPath!: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  version!: number;

  @Field()
  @Column({ type: 'text' })
  content!: string;

  @Field(() => Float, { nullable: true })
  @Column({ type: 'numeric', nullable: true, transformer: numeric })
  achieved!: number | null;

  @Field(() => Float)
  @Column({ type: 'numeric', name: 'progress_percent', transformer: numeric })
  progressPercent!: number;

  @Field(() => [Attachment])
  @Column({ type: 'jsonb', default: () => "'[]'" })
  attachments!: Attachment[];

  @Field(() => ReportStatus)
  @Column({ type: 'varchar', length: 24 })
  status!: ReportStatus;

  @Field(() => ID)
  @Column({ type: 'bigint', name: 'submitted_by' })
  submittedBy!: string;

  @Field()
  @Column({ type: 'timestamptz', name: 'submitted_at', default: () => 'now()' })
  submittedAt!: Date;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'bigint', name: 'signed_by', nullable: true })
  signedBy!: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', name: 'signed_at', nullable: true })
  signedAt!: Date | null;

  @Field(() => ID, {
    nullable: true,
    description: '代签: the head (一把手) an acting signer signed for; null when the head signed',
  })
  @Column({ type: 'bigint', name: 'signed_for', nullable: true })
  signedForId!: string | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'signed_for', foreignKeyConstraintName: 'report_signed_for_fkey' })
  signedForUser?: UserEntity;

  @Field(() => ID, { nullable: true, description: '代签: the 委托签字 the acting signer signed under' })
  @Column({ type: 'bigint', name: 'signing_delegation_id', nullable: true })
  signingDelegationId!: string | null;

  @ManyToOne(() => SigningDelegationEntity)
  @JoinColumn({
    name: 'signing_delegation_id',
    foreignKeyConstraintName: 'report_signing_delegation_id_fkey',
  })
  signingDelegation?: SigningDelegationEntity;

  @Field(() => String, {
    nullable: true,
    description:
      'SHA-256 (hex) of the report as its head signed it: canonical JSON of content, achieved, progress, attachments, assignment, version, signer, signing time and the cited reports’ hashes. Null until signed.',
  })
  @Column({ type: 'varchar', length: 64, nullable: true })
  hash!: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'bigint', name: 'reviewed_by', nullable: true })
  reviewedBy!: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', name: 'reviewed_at', nullable: true })
  reviewedAt!: Date | null;

  @Field(() => ReviewChecklist, { nullable: true, description: '四看 checklist' })
  @Column({ type: 'jsonb', nullable: true })
  checklist!: ReviewChecklist | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', name: 'review_comment', nullable: true })
  reviewComment!: string | null;
}
