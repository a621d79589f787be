import 'reflect-metadata';
import { ConfigError, loadConfig } from '@duban/platform';

async function main() {
  let port: number;
  try {
    port = loadConfig().PORT; // fail fast with one clear line before anything connects
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`[api] ${err.message}`);
      process.exit(1);
    }
    throw err;
  }
  const { createApi } = await import('./bootstrap');
  const app = await createApi();
  await app.listen(port, '0.0.0.0');
  console.log(`[api] GraphQL on http://localhost:${port}/graphql`);
}

main().catch((err) => {
  console.error('[api] failed to start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
