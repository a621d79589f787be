import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { BulletinKind } from '@duban/rules';
import { OrgUnitEntity } from '../org';
import { BulletinEntity } from './bulletin.entity';

/**
 * 考评加减分: one per unit named in a bulletin. The consequences are a snapshot taken when the
 * bulletin was issued (the Nth criticism of the unit that year), so the record says what was decided then.
 */
@ObjectType('ScoreEntry', { description: '考评加减分：通报对一个单位年终综合目标考评的影响' })
@Entity('score_entry')
@Unique('score_entry_bulletin_unit_key', ['bulletinId', 'unitId'])
@Index('score_entry_unit_year_idx', ['unitId', 'year', 'kind'])
@Check('score_entry_kind_check', `kind IN ('PRAISE', 'CRITICISM')`)
export class ScoreEntryEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'bigint', name: 'tenant_id' })
  tenantId!: string;

  @Field(() => ID)
  @Column({ type: 'bigint', name: 'bulletin_id' })
  bulletinId!: string;

  @ManyToOne(() => BulletinEntity)
  @JoinColumn({ name: 'bulletin_id', foreignKeyConstraintName: 'score_entry_bulletin_id_fkey' })
  bulletin?: BulletinEntity;

  @Field(() => ID, { description: '被通报单位' })
  @Column({ type: 'bigint', name: 'unit_id' })
  unitId!: string;

  @ManyToOne(() => OrgUnitEntity)
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'score_entry_unit_id_fkey' })
  unit?: OrgUnitEntity;

  @Index('score_entry_unit_gist', { spatial: true })
  @Column({ type: 'ltree', name: 'unit_path' })
  unitPath!: string;

  @Field(() => Int, { description: '考评年度' })
  @Column({ type: 'int' })
  year!: number;

  @Field(() => BulletinKind)
  @Column({ type: 'varchar', length: 12 })
  kind!: BulletinKind;

  @Field(() => Int, { description: '加减分: +5/+3 表扬, −5/−3 批评' })
  @Column({ type: 'int' })
  points!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'For a criticism: the unit’s Nth 通报批评 in that year (null for praise)',
  })
  @Column({ type: 'int', name: 'criticism_seq', nullable: true })
  criticismSeq!: number | null;

  @Field({ description: '责任人诫勉谈话 (from the 2nd criticism in a year)' })
  @Column({ type: 'boolean', default: false })
  admonish!: boolean;

  @Field({ description: '取消责任人当年评先资格 (from the 2nd criticism in a year)' })
  @Column({ type: 'boolean', name: 'person_ineligible', default: false })
  personAwardIneligible!: boolean;

  @Field({ description: '取消责任单位当年评先资格 (from the 3rd criticism in a year)' })
  @Column({ type: 'boolean', name: 'unit_ineligible', default: false })
  unitAwardIneligible!: boolean;

  @Field()
  @Column({ type: 'timestamptz', name: 'created_at', default: () => 'now()' })
  createdAt!: Date;
}
