import { Field, ID, ObjectType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { OrgUnitEntity } from '../org';
import { Role } from './role';

/** A person working at one org unit; their roles apply to that unit's subtree. */
@ObjectType('User')
@Entity('app_user')
@Index('app_user_org_unit_idx', ['orgUnitId'])
export class UserEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'bigint', name: 'tenant_id' })
  tenantId!: string;

  @Field(() => ID)
  @Column({ type: 'bigint', name: 'org_unit_id' })
  orgUnitId!: string;

  @ManyToOne(() => OrgUnitEntity)
  @JoinColumn({ name: 'org_unit_id', foreignKeyConstraintName: 'app_user_org_unit_id_fkey' })
  orgUnit?: OrgUnitEntity;

  /** Copy of the unit's path so RLS can test the subtree without a join. */
  @Index('app_user_path_gist', { spatial: true })
  @Column({ type: 'ltree', name: 'unit_path' })
  unitPath!: string;

  @Field()
  @Index('app_user_username_key', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  username!: string;

  @Field()
  @Column({ type: 'varchar', length: 64, name: 'display_name' })
  displayName!: string;

  @Column({ type: 'text', name: 'password_hash' })
  passwordHash!: string;

  @Field(() => [Role])
  @Column({ type: 'enum', enum: Role, enumName: 'user_role', array: true })
  roles!: Role[];

  @Field({ description: 'zh-CN or en' })
  @Column({ type: 'varchar', length: 8, default: 'zh-CN' })
  locale!: string;

  @Field()
  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  /** Tokens issued before this (deactivation, password reset) are refused; null: none revoked. */
  @Column({ type: 'timestamptz', name: 'tokens_valid_after', nullable: true })
  tokensValidAfter!: Date | null;
}
