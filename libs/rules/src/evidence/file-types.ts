/** A content type an evidence file may have, and the extensions its name may carry. */
export interface EvidenceType {
  mime: string;
  extensions: readonly string[];
  image: boolean;
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const PPTX_MIME = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/**
 * The upload allow-list (佐证材料, spreadsheets to import): photos, PDF, OOXML office files, OFD
 * (国家版式文档). The server detects the type from the bytes; the admin offers these in its file picker.
 */
export const EVIDENCE_TYPES: readonly EvidenceType[] = [
  { mime: 'image/jpeg', extensions: ['jpg', 'jpeg'], image: true },
  { mime: 'image/png', extensions: ['png'], image: true },
  { mime: 'image/webp', extensions: ['webp'], image: true },
  { mime: 'image/gif', extensions: ['gif'], image: true },
  { mime: 'image/heic', extensions: ['heic', 'heif'], image: true },
  { mime: 'application/pdf', extensions: ['pdf'], image: false },
  { mime: DOCX_MIME, extensions: ['docx'], image: false },
  { mime: XLSX_MIME, extensions: ['xlsx'], image: false },
  { mime: PPTX_MIME, extensions: ['pptx'], image: false },
  { mime: 'application/ofd', extensions: ['ofd'], image: false },
];

/** The HTML `accept` attribute of an evidence picker: every allowed extension. */
export const EVIDENCE_ACCEPT = EVIDENCE_TYPES.flatMap((t) => t.extensions.map((e) => `.${e}`)).join(',');
