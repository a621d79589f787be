import { ArgumentsHost, Catch, Logger } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { AppError } from '../errors/app-error';

/**
 * Expected domain errors go to the client untouched and unlogged; anything else is logged once
 * and reaches the client as a generic, bilingual internal error (no SQL or stack in responses).
 */
@Catch()
export class AppErrorFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('GraphQL');

  catch(error: unknown, host: ArgumentsHost) {
    if (host.getType<string>() !== 'graphql') throw error;
    if (error instanceof GraphQLError) return error;
    this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return new AppError('INTERNAL_SERVER_ERROR', {
      zh: '服务器内部错误，请稍后重试或联系管理员',
      en: 'Internal server error; please retry later or contact the administrator',
    });
  }
}
