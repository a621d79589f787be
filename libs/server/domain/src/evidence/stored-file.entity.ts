import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { UserEntity } from '../identity';

/** How every mutation that takes evidence describes its `fileIds`. */
export const EVIDENCE_FILE_IDS =
  '佐证材料: ids of files you uploaded (POST /files) that are not attached anywhere yet, in display order; at most FILES_PER_RECORD (default 20). One unusable id refuses the whole mutation (BAD_USER_INPUT).';

/** What a stored file may be attached to: one record of one of these kinds. */
export type AttachedKind = 'report' | 'progress_update' | 'report_review' | 'escalation' | 'item';

/**
 * One uploaded evidence file (佐证材料): what the upload checks established, where its bytes are, and
 * the record it is attached to (null until then). Never exposed as it is: GraphQL shows an
 * `Attachment`, and the bytes only through a signed download link.
 */
@Entity('stored_file')
@Unique('stored_file_storage_key_key', ['storageKey'])
@Check('stored_file_size_check', 'size > 0')
@Check('stored_file_sha256_check', `sha256 ~ '^[0-9a-f]{64}$'`)
@Check(
  'stored_file_attached_check',
  '(attached_kind IS NULL) = (attached_id IS NULL) AND (attached_id IS NULL) = (attached_at IS NULL)',
)
@Index('stored_file_attached_idx', ['attachedKind', 'attachedId'], { where: 'attached_id IS NOT NULL' })
export class StoredFileEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'bigint', name: 'tenant_id' })
  tenantId!: string;

  /** The uploader's unit: the file is written in its subtree (RLS). */
  @Index('stored_file_unit_path_idx', { spatial: true })
  @Column({ type: 'ltree', name: 'unit_path' })
  unitPath!: string;

  @Column({ type: 'bigint', name: 'uploaded_by' })
  uploadedBy!: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'uploaded_by', foreignKeyConstraintName: 'stored_file_uploaded_by_fkey' })
  uploader?: UserEntity;

  @Column({ type: 'timestamptz', name: 'uploaded_at', default: () => 'now()' })
  uploadedAt!: Date;

  @Column({ type: 'varchar', length: 255 })
  name!: string;

  @Column({ type: 'varchar', length: 128, name: 'content_type' })
  contentType!: string;

  @Column({ type: 'bigint' })
  size!: string;

  @Column({ type: 'varchar', length: 64 })
  sha256!: string;

  @Column({ type: 'varchar', length: 200, name: 'storage_key' })
  storageKey!: string;

  @Column({ type: 'varchar', length: 200, name: 'thumbnail_key', nullable: true })
  thumbnailKey!: string | null;

  @Column({ type: 'varchar', length: 24, name: 'attached_kind', nullable: true })
  attachedKind!: AttachedKind | null;

  @Column({ type: 'bigint', name: 'attached_id', nullable: true })
  attachedId!: string | null;

  @Column({ type: 'timestamptz', name: 'attached_at', nullable: true })
  attachedAt!: Date | null;
}
