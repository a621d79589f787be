import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CitationKind } from '@duban/rules';
import { AssignmentEntity } from '../assignment';
import { UserEntity } from '../identity';
import { OrgUnitEntity } from '../org';
import { ReportEntity } from './report.entity';

registerEnumType(CitationKind, {
  name: 'CitationKind',
  description: 'SUB_UNIT 下级单位 (a split assignment’s sub-unit), CO_UNIT 协办单位 (a lead unit’s co-unit)',
});

const numeric = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/**
 * 最多报一次: one sub-unit report cited by a split assignment's composed report (or one co-unit
 * report cited by its lead's, 主办/协办), as it stood when cited (unit, signer, signing time, hash, quantified result). Written by the server from the
 * sub-units' accepted reports when the composed report is submitted, never from client input;
 * append-only for the app role. Why rows and not a jsonb column: see the ReportChain migration.
 */
@ObjectType('ReportCitation', { description: '引用的下级单位办理情况报告（已审核通过），汇总报告据此生成' })
@Entity('report_citation')
@Index('report_citation_cited_idx', ['citedReportId'])
export class ReportCitationEntity {
  /** The composed (citing) report. */
  @PrimaryColumn({ type: 'bigint', name: 'report_id' })
  reportId!: string;

  @ManyToOne(() => ReportEntity)
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'report_citation_report_id_fkey' })
  citingReport?: ReportEntity;

  @Field(() => ID, {
    description: 'The cited sub-unit report (open it with `report` or the `report(id)` query)',
  })
  @PrimaryColumn({ type: 'bigint', name: 'cited_report_id' })
  citedReportId!: string;

  @ManyToOne(() => ReportEntity)
  @JoinColumn({ name: 'cited_report_id', foreignKeyConstraintName: 'report_citation_cited_report_id_fkey' })
  citedReport?: ReportEntity;

  @Field(() => Int, { description: 'Order in the composed report' })
  @Column({ type: 'int' })
  position!: number;

  @Field(() => CitationKind, {
    description: 'A sub-unit of the split assignment (SUB_UNIT) or a co-unit of the lead (CO_UNIT, 协办)',
  })
  @Column({ type: 'varchar', length: 8, default: CitationKind.SUB_UNIT })
  kind!: CitationKind;

  @Column({ type: 'bigint', name: 'tenant_id' })
  tenantId!: string;

  /** The office that composed the report (its subtree holds the cited units). */
  @Index('report_citation_unit_gist', { spatial: true })
  @Column({ type: 'ltree', name: 'unit_path' })
  unitPath!: string;

  @Field(() => ID, { description: 'The sub-unit’s assignment' })
  @Column({ type: 'bigint', name: 'cited_assignment_id' })
  citedAssignmentId!: string;

  @ManyToOne(() => AssignmentEntity)
  @JoinColumn({
    name: 'cited_assignment_id',
    foreignKeyConstraintName: 'report_citation_cited_assignment_id_fkey',
  })
  citedAssignment?: AssignmentEntity;

  @Field(() => ID, { description: 'The sub-unit' })
  @Column({ type: 'bigint', name: 'cited_unit_id' })
  unitId!: string;

  @ManyToOne(() => OrgUnitEntity)
  @JoinColumn({ name: 'cited_unit_id', foreignKeyConstraintName: 'report_citation_cited_unit_id_fkey' })
  citedUnit?: OrgUnitEntity;

  @Field({ description: 'The sub-unit’s name when cited' })
  @Column({ type: 'text', name: 'cited_unit_name' })
  unitName!: string;

  @Field(() => ID, { description: 'Who signed the cited report (一把手)' })
  @Column({ type: 'bigint', name: 'signed_by' })
  signedBy!: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'signed_by', foreignKeyConstraintName: 'report_citation_signed_by_fkey' })
  signer?: UserEntity;

  @Field({ description: 'The signer’s name when cited' })
  @Column({ type: 'text', name: 'signer_name' })
  signerName!: string;

  @Field(() => String, {
    nullable: true,
    description: '代签: the head the cited report was signed for, when an acting signer signed it',
  })
  @Column({ type: 'text', name: 'signed_for_name', nullable: true })
  signedForName!: string | null;

  @Field({ description: 'When the cited report was signed' })
  @Column({ type: 'timestamptz', name: 'signed_at' })
  signedAt!: Date;

  @Field(() => String, {
    nullable: true,
    description:
      'SHA-256 of the cited report as signed (null only for reports signed before hashing existed)',
  })
  @Column({ type: 'varchar', length: 64, name: 'report_hash', nullable: true })
  hash!: string | null;

  @Field(() => Float, { nullable: true, description: 'The quantified result of the cited report (完成量)' })
  @Column({ type: 'numeric', nullable: true, transformer: numeric })
  achieved!: number | null;

  @Column({ type: 'timestamptz', name: 'created_at', default: () => 'now()' })
  createdAt!: Date;
}
