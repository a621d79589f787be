/* One fresh database and Redis key prefix per `npm test` run; shared by every integration suite. */
import { provisionDatabase, testDatabaseUrls } from './provision';

export default async function globalSetup(): Promise<void> {
  const runId = `${Date.now().toString(36)}_${process.pid}`;
  const db = testDatabaseUrls('duban_test', runId);
  provisionDatabase(db);
  Object.assign(process.env, {
    DATABASE_URL: db.appUrl,
    DATABASE_ADMIN_URL: db.adminUrl,
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    REDIS_PREFIX: `duban_test_${runId}`,
    JWT_SECRET: 'integration-test-secret-0123456789',
  });
}
