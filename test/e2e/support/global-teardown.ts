import { rmSync } from 'node:fs';
import { dropTestDatabase } from '../../support/provision';
import { deleteKeysWithPrefix } from '../../support/redis-cleanup';
import { STACK_KEY, type E2eStack } from './global-setup';
import { stopService } from './processes';

export default async function globalTeardown(): Promise<void> {
  const stack = (globalThis as Record<string, unknown>)[STACK_KEY] as E2eStack | undefined;
  if (!stack) return;
  await Promise.all(stack.services.map(stopService));
  rmSync(stack.adminDir, { recursive: true, force: true });
  if (process.env.KEEP_TEST_DB) return;
  await dropTestDatabase({ adminUrl: stack.databaseAdminUrl });
  await deleteKeysWithPrefix(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', stack.redisPrefix);
}
