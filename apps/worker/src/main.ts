import 'reflect-metadata';
import { ConsoleLogger, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, ConfigError, loadConfig, processLog } from '@duban/platform';

async function main() {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`[worker] ${err.message}`);
      process.exit(1);
    }
    throw err;
  }
  const { WorkerModule } = await import('./worker.module');
  const levels: LogLevel[] = ['error', 'warn', 'log'];
  const json = config.LOG_FORMAT === 'json';
  const app = await NestFactory.createApplicationContext(WorkerModule, {
    logger: json ? new ConsoleLogger({ json: true, logLevels: levels }) : levels,
  });
  // SIGTERM/SIGINT: BullMQ workers finish their current job, then connections close.
  app.enableShutdownHooks();
  processLog('worker', config.LOG_FORMAT)('processing queues');
}

main().catch((err) => {
  console.error('[worker] failed to start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
