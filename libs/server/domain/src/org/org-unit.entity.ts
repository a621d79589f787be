import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

export enum OrgKind {
  PROVINCE = 'PROVINCE',
  CITY = 'CITY',
  COUNTY = 'COUNTY',
  TOWNSHIP = 'TOWNSHIP',
  DEPARTMENT = 'DEPARTMENT',
}
registerEnumType(OrgKind, {
  name: 'OrgKind',
  description: '省 / 市 / 县级 / 乡级 / 部门（市直、县直、站所）',
});

/**
 * A node of the 督查网络 and the unit of tenancy. `path` is the materialised path of ids
 * (ltree, e.g. "1.12.340"); `tenantId` is the id of the imported tree's root, carried on every
 * row so that RLS and a future Citus distribution can filter by an integer first.
 */
@ObjectType('OrgUnit')
@Entity('org_unit')
@Index('org_unit_parent_idx', ['parentId', 'sort'])
@Index('org_unit_tenant_kind_idx', ['tenantId', 'kind'])
export class OrgUnitEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'bigint', name: 'tenant_id' })
  tenantId!: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'bigint', name: 'parent_id', nullable: true })
  parentId!: string | null;

  // Declared for the foreign key only; never loaded (queries use our own SQL).
  @ManyToOne(() => OrgUnitEntity)
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'org_unit_parent_id_fkey' })
  parent?: OrgUnitEntity;

  @Index('org_unit_path_gist', { spatial: true })
  @Column({ type: 'ltree' })
  path!: string;

  @Field(() => OrgKind)
  @Column({ type: 'enum', enum: OrgKind, enumName: 'org_kind' })
  kind!: OrgKind;

  @Field(() => String, { nullable: true, description: '区/县/县级市，街道/镇/乡，市直/县直/乡直' })
  @Column({ type: 'varchar', length: 16, nullable: true })
  subtype!: string | null;

  @Field()
  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Field({ description: 'Administrative division code; generated departments get <parent>-D<nn>' })
  @Index('org_unit_code_key', { unique: true })
  @Column({ type: 'varchar', length: 32 })
  code!: string;

  @Field(() => Int)
  @Column({ type: 'smallint' })
  depth!: number;

  @Column({ type: 'int', default: 0 })
  sort!: number;
}
