import { DocumentFormat, DocumentKind } from '@duban/rules';
import { Sql } from '../shared';

export interface NewIssuedDocument {
  tenantId: string;
  unitPath: string;
  kind: DocumentKind;
  subjectId: string;
  format: DocumentFormat;
  verificationCode: string;
  sha256: string;
  size: number;
  storageKey: string;
  docNumber: string | null;
  title: string;
  officeName: string;
  issuedBy: string;
  issuedAt: Date;
}

/** What the public verification page may learn of a code: what the printed page shows, and the status. */
export interface DocumentRecord {
  kind: DocumentKind;
  format: DocumentFormat;
  sha256: string;
  docNumber: string | null;
  title: string;
  officeName: string;
  issuedAt: Date;
  subjectStatus: string | null;
}

/** All SQL on issued_document. */
export const issuedDocumentRepository = {
  async insert(db: Sql, d: NewIssuedDocument): Promise<string> {
    const [row] = await db.query(
      `INSERT INTO issued_document (tenant_id, unit_path, kind, subject_id, format, verification_code, sha256, size,
         storage_key, doc_number, title, office_name, issued_by, issued_at)
       VALUES ($1, $2::ltree, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id::text`,
      [
        d.tenantId,
        d.unitPath,
        d.kind,
        d.subjectId,
        d.format,
        d.verificationCode,
        d.sha256,
        d.size,
        d.storageKey,
        d.docNumber,
        d.title,
        d.officeName,
        d.issuedBy,
        d.issuedAt,
      ],
    );
    return row.id;
  },

  /** By exact (normalised) code, across tenants: the SECURITY DEFINER lookup of the public page. */
  async byCode(db: Sql, code: string): Promise<DocumentRecord | null> {
    const [row] = await db.query(`SELECT * FROM duban_verify_document($1)`, [code]);
    return row ?? null;
  },
};
