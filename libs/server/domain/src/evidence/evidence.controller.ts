import { Controller, Get, Inject, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, Public } from '@duban/platform';
import { HttpCaller } from '../identity';
import { DownloadLinks, FILE_STORAGE, FileStorage, StorageObjectMissing } from '../storage';
import { EvidenceService } from './evidence.service';

const LINK_NOT_FOUND = new AppError('NOT_FOUND', {
  zh: '下载链接无效或已过期，请刷新页面后重试',
  en: 'The download link is invalid or has expired; reload the page and try again',
});

/**
 * Files over plain HTTP. @Public() only lets the request past the GraphQL guard; `HttpCaller` signs
 * the caller in from the same bearer token, so neither route is reachable without one.
 */
@Controller('files')
export class EvidenceController {
  constructor(
    private readonly caller: HttpCaller,
    private readonly evidence: EvidenceService,
    private readonly links: DownloadLinks,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  /** POST /files (multipart/form-data, one or more file parts): 201 `{ files: [...] }`. */
  @Public()
  @Post()
  upload(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    return this.caller.handle(request, reply, async (ctx) => {
      const files = await this.evidence.upload(ctx, request);
      return () => void reply.status(201).header('cache-control', 'no-store').send({ files });
    });
  }

  /**
   * GET /files/download?link=<token>: any signed grant (evidence, generated forms, exports), served
   * only to the user and tenant it was signed for; anything else is NOT_FOUND, saying nothing more.
   */
  @Public()
  @Get('download')
  download(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    return this.caller.handle(request, reply, async (ctx) => {
      const actor = ctx.requireActor();
      const token = (request.query as Record<string, unknown>).link;
      const grant = typeof token === 'string' ? this.links.verify(token) : null;
      if (!grant || grant.tenantId !== actor.tenantId || grant.userId !== actor.userId) throw LINK_NOT_FOUND;
      let body;
      try {
        body = await this.storage.get(grant.key);
      } catch (error) {
        if (error instanceof StorageObjectMissing) throw LINK_NOT_FOUND;
        throw error;
      }
      return () =>
        void reply
          .status(200)
          .header('content-type', grant.type)
          .header('content-disposition', contentDisposition(grant.name))
          .header('x-content-type-options', 'nosniff')
          .header('cache-control', 'private, no-store')
          .send(body);
    });
  }
}

/** RFC 6266 with an RFC 5987 `filename*` (UTF-8) and an ASCII fallback for old clients. */
export function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
