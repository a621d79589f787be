import { dropTestDatabase } from './provision';
import { deleteKeysWithPrefix } from './redis-cleanup';

export default async function globalTeardown(): Promise<void> {
  if (process.env.KEEP_TEST_DB) return;
  await dropTestDatabase({ adminUrl: process.env.DATABASE_ADMIN_URL! });
  await dropTestDatabase({ adminUrl: process.env.TEST_TEMPLATE_DATABASE_URL! });
  await deleteKeysWithPrefix(process.env.REDIS_URL!, process.env.REDIS_PREFIX!);
}
