import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { TEXT_LIMITS } from '@duban/rules';
import { badInput, TextField } from '@duban/platform';

/** Attachment metadata (files themselves live in the document store). */
@ObjectType('Attachment')
@InputType('AttachmentInput')
export class Attachment {
  @TextField(TEXT_LIMITS.fileName)
  name!: string;

  @Field(() => Int)
  size!: number;

  @TextField(TEXT_LIMITS.mimeType, { nullable: true })
  mimeType?: string;

  @TextField(TEXT_LIMITS.url, {
    nullable: true,
    description:
      'Where the stored file is fetched from. On input only references to files stored by this system are accepted; external links are refused (BAD_USER_INPUT)',
  })
  url?: string;
}

/** Per report or progress update; the same default the document store will enforce. */
export const MAX_ATTACHMENTS = 20;
const MAX_FILE_BYTES = 50 * 1024 * 1024;

/**
 * The attachments a report or progress update may carry: references to files in our own store only.
 * Until uploads exist there is no stored file to point at, so any `url` is refused — a link to
 * somewhere else would put an arbitrary address into a signed report.
 */
export function acceptedAttachments(
  list: Attachment[] | null | undefined,
  field = 'attachments',
): Attachment[] {
  const files = list ?? [];
  if (files.length > MAX_ATTACHMENTS)
    throw badInput(
      { zh: `附件最多${MAX_ATTACHMENTS}个`, en: `At most ${MAX_ATTACHMENTS} attachments` },
      field,
    );
  files.forEach((a, i) => {
    if (a.url != null)
      throw badInput(
        {
          zh: '附件须通过本系统上传，不接受外部链接',
          en: 'Attachments must be uploaded to this system; external links are not accepted',
        },
        `${field}[${i}].url`,
      );
    if (!Number.isInteger(a.size) || a.size < 0 || a.size > MAX_FILE_BYTES)
      throw badInput(
        { zh: '附件大小须在0到50 MB之间', en: 'An attachment must be between 0 and 50 MB' },
        `${field}[${i}].size`,
      );
  });
  return files;
}
