/**
 * The API and the worker as real processes through Debian's PgBouncer in transaction pool mode (three
 * server connections for everything), DB_NAMED_STATEMENTS=off (PgBouncer 1.18 cannot keep named
 * statements across transactions). The scope is set per transaction (SET LOCAL in the BEGIN batch), so
 * whichever server connection a transaction lands on, it sees its caller's rows and nobody else's:
 * hundreds of concurrent requests of users at different levels each get their own answer. A mutation
 * flow (events through the worker) works the same, and a failing root field beside its siblings leaves
 * no released-connection error in the API's log.
 */
import { Pool } from 'pg';
import { spawnApi, spawnWorker, until, type ApiProcess, type WorkerProcess } from '../support/app-processes';
import { startPgBouncer, type PrivatePgBouncer } from '../support/pgbouncer';
import { dropTestDatabase, provisionPrivateDatabase, type TestDatabase } from '../support/provision';
import { deleteKeysWithPrefix } from '../support/redis-cleanup';
import { scriptOutcome, scriptTokens, supervisionScript, undelivered } from '../support/scale-script';

const USERS = [
  'city_supervisor',
  'suixian_supervisor',
  'chengguan_liaison',
  'baimiao_liaison',
  'caizheng_liaison',
];
/** Answers that depend on the scope: the subtree (its top unit first), its items and users, the caller's unread count. */
const SCOPED = `{ me { username } orgUnits(first: 1) { totalCount edges { node { name } } } supervisionItems(first: 0) { totalCount }
  users(first: 0) { totalCount } unreadNotificationCount }`;

const PREFIX = `${process.env.REDIS_PREFIX}_pgbouncer`;
let db: TestDatabase;
let bouncer: PrivatePgBouncer;
let owner: Pool;
let api: ApiProcess;
let worker: WorkerProcess;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  db = await provisionPrivateDatabase('pgbouncer');
  bouncer = await startPgBouncer(db.appUrl, 3);
  owner = new Pool({ connectionString: db.adminUrl, max: 2 });
  const env = {
    DATABASE_URL: bouncer.through(db.appUrl),
    DATABASE_ADMIN_URL: db.adminUrl,
    REDIS_URL: process.env.REDIS_URL!,
    REDIS_PREFIX: PREFIX,
    DB_NAMED_STATEMENTS: 'off',
  };
  [api, worker] = await Promise.all([spawnApi('api-pgbouncer', env), spawnWorker('worker-pgbouncer', env)]);
  for (const u of [...USERS, 'admin']) tokens[u] = await api.login(u);
}, 180_000);

afterAll(async () => {
  await Promise.all([api?.stop(), worker?.stop()]);
  await owner?.end();
  await bouncer?.stop();
  await deleteKeysWithPrefix(process.env.REDIS_URL!, PREFIX);
  if (db && !process.env.KEEP_TEST_DB) await dropTestDatabase(db);
});

it('runs a mutation flow through the pooler: events consumed, roll-up equal to a recount', async () => {
  const itemId = await supervisionScript(owner, [api], await scriptTokens(api), 'P');
  await until('the outbox to drain', async () => (await undelivered(owner)) === 0);
  const outcome = await scriptOutcome(owner, itemId);
  expect(outcome.rollupOff).toEqual([]);
  expect(outcome.notifications).toContainEqual({
    topic: 'assignment.urged',
    username: 'chengguan_liaison',
    n: 1,
  });
  expect(outcome.assignments).toHaveLength(2);
}, 120_000);

it('keeps each of 300 concurrent requests in its caller scope on 3 shared server connections', async () => {
  const truth: Record<string, unknown> = {};
  for (const u of USERS) {
    const r = await api.gql(SCOPED, {}, tokens[u]);
    expect(r.errors).toBeUndefined();
    truth[u] = r.data;
  }
  // Different scopes give different answers, so a transaction in another caller's scope would show.
  expect(new Set(Object.values(truth).map((t) => JSON.stringify({ ...(t as object), me: null }))).size).toBe(
    USERS.length,
  );
  const answers = await Promise.all(
    Array.from({ length: 300 }, async (_, i) => {
      const user = USERS[i % USERS.length];
      return { user, answer: await api.gql(SCOPED, {}, tokens[user]) };
    }),
  );
  const wrong = answers.filter(
    ({ user, answer }) => JSON.stringify(answer.data) !== JSON.stringify(truth[user]),
  );
  expect(wrong.map((w) => w.user)).toEqual([]);
  expect(answers.every((a) => a.answer.errors === undefined)).toBe(true);
}, 120_000);

it('answers a failing root field beside its siblings without a released-connection error in the log', async () => {
  const query = `{ job: orgImportJob(id: "987654321") { id } units: orgUnits(first: 200) { totalCount }
    n: unreadNotificationCount me { username } }`;
  const answers = await Promise.all(Array.from({ length: 20 }, () => api.gql(query, {}, tokens.admin)));
  for (const a of answers) {
    // A non-null root field failed: graphql-js answers with no data while the siblings may still run.
    expect(a.data).toBeNull();
    expect(a.errors!.map((e) => e.extensions.code)).toEqual(['NOT_FOUND']);
  }
  // A nullable failing field: the siblings' answers are complete and right.
  const alone = await api.gql(`{ orgUnits(first: 0) { totalCount } }`, {}, tokens.suixian_supervisor);
  const beside = await api.gql(
    `{ a: assignment(id: "987654321") { id } me { username } units: orgUnits(first: 0) { totalCount } }`,
    {},
    tokens.suixian_supervisor,
  );
  expect(beside.data).toEqual({
    a: null,
    me: { username: 'suixian_supervisor' },
    units: alone.data!.orgUnits,
  });
  // The answers were sent before the siblings finished; their queries then ran and committed quietly.
  await until(
    'a request after them',
    async () => (await api.gql(`{ me { username } }`, {}, tokens.admin)).data !== null,
  );
  expect(api.log()).not.toMatch(/QueryRunnerAlreadyReleased|SessionFinished/);
}, 60_000);
