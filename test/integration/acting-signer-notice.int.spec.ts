/**
 * 委托签字 reaches the inbox: while a head has named an acting signer, "a report is waiting for your
 * signature" goes to the acting signer too (not only to the head), delivered as the worker does, and
 * the acting signer is offered the 待签字 queue. It runs in a township no other suite signs in, with a
 * liaison of its own, so its delegation cannot change what other suites' users are offered.
 */
import IORedis from 'ioredis';
import { DataSource } from 'typeorm';
import { formatShanghaiDate } from '@duban/rules';
import { NotificationDelivery } from '@duban/domain';
import { loadConfig, redisOptions } from '@duban/platform';
import { bootApi, deliverEvents, testDataSources, TestApi, toldOf } from '@duban/testing';

const DAY = 86_400_000;
let api: TestApi;
let owner: DataSource;
let app: DataSource;
let close: () => Promise<void>;
let redis: IORedis;
let delivery: NotificationDelivery;
const day = (d: number) => formatShanghaiDate(new Date(Date.now() + d * DAY));

async function ok(token: string, query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const r = await api.gql(query, variables, { token });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!;
}

beforeAll(async () => {
  ({ app, owner, close } = await testDataSources());
  const config = loadConfig();
  redis = new IORedis(redisOptions(config.REDIS_URL!));
  delivery = new NotificationDelivery(app, redis, config);
  api = await bootApi();
});

afterAll(async () => {
  await api?.close();
  await close?.();
  await redis?.quit();
});

it('tells the acting signer, and not the head who submitted, that a report waits for a signature', async () => {
  // A 睢县 township that the other suites leave alone; its generated head and a new liaison.
  const [town] = await owner.query(
    `SELECT t.id::text, t.code, t.name FROM org_unit t JOIN org_unit c ON c.id = t.parent_id
      WHERE c.code = '411422' AND t.kind = 'TOWNSHIP' AND t.code NOT IN ('411422100', '411422105', '411422206')
      ORDER BY t.code DESC LIMIT 1`,
  );
  const admin = await api.login('admin');
  const username = `acting_${town.code}`;
  const { createUser } = await ok(admin, `mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, {
    i: {
      username,
      displayName: '代签联络员',
      orgUnitId: town.id,
      password: 'Acting2026x',
      roles: ['LIAISON'],
    },
  });
  const head = await api.login(`head_${town.code}`);
  const liaison = await api.login(username, 'Acting2026x');
  const city = await api.login('city_supervisor');
  await ok(
    head,
    `mutation($d: ID!, $f: String!, $t: String!) { delegateSigning(delegateId: $d, validFrom: $f, validTo: $t, reason: "外出学习") { id } }`,
    { d: createUser.id, f: day(0), t: day(3) },
  );
  const { createSupervisionItem } = await ok(
    city,
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
  await ok(city, `mutation($i: ID!, $t: [ID!]) { assignItem(itemId: $i, targets: $t) { count } }`, {
    i: createSupervisionItem.id,
    t: [town.id],
  });
  const [a] = await owner.query(`SELECT id::text FROM assignment WHERE item_id = $1`, [
    createSupervisionItem.id,
  ]);
  await ok(head, `mutation($a: ID!) { acceptAssignment(id: $a) { id } }`, { a: a.id });
  const { submitReport } = await ok(
    head,
    `mutation($a: ID!) { submitReport(assignmentId: $a, input: { content: "已完成" }) { id } }`,
    { a: a.id },
  );
  // The acting signer is offered the 待签字 queue and the signature; the head signs as head.
  expect((await ok(liaison, `{ me { actingSignerToday } }`)).me.actingSignerToday).toBe(true);
  expect((await ok(head, `{ me { actingSignerToday } }`)).me.actingSignerToday).toBe(false);
  const { reportQueue } = await ok(liaison, `{ reportQueue(kind: SIGN) { id allowedActions } }`);
  expect(reportQueue.map((r: any) => r.id)).toEqual([submitReport.id]);
  expect([...reportQueue[0].allowedActions].sort()).toEqual(['REFUSE_SIGNATURE', 'SIGN']);
  const [eventId] = await deliverEvents(owner, delivery, 'report.submitted', a.id);
  expect(await toldOf(owner, eventId)).toEqual({
    [username]: `有一份办理情况报告待您签字（代签通知核验 · ${town.name}）`,
  });
});
