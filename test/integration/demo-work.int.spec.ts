/**
 * `npm start`'s demo work (tools/demo-work.ts) on a database of this suite's own: it goes through the
 * API's rules as the demo users, leaves the cockpit and the scoreboard something true to show, and a
 * second start leaves a tenant that already has items alone.
 */
import { bootPrivateRun, expectRollupMatchesRecount, type PrivateRun } from '@duban/testing';
import { seedDemoWork, type Send } from '../../tools/demo-work';

let run: PrivateRun;
const tokens = new Map<string, string>();
const send: Send = async (user, query, variables = {}) => {
  if (!tokens.has(user)) tokens.set(user, await run.api.login(user));
  const r = await run.api.gql(query, variables, { token: tokens.get(user) });
  if (r.errors) throw new Error(`${user}: ${JSON.stringify(r.errors)}`);
  return r.data as never;
};

beforeAll(async () => {
  run = await bootPrivateRun('demo_work');
}, 180_000);

afterAll(async () => {
  await run?.close();
});

it('registers five items in the states a clerk meets, every roll-up equal to a recount', async () => {
  expect(await seedDemoWork(send)).toMatch(/^demo work: 5 items/);
  const items = await run.owner.query(
    `SELECT id::text, title, status, reopen_count AS "reopenCount" FROM supervision_item ORDER BY id`,
  );
  expect(items.map((i: any) => [i.title, i.status, i.reopenCount])).toEqual([
    ['背街小巷整治', 'IN_PROGRESS', 0],
    ['农村人居环境整治', 'CONCLUDED', 0],
    ['校园周边交通秩序整治', 'CONCLUDED', 0],
    ['冬季供暖保障', 'CONCLUDED', 0],
    ['老旧小区改造', 'IN_PROGRESS', 1],
  ]);
  await expectRollupMatchesRecount(run.owner, ...items.map((i: any) => i.id));
});

it('gives 睢县 a 复查复议率 of 1 in 4 closed items beside a 退回率 of 1 in 5 reviewed reports', async () => {
  const { scoreboard } = await send<{ scoreboard: { unit: { name: string } }[] }>(
    'city_leader',
    `{ scoreboard { unit { name } closedItems reopenedItems reReviewRate returned reviewed returnRate } }`,
  );
  expect(scoreboard.find((r) => r.unit.name === '睢县')).toEqual({
    unit: { name: '睢县' },
    closedItems: 4,
    reopenedItems: 1,
    reReviewRate: 0.25,
    returned: 1,
    reviewed: 5,
    returnRate: 0.2,
  });
});

it('leaves a tenant that already has items as it is', async () => {
  const before = await run.owner.query(`SELECT count(*)::int AS n FROM audit_event`);
  expect(await seedDemoWork(send)).toBe('demo work already present (5 items): left as it is');
  expect(await run.owner.query(`SELECT count(*)::int AS n FROM audit_event`)).toEqual(before);
});
