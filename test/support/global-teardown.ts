import Redis from 'ioredis';
import { dropTestDatabase } from './provision';

export default async function globalTeardown(): Promise<void> {
  if (process.env.KEEP_TEST_DB) return;
  dropTestDatabase({ adminUrl: process.env.DATABASE_ADMIN_URL! });
  const redis = new Redis(process.env.REDIS_URL!);
  const keys = await redis.keys(`${process.env.REDIS_PREFIX}:*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
}
