import { Sql } from '../shared';
import { AttachedKind } from './stored-file.entity';

/** A stored_file row as the room reads it. */
export interface StoredFileRow {
  id: string;
  tenantId: string;
  unitPath: string;
  uploadedBy: string;
  uploadedAt: Date;
  name: string;
  contentType: string;
  size: number;
  sha256: string;
  storageKey: string;
  thumbnailKey: string | null;
  attachedKind: AttachedKind | null;
  attachedId: string | null;
}

const COLUMNS = `id::text AS id, tenant_id::text AS "tenantId", unit_path::text AS "unitPath",
  uploaded_by::text AS "uploadedBy", uploaded_at AS "uploadedAt", name, content_type AS "contentType",
  size::float8 AS size, sha256, storage_key AS "storageKey", thumbnail_key AS "thumbnailKey",
  attached_kind AS "attachedKind", attached_id::text AS "attachedId"`;

/** All SQL on stored_file. */
export const storedFileRepository = {
  async insert(
    db: Sql,
    f: Omit<StoredFileRow, 'id' | 'uploadedAt' | 'attachedKind' | 'attachedId'>,
  ): Promise<StoredFileRow> {
    const [row]: StoredFileRow[] = await db.query(
      `INSERT INTO stored_file (tenant_id, unit_path, uploaded_by, name, content_type, size, sha256, storage_key, thumbnail_key)
       VALUES ($1, $2::ltree, $3, $4, $5, $6, $7, $8, $9) RETURNING ${COLUMNS}`,
      [
        f.tenantId,
        f.unitPath,
        f.uploadedBy,
        f.name,
        f.contentType,
        f.size,
        f.sha256,
        f.storageKey,
        f.thumbnailKey,
      ],
    );
    return row;
  },

  /** Visible rows by id (RLS), in no particular order; `lock` for attaching. */
  byIds(db: Sql, ids: readonly string[], opts: { lock?: boolean } = {}): Promise<StoredFileRow[]> {
    return db.query(
      `SELECT ${COLUMNS} FROM stored_file WHERE id = ANY($1::bigint[]) ORDER BY id${opts.lock ? ' FOR UPDATE' : ''}`,
      [ids],
    );
  },

  /** Files attached to records of one kind, in upload order. */
  attachedTo(db: Sql, kind: AttachedKind, ids: readonly string[]): Promise<StoredFileRow[]> {
    return db.query(
      `SELECT ${COLUMNS} FROM stored_file WHERE attached_kind = $1 AND attached_id = ANY($2::bigint[]) ORDER BY id`,
      [kind, ids],
    );
  },

  async attach(db: Sql, ids: readonly string[], kind: AttachedKind, recordId: string): Promise<number> {
    // Counted in SQL: an UPDATE's result shape differs between a session and an EntityManager.
    const [{ n }] = await db.query(
      `WITH done AS (UPDATE stored_file SET attached_kind = $2, attached_id = $3, attached_at = now()
        WHERE id = ANY($1::bigint[]) AND attached_id IS NULL RETURNING id) SELECT count(*)::int AS n FROM done`,
      [ids, kind, recordId],
    );
    return n;
  },
};
