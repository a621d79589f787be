import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrgUnitEntity } from '../org';
import { UserEntity } from './user.entity';

/**
 * 访问令牌: a user's personal access token for an outside tool, read-only, over one unit's subtree
 * (see the migration AccessToken1765900000000). The secret is never stored, only its SHA-256.
 */
@ObjectType('AccessToken', { description: '访问令牌: read-only, over the subtree of its unit' })
@Entity('personal_access_token')
@Index('personal_access_token_hash_key', ['tokenHash'], { unique: true })
@Index('personal_access_token_user_idx', ['userId', 'id'])
@Check('personal_access_token_read_only_check', `read_only`)
export class AccessTokenEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'bigint', name: 'tenant_id' })
  tenantId!: string;

  @Field(() => ID, { description: 'Whose token it is: it acts as this user' })
  @Column({ type: 'bigint', name: 'user_id' })
  userId!: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'personal_access_token_user_id_fkey' })
  user?: UserEntity;

  @Field(() => ID, { description: 'The unit whose subtree the token reads' })
  @Column({ type: 'bigint', name: 'org_unit_id' })
  orgUnitId!: string;

  @ManyToOne(() => OrgUnitEntity)
  @JoinColumn({ name: 'org_unit_id', foreignKeyConstraintName: 'personal_access_token_org_unit_id_fkey' })
  orgUnit?: OrgUnitEntity;

  @Column({ type: 'ltree', name: 'unit_path' })
  unitPath!: string;

  @Field()
  @Column({ type: 'varchar', length: 64 })
  name!: string;

  @Column({ type: 'varchar', length: 64, name: 'token_hash' })
  tokenHash!: string;

  @Field({ description: 'The token’s first characters (dbpat_xxxx), to tell tokens apart' })
  @Column({ type: 'varchar', length: 16, name: 'display_prefix' })
  displayPrefix!: string;

  @Field({ description: 'Always true: tokens cannot run mutations' })
  @Column({ type: 'boolean', name: 'read_only', default: true })
  readOnly!: boolean;

  @Field()
  @Column({ type: 'timestamptz', name: 'expires_at' })
  expiresAt!: Date;

  @Field()
  @Column({ type: 'timestamptz', name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Last use, to the minute' })
  @Column({ type: 'timestamptz', name: 'last_used_at', nullable: true })
  lastUsedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', name: 'revoked_at', nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'bigint', name: 'revoked_by', nullable: true })
  revokedBy!: string | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'revoked_by', foreignKeyConstraintName: 'personal_access_token_revoked_by_fkey' })
  revoker?: UserEntity;
}
