import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from './app.module';

/** Builds the API application (used by main.ts and by end-to-end tests). */
export async function createApi(
  options: { logger?: ('error' | 'warn' | 'log')[] } = {},
): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule,
    new FastifyAdapter({ bodyLimit: 5 * 1024 * 1024 }),
    {
      logger: options.logger ?? ['error', 'warn', 'log'],
    },
  );
  app.enableCors({ origin: true, credentials: true });
  app.enableShutdownHooks();
  return app;
}
