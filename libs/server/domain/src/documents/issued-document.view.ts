import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DocumentFormat, DocumentKind } from '@duban/rules';

registerEnumType(DocumentKind, {
  name: 'DocumentKind',
  description:
    'ITEM_REGISTRATION 督促检查登记单, INSTRUCTION_FEEDBACK 领导同志批示件办理情况, URGE_NOTICE 督查催办通知单, REPORT 办理情况报告, BULLETIN 督查通报',
});
registerEnumType(DocumentFormat, { name: 'DocumentFormat', description: 'PDF or DOCX (Word)' });

@ObjectType('IssuedDocument', {
  description: '打印文书: one generated form, stored and verifiable by its code',
})
export class IssuedDocumentView {
  @Field(() => ID)
  id!: string;

  @Field(() => DocumentKind)
  kind!: DocumentKind;

  @Field(() => DocumentFormat)
  format!: DocumentFormat;

  @Field({ description: '核验码 as printed, e.g. 7K3M-Q9XD-2FHT-B8RW' })
  verificationCode!: string;

  @Field({ description: 'SHA-256 (hex) of the exact bytes issued' })
  sha256!: string;

  @Field()
  issuedAt!: Date;

  @Field({ description: 'File name offered for the download' })
  fileName!: string;

  @Field({
    description:
      'Signed, short-lived link (GET with your bearer token; FILE_LINK_TTL_SECONDS): /files/download?link=<token>',
  })
  downloadUrl!: string;
}

@ObjectType('DocumentVerification', {
  description:
    '核验: what the record of a verification code says (only what the printed page shows, plus the record’s current status)',
})
export class DocumentVerificationView {
  @Field({ description: 'Whether the code was issued (nothing else is said of an unknown code)' })
  found!: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the presented file’s SHA-256 equals the issued bytes’; null when none was given',
  })
  matches!: boolean | null;

  @Field(() => DocumentKind, { nullable: true })
  kind!: DocumentKind | null;

  @Field(() => String, { nullable: true, description: '发文字号 as printed' })
  documentNumber!: string | null;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true, description: '发文机关 as printed' })
  officeName!: string | null;

  @Field(() => Date, { nullable: true })
  issuedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The record’s status now, in your language' })
  subjectStatus!: string | null;
}
