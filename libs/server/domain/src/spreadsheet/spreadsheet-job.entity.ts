import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../identity';

export enum SpreadsheetJobKind {
  LEDGER_EXPORT = 'LEDGER_EXPORT',
  TARGET_IMPORT = 'TARGET_IMPORT',
}

export enum SpreadsheetJobStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}

/** One export or import run by the worker (see the migration for the why). */
@Entity('spreadsheet_job')
@Index('spreadsheet_job_requester_idx', ['requestedBy', 'id'])
@Check('spreadsheet_job_kind_check', `kind IN ('LEDGER_EXPORT', 'TARGET_IMPORT')`)
@Check('spreadsheet_job_status_check', `status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')`)
export class SpreadsheetJobEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'bigint', name: 'tenant_id' })
  tenantId!: string;

  @Column({ type: 'ltree', name: 'unit_path' })
  unitPath!: string;

  @Column({ type: 'bigint', name: 'requested_by' })
  requestedBy!: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'requested_by', foreignKeyConstraintName: 'spreadsheet_job_requested_by_fkey' })
  requester?: UserEntity;

  @Column({ type: 'text' })
  kind!: SpreadsheetJobKind;

  @Column({ type: 'text', default: SpreadsheetJobStatus.QUEUED })
  status!: SpreadsheetJobStatus;

  @Column({ type: 'integer', default: 0 })
  done!: number;

  @Column({ type: 'integer', default: 0 })
  total!: number;

  @Column({ type: 'jsonb', default: {} })
  parameters!: Record<string, unknown>;

  @Column({ type: 'text', name: 'result_key', nullable: true })
  resultKey!: string | null;

  @Column({ type: 'text', name: 'result_name', nullable: true })
  resultName!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  result!: unknown;

  @Column({ type: 'text', name: 'error_zh', nullable: true })
  errorZh!: string | null;

  @Column({ type: 'text', name: 'error_en', nullable: true })
  errorEn!: string | null;

  @Column({ type: 'jsonb', name: 'row_errors', nullable: true })
  rowErrors!: unknown;

  @Column({ type: 'timestamptz', name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', name: 'started_at', nullable: true })
  startedAt!: Date | null;

  @Column({ type: 'timestamptz', name: 'finished_at', nullable: true })
  finishedAt!: Date | null;
}
