import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext } from '@duban/platform';
import { Attachment } from '../shared';
import { EvidenceService } from './evidence.service';

/** The signed links of an attachment, for the caller only and for a few minutes (FILE_LINK_TTL_SECONDS). */
@Resolver(() => Attachment)
export class AttachmentResolver {
  constructor(private readonly evidence: EvidenceService) {}

  @ResolveField(() => String, {
    nullable: true,
    description:
      'Signed link to GET with your bearer token (GET /files/download?link=…); for you only, short-lived. Null when the file cannot be served to you.',
  })
  async downloadUrl(@Ctx() ctx: RequestContext, @Parent() a: Attachment) {
    return (await this.evidence.linksFor(ctx, a.fileId))?.downloadUrl ?? null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Signed link to a WebP thumbnail of about 320 px (images only), like downloadUrl',
  })
  async thumbnailUrl(@Ctx() ctx: RequestContext, @Parent() a: Attachment) {
    return (await this.evidence.linksFor(ctx, a.fileId))?.thumbnailUrl ?? null;
  }
}
