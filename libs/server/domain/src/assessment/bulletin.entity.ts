import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { BulletinKind, BulletinLevel } from '@duban/rules';
import { OrgUnitEntity } from '../org';
import { SupervisionItemEntity } from '../item';

registerEnumType(BulletinKind, {
  name: 'BulletinKind',
  description: 'PRAISE 通报表扬, CRITICISM 通报批评',
});
registerEnumType(BulletinLevel, {
  name: 'BulletinLevel',
  description: 'COMMITTEE 督查委员会 (±5 分), OFFICE 督查室 (±3 分)',
});

/** 督查通报: a numbered praise or criticism of one or more units, issued by a supervision office. */
@ObjectType('Bulletin', { description: '督查通报（通报表扬 / 通报批评）' })
@Entity('bulletin')
@Unique('bulletin_number_key', ['issuerUnitId', 'numberYear', 'numberSeq'])
@Index('bulletin_tenant_year_idx', ['tenantId', 'year'])
@Check('bulletin_kind_check', `kind IN ('PRAISE', 'CRITICISM')`)
@Check('bulletin_level_check', `level IN ('COMMITTEE', 'OFFICE')`)
export class BulletinEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'bigint', name: 'tenant_id' })
  tenantId!: string;

  @Field(() => ID, { description: '发文单位 (the issuing office)' })
  @Column({ type: 'bigint', name: 'issuer_unit_id' })
  issuerUnitId!: string;

  @ManyToOne(() => OrgUnitEntity)
  @JoinColumn({ name: 'issuer_unit_id', foreignKeyConstraintName: 'bulletin_issuer_unit_id_fkey' })
  issuerUnit?: OrgUnitEntity;

  @Index('bulletin_issuer_gist', { spatial: true })
  @Column({ type: 'ltree', name: 'issuer_path' })
  issuerPath!: string;

  @Field({ description: '通报编号, e.g. 商督通〔2026〕3号 (per office and year of issue)' })
  @Column({ type: 'varchar', length: 40 })
  number!: string;

  @Column({ type: 'int', name: 'number_year' })
  numberYear!: number;

  @Column({ type: 'int', name: 'number_seq' })
  numberSeq!: number;

  @Field(() => Int, { description: '考评年度: the year-end assessment the points count towards' })
  @Column({ type: 'int' })
  year!: number;

  @Field(() => BulletinKind)
  @Column({ type: 'varchar', length: 12 })
  kind!: BulletinKind;

  @Field(() => BulletinLevel)
  @Column({ type: 'varchar', length: 12 })
  level!: BulletinLevel;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Field({ description: '通报正文' })
  @Column({ type: 'text' })
  body!: string;

  @Field(() => ID, { nullable: true, description: '所涉督查事项' })
  @Column({ type: 'bigint', name: 'item_id', nullable: true })
  itemId!: string | null;

  @ManyToOne(() => SupervisionItemEntity)
  @JoinColumn({ name: 'item_id', foreignKeyConstraintName: 'bulletin_item_id_fkey' })
  item?: SupervisionItemEntity;

  @Field(() => String, { nullable: true, description: '责任人 (承担该工作任务的责任人)' })
  @Column({ type: 'varchar', length: 64, name: 'responsible_person', nullable: true })
  responsiblePerson!: string | null;

  @Column({ type: 'bigint', name: 'created_by' })
  createdBy!: string;

  @Field({ description: '发文时间' })
  @Column({ type: 'timestamptz', name: 'created_at', default: () => 'now()' })
  createdAt!: Date;
}

/** The bulletin row as services and queries read it (camelCase). */
export const BULLETIN_COLUMNS = `b.id, b.tenant_id AS "tenantId", b.issuer_unit_id AS "issuerUnitId",
  b.issuer_path::text AS "issuerPath", b.number, b.number_year AS "numberYear", b.number_seq AS "numberSeq",
  b.year, b.kind, b.level, b.title, b.body, b.item_id AS "itemId", b.responsible_person AS "responsiblePerson",
  b.created_by AS "createdBy", b.created_at AS "createdAt"`;
