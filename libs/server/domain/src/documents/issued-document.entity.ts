import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { DocumentFormat, DocumentKind } from '@duban/rules';
import { UserEntity } from '../identity';

/** One generated form as it left the office: its bytes' hash and where they are, its code, what it shows. */
@Entity('issued_document')
@Unique('issued_document_verification_code_key', ['verificationCode'])
@Index('issued_document_subject_idx', ['tenantId', 'kind', 'subjectId'])
@Check(
  'issued_document_kind_check',
  `kind IN ('ITEM_REGISTRATION', 'INSTRUCTION_FEEDBACK', 'URGE_NOTICE', 'REPORT', 'BULLETIN')`,
)
@Check('issued_document_format_check', `format IN ('PDF', 'DOCX')`)
export class IssuedDocumentEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'bigint', name: 'tenant_id' })
  tenantId!: string;

  /** The issuing user's unit (row-level security). */
  @Column({ type: 'ltree', name: 'unit_path' })
  unitPath!: string;

  @Column({ type: 'varchar', length: 24 })
  kind!: DocumentKind;

  /** The item, urge notice, report or bulletin the form was made from. */
  @Column({ type: 'bigint', name: 'subject_id' })
  subjectId!: string;

  @Column({ type: 'varchar', length: 8 })
  format!: DocumentFormat;

  /** Stored without dashes (see normalizeVerificationCode). */
  @Column({ type: 'char', length: 16, name: 'verification_code' })
  verificationCode!: string;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ type: 'int' })
  size!: number;

  @Column({ type: 'varchar', length: 200, name: 'storage_key' })
  storageKey!: string;

  /** 发文字号 as printed (null for a form without one). */
  @Column({ type: 'varchar', length: 60, name: 'doc_number', nullable: true })
  docNumber!: string | null;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  /** 发文机关 as printed in the 版头. */
  @Column({ type: 'varchar', length: 120, name: 'office_name' })
  officeName!: string;

  @Column({ type: 'bigint', name: 'issued_by' })
  issuedBy!: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'issued_by', foreignKeyConstraintName: 'issued_document_issued_by_fkey' })
  issuer?: UserEntity;

  @Column({ type: 'timestamptz', name: 'issued_at', default: () => 'now()' })
  issuedAt!: Date;
}
