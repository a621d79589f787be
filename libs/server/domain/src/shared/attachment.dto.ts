import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';

/** Attachment metadata (files themselves live in the document store). */
@ObjectType('Attachment')
@InputType('AttachmentInput')
export class Attachment {
  @Field()
  name!: string;

  @Field(() => Int)
  size!: number;

  @Field({ nullable: true })
  mimeType?: string;

  @Field({ nullable: true, description: 'Where the file can be fetched from' })
  url?: string;
}
