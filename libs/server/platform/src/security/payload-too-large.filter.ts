import { ArgumentsHost, Catch, HttpException, HttpStatus } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { pickLocale } from '../errors/app-error';
import { payloadTooLargeText } from './security-errors';

/**
 * A body over BODY_LIMIT_BYTES is refused by Fastify before GraphQL runs. This answers it as GraphQL
 * errors are answered: HTTP 413, `{ errors: [{ message, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] }`
 * in the caller's language, with the GraphQL-over-HTTP media type when the client accepts it (Apollo
 * Client then reads the error instead of a bare network failure). Other HTTP errors keep Nest's
 * default answer.
 */
@Catch(HttpException)
export class PayloadTooLargeFilter extends BaseExceptionFilter {
  constructor(
    private readonly limitBytes: number,
    ...base: ConstructorParameters<typeof BaseExceptionFilter>
  ) {
    super(...base);
  }

  override catch(exception: HttpException, host: ArgumentsHost): void {
    if (host.getType() !== 'http' || exception.getStatus() !== HttpStatus.PAYLOAD_TOO_LARGE)
      return super.catch(exception, host);
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const text = payloadTooLargeText(this.limitBytes);
    const language = request.headers['accept-language'];
    const message =
      pickLocale(typeof language === 'string' ? language : undefined) === 'en' ? text.en : text.zh;
    const accept = request.headers.accept ?? '';
    const type = accept.includes('application/graphql-response+json')
      ? 'application/graphql-response+json; charset=utf-8'
      : 'application/json; charset=utf-8';
    void reply
      .status(HttpStatus.PAYLOAD_TOO_LARGE)
      .header('content-type', type)
      // The rest of the body was never read: do not keep the connection for another request.
      .header('connection', 'close')
      .send(
        JSON.stringify({
          errors: [{ message, extensions: { code: 'PAYLOAD_TOO_LARGE', limitBytes: this.limitBytes } }],
        }),
      );
  }
}
