import 'reflect-metadata';
import {
  AppConfig,
  ConfigError,
  exitGracefullyOnSignals,
  loadConfig,
  processLog,
  ShutdownState,
} from '@duban/platform';

async function main() {
  let config: AppConfig;
  try {
    config = loadConfig(); // fail fast with one clear line before anything connects
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`[api] ${err.message}`);
      process.exit(1);
    }
    throw err;
  }
  const { createApi } = await import('./bootstrap');
  const app = await createApi();
  const log = processLog('api', config.LOG_FORMAT);
  exitGracefullyOnSignals(
    app,
    app.get(ShutdownState),
    { delayMs: config.SHUTDOWN_DELAY_MS, graceMs: config.SHUTDOWN_GRACE_MS },
    log,
  );
  await app.listen(config.PORT, '0.0.0.0');
  log(`GraphQL on http://localhost:${config.PORT}/graphql`);
}

main().catch((err) => {
  console.error('[api] failed to start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
