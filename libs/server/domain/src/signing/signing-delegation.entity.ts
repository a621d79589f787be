import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { SigningDelegationOperation, SigningDelegationStatus } from '@duban/rules';
import { UserEntity } from '../identity';
import { OrgUnitEntity } from '../org';

registerEnumType(SigningDelegationStatus, {
  name: 'SigningDelegationStatus',
  description: '委托签字: SCHEDULED 未开始, ACTIVE 生效中, ENDED 已到期, REVOKED 已撤销',
});
registerEnumType(SigningDelegationOperation, {
  name: 'SigningDelegationOperation',
  description: 'What the caller may do with a 委托签字 now: REVOKE 撤销',
});

/**
 * 委托签字: a unit head names a colleague of the same unit who may sign (or refuse to sign) the unit's
 * reports for a period of China-time dates, both ends included. Revoked, never deleted; both are
 * audited (chain `signing_delegation:<id>`).
 */
@ObjectType('SigningDelegation')
@Entity('signing_delegation')
@Index('signing_delegation_delegate_idx', ['delegateId', 'validTo'], { where: 'revoked_at IS NULL' })
@Index('signing_delegation_unit_idx', ['unitId', 'id'])
@Check('signing_delegation_period_check', 'valid_from <= valid_to')
@Check('signing_delegation_not_self_check', 'delegate_id <> head_id')
export class SigningDelegationEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'bigint', name: 'tenant_id' })
  tenantId!: string;

  @Field(() => ID)
  @Column({ type: 'bigint', name: 'unit_id' })
  unitId!: string;

  @ManyToOne(() => OrgUnitEntity)
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'signing_delegation_unit_id_fkey' })
  unit?: OrgUnitEntity;

  @Index('signing_delegation_unit_gist', { spatial: true })
  @Column({ type: 'ltree', name: 'unit_path' })
  unitPath!: string;

  @Field(() => ID, { description: 'The head (一把手) who named the acting signer' })
  @Column({ type: 'bigint', name: 'head_id' })
  headId!: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'head_id', foreignKeyConstraintName: 'signing_delegation_head_id_fkey' })
  head?: UserEntity;

  @Field(() => ID, { description: 'The acting signer (代签人), a user of the same unit' })
  @Column({ type: 'bigint', name: 'delegate_id' })
  delegateId!: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'delegate_id', foreignKeyConstraintName: 'signing_delegation_delegate_id_fkey' })
  delegate?: UserEntity;

  @Field({ description: 'First day (China time, YYYY-MM-DD), included' })
  @Column({ type: 'date', name: 'valid_from' })
  validFrom!: string;

  @Field({ description: 'Last day (China time, YYYY-MM-DD), included' })
  @Column({ type: 'date', name: 'valid_to' })
  validTo!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Field()
  @Column({ type: 'timestamptz', name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', name: 'revoked_at', nullable: true })
  revokedAt!: Date | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'bigint', name: 'revoked_by', nullable: true })
  revokedBy!: string | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'revoked_by', foreignKeyConstraintName: 'signing_delegation_revoked_by_fkey' })
  revoker?: UserEntity;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', name: 'revoke_reason', nullable: true })
  revokeReason!: string | null;
}
