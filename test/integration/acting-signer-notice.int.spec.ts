/**
 * 委托签字 reaches the inbox: while a head has named an acting signer, "a report is waiting for your
 * signature" goes to the acting signer too (not only to the head), delivered as the worker does, and
 * the acting signer is offered the 待签字 queue.
 */
import IORedis from 'ioredis';
import { DataSource } from 'typeorm';
import { formatShanghaiDate } from '@duban/rules';
import { NotificationDelivery } from '@duban/domain';
import { loadConfig, redisOptions } from '@duban/platform';
import { bootApi, deliverEvents, testDataSources, TestApi, toldOf, usersOf } from '@duban/testing';

const DAY = 86_400_000;
let api: TestApi;
let owner: DataSource;
let app: DataSource;
let close: () => Promise<void>;
let redis: IORedis;
let delivery: NotificationDelivery;
const token: Record<string, string> = {};
const USERS = ['city_supervisor', 'baimiao_head', 'baimiao_liaison'] as const;
const { ok } = usersOf(() => api, token);
const day = (d: number) => formatShanghaiDate(new Date(Date.now() + d * DAY));

beforeAll(async () => {
  ({ app, owner, close } = await testDataSources());
  const config = loadConfig();
  redis = new IORedis(redisOptions(config.REDIS_URL));
  delivery = new NotificationDelivery(app, redis, config);
  api = await bootApi();
  for (const u of USERS) token[u] = await api.login(u);
});

afterAll(async () => {
  await api?.close();
  await close?.();
  await redis?.quit();
});

it('tells the acting signer, and not the head who submitted, that a report waits for a signature', async () => {
  const [liaison] = await owner.query(`SELECT id::text FROM app_user WHERE username = 'baimiao_liaison'`);
  const [baimiao] = await owner.query(`SELECT id::text FROM org_unit WHERE code = '411422206'`);
  await ok(
    'baimiao_head',
    `mutation($d: ID!, $f: String!, $t: String!) { delegateSigning(delegateId: $d, validFrom: $f, validTo: $t, reason: "外出学习") { id } }`,
    { d: liaison.id, f: day(0), t: day(3) },
  );
  const { createSupervisionItem } = await ok(
    'city_supervisor',
    `mutation($i: CreateSupervisionItemInput!) { createSupervisionItem(input: $i) { id } }`,
    {
      i: {
        title: '代签通知核验',
        source: 'LEADER_INSTRUCTION',
        content: '核验',
        deadline: new Date(Date.now() + 10 * DAY).toISOString(),
      },
    },
  );
  await ok(
    'city_supervisor',
    `mutation($i: ID!, $t: [ID!]) { assignItem(itemId: $i, targets: $t) { count } }`,
    {
      i: createSupervisionItem.id,
      t: [baimiao.id],
    },
  );
  const [a] = await owner.query(`SELECT id::text FROM assignment WHERE item_id = $1`, [
    createSupervisionItem.id,
  ]);
  await ok('baimiao_head', `mutation($a: ID!) { acceptAssignment(id: $a) { id } }`, { a: a.id });
  await ok(
    'baimiao_head',
    `mutation($a: ID!) { submitReport(assignmentId: $a, input: { content: "已完成" }) { id } }`,
    { a: a.id },
  );
  // The acting signer is offered the 待签字 queue; the head signs as head.
  expect((await ok('baimiao_liaison', `{ me { actingSignerToday } }`)).me.actingSignerToday).toBe(true);
  expect((await ok('baimiao_head', `{ me { actingSignerToday } }`)).me.actingSignerToday).toBe(false);
  const { reportQueue } = await ok('baimiao_liaison', `{ reportQueue(kind: "SIGN") { id allowedActions } }`);
  expect(reportQueue).toHaveLength(1);
  expect([...reportQueue[0].allowedActions].sort()).toEqual(['REFUSE_SIGNATURE', 'SIGN']);
  const [eventId] = await deliverEvents(owner, delivery, 'report.submitted', a.id);
  expect(await toldOf(owner, eventId)).toEqual({ baimiao_liaison: '有一份办理情况报告待您签字' });
});
