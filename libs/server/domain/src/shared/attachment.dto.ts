import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { TEXT_LIMITS } from '@duban/rules';
import { TextField } from '@duban/platform';

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

  @TextField(TEXT_LIMITS.url, { nullable: true, description: 'Where the file can be fetched from' })
  url?: string;
}
