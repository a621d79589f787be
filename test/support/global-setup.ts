/*
 * One fresh database and Redis key prefix per `npm test` run; shared by every integration suite. The
 * database is a copy of a pristine one, migrated and seeded here, which suites needing a database of
 * their own copy as well (provisionPrivateDatabase).
 */
import { copyDatabase, provisionDatabase, testDatabaseUrls } from './provision';

export default async function globalSetup(): Promise<void> {
  const runId = `${Date.now().toString(36)}_${process.pid}`;
  const template = testDatabaseUrls('duban_test_template', runId);
  const db = testDatabaseUrls('duban_test', runId);
  provisionDatabase(template);
  await copyDatabase(template, db);
  Object.assign(process.env, {
    DATABASE_URL: db.appUrl,
    DATABASE_ADMIN_URL: db.adminUrl,
    TEST_TEMPLATE_DATABASE_URL: template.adminUrl,
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    REDIS_PREFIX: `duban_test_${runId}`,
    JWT_SECRET: 'integration-test-secret-0123456789',
  });
}
