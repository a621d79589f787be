import { createHash } from 'node:crypto';
import { canonical } from '../audit';

/** What a unit head's signature covers: the report as submitted, who signed it and when. */
export interface SignedReport {
  assignmentId: string;
  version: number;
  content: string;
  achieved: number | null;
  progressPercent: number;
  /** Attachment metadata; an uploaded file's id and SHA-256 bind the signature to its bytes. */
  attachments: readonly {
    fileId?: string | null;
    name: string;
    size: number;
    mimeType?: string | null;
    sha256?: string | null;
    url?: string | null;
  }[];
  signedBy: string;
  /** 代签: the head an acting signer signed for (absent or null when the head signed). */
  signedForId?: string | null;
  signedAt: Date | string;
  /** The sub-unit reports a composed report cites, in order, each with its own hash (a chain). */
  citations: readonly { citedReportId: string; hash: string | null }[];
}

/**
 * The one definition of a signed report's canonical form: JSON with sorted keys (the audit trail's
 * `canonical`), every value normalised to the type it has in the database row, so the hash can be
 * recomputed from the stored report at any time. Ids are strings, numbers are numbers, times are
 * ISO-8601 UTC with milliseconds; optional attachment fields are null when absent (an uploaded
 * file adds its id and SHA-256). Citations keep
 * their order; attachments keep theirs. `v` versions the form itself.
 */
export function canonicalReport(r: SignedReport): string {
  return canonical({
    v: 1,
    assignmentId: String(r.assignmentId),
    version: Number(r.version),
    content: r.content,
    achieved: r.achieved === null || r.achieved === undefined ? null : Number(r.achieved),
    progressPercent: Number(r.progressPercent),
    attachments: r.attachments.map((a) => ({
      name: a.name,
      size: Number(a.size),
      mimeType: a.mimeType ?? null,
      url: a.url ?? null,
      // Only uploaded files have these, so reports signed before uploads existed hash as they did.
      ...(a.fileId ? { fileId: String(a.fileId), sha256: a.sha256 ?? null } : {}),
    })),
    signedBy: String(r.signedBy),
    // Only present for an acting signer, so reports signed by their head hash as they always did.
    ...(r.signedForId ? { signedFor: String(r.signedForId) } : {}),
    signedAt: new Date(r.signedAt).toISOString(),
    citations: r.citations.map((c) => ({ reportId: String(c.citedReportId), hash: c.hash ?? null })),
  });
}

/** SHA-256 (hex) of the canonical form: fixed when the head signs, stored on the report and audited. */
export function reportHash(r: SignedReport): string {
  return createHash('sha256').update(canonicalReport(r), 'utf8').digest('hex');
}

/** The audit text of a signature: the signed content, then the hash that seals it (and who signed for whom). */
export function signedAuditText(content: string, hash: string, acting?: string | null): string {
  return `${content}\n\n报告哈希（SHA-256）：${hash}${acting ? `\n${acting}` : ''}`;
}
