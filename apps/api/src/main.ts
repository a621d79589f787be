import 'reflect-metadata';
import { AppConfig, ConfigError, exitGracefullyOnSignals, loadConfig, ShutdownState } from '@duban/platform';

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
  exitGracefullyOnSignals(
    app,
    app.get(ShutdownState),
    { delayMs: config.SHUTDOWN_DELAY_MS, graceMs: config.SHUTDOWN_GRACE_MS },
    (line) => console.log(`[api] ${line}`),
  );
  await app.listen(config.PORT, '0.0.0.0');
  console.log(`[api] GraphQL on http://localhost:${config.PORT}/graphql`);
}

main().catch((err) => {
  console.error('[api] failed to start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
