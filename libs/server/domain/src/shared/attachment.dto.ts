import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

/**
 * An evidence file as a record keeps it (jsonb on reports and progress updates; read from the stored
 * file for reviews, escalations and items): a copy of what the upload established, so a signed
 * report's hash never depends on another table. Attachments recorded before uploads existed have no
 * `fileId` or `sha256`. `downloadUrl` and `thumbnailUrl` are resolved in the evidence room.
 */
@ObjectType('Attachment')
export class Attachment {
  @Field(() => ID, {
    name: 'id',
    nullable: true,
    description: 'The uploaded file (POST /files); null for attachments recorded before uploads existed',
  })
  fileId?: string | null;

  @Field({ description: 'File name as stored (sanitised on upload)' })
  name!: string;

  @Field(() => Int, { description: 'Size in bytes' })
  size!: number;

  @Field(() => String, { nullable: true, description: 'Content type detected from the bytes on upload' })
  mimeType?: string | null;

  @Field(() => String, { nullable: true, description: 'SHA-256 (hex) of the stored bytes' })
  sha256?: string | null;

  /** Always absent since uploads exist; kept so the hash of older signed reports is recomputed alike. */
  url?: string | null;
}

/** The audit text of attached files: one line per file with its hash. */
export function attachmentsAuditText(files: readonly Attachment[]): string {
  return files.map((f) => `附件：${f.name}（SHA-256：${f.sha256 ?? '无'}）`).join('\n');
}

/** `text` followed by the lines of its attachments, if any. */
export function withAttachments(text: string | null, files: readonly Attachment[]): string | null {
  if (!files.length) return text;
  return text ? `${text}\n${attachmentsAuditText(files)}` : attachmentsAuditText(files);
}
