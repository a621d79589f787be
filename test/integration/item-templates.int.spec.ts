/**
 * 模板与周期事项 through GraphQL and the sweeper on the real 商丘市 tree, on a database of this suite's
 * own. 睢县's office keeps a monthly 工作月报 template registered on the 5th for two of its townships;
 * the sweeper, with a moved clock, registers exactly one numbered item per month (even with two sweeps
 * racing), titled for its month, assigned to the template's units and due per the template; a worker
 * down for two months registers only the latest month and names the skipped ones. Every refusal
 * (a rule that cannot run, a payload 立项 would refuse, a unit or template of another county or tenant,
 * a stopped template) leaves nothing behind.
 *
 * The sweep runs in-process on the app role's connection, narrowed to this suite's template.
 */
import { ItemTemplateService, ItemTemplateSweep, importRegion } from '@duban/domain';
import { expandTitle, templateDeadline } from '@duban/rules';
import { bootPrivateRun, codeOf, ensureUser, type PrivateRun, usersOf } from '@duban/testing';

const USERS = ['suixian_supervisor', 'city_supervisor', 'suixian_leader', 'xinyang_supervisor'] as const;
type User = (typeof USERS)[number];

let run: PrivateRun;
let sweep: ItemTemplateSweep;
const token: Partial<Record<User, string>> = {};
const { as, ok } = usersOf<User>(() => run.api, token);
const unit: Record<string, string> = {};

const FIELDS = `id name frequency dayOfMonth dueWorkingDays startOn endOn active nextRunOn lastRunOn lastError
  allowedActions nextRuns(first: 3) registration { title content leadUnitId coUnitIds source }`;
const CREATE = `mutation($i: ItemTemplateInput!) { createItemTemplate(input: $i) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $i: ItemTemplateInput!) { updateItemTemplate(id: $id, input: $i) { ${FIELDS} } }`;
const SET_ACTIVE = `mutation($id: ID!, $a: Boolean!) { setItemTemplateActive(id: $id, active: $a) { active nextRunOn } }`;
const REGISTER = `mutation($id: ID!, $o: TemplateOverridesInput) { registerItemFromTemplate(templateId: $id, overrides: $o) {
  id title regNumber status deadline assignments { edges { node { unit { id } } } } } }`;

/** The first day of the month `n` months after today's (China calendar), as YYYY-MM. */
function monthAhead(n: number): string {
  const today = new Date(Date.now() + 8 * 3_600_000);
  const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + n, 1));
  return d.toISOString().slice(0, 7);
}
/** 09:00 China time on the 5th of that month: the sweeper's moved clock. */
const fifth = (month: string) => new Date(`${month}-05T09:00:00+08:00`);

const template = (over: Record<string, unknown> = {}, recurrence: Record<string, unknown> = {}) => ({
  name: '工作月报',
  registration: {
    title: '{year}年{month}月工作月报',
    source: 'SPECIAL_INSPECTION',
    content: '报送本月重点工作进展。',
    leadUnitId: unit.lead,
    coUnitIds: [unit.co],
    ...over,
  },
  recurrence: {
    frequency: 'MONTHLY',
    dayOfMonth: 5,
    dueWorkingDays: 5,
    startOn: `${monthAhead(1)}-01`,
    ...recurrence,
  },
});

/** What a refused call may not change. */
async function trace() {
  const [row] = await run.owner.query(
    `SELECT (SELECT count(*)::int FROM item_template) AS templates,
            (SELECT count(*)::int FROM item_template_run) AS runs,
            (SELECT count(*)::int FROM supervision_item) AS items,
            (SELECT count(*)::int FROM assignment) AS assignments,
            (SELECT count(*)::int FROM audit_event) AS events,
            (SELECT array_agg(t.name || ':' || t.active || ':' || coalesce(t.next_run_on::text, '-') ORDER BY t.id)
               FROM item_template t) AS state`,
  );
  return row;
}

async function expectRefused(user: User, query: string, vars: Record<string, unknown>, code: string) {
  const before = await trace();
  const r = await as(user, query, vars);
  expect({ code: codeOf(r), data: r.data ?? null }).toEqual({ code, data: null });
  expect(await trace()).toEqual(before);
  return r.errors![0].message;
}

const itemsOf = (templateId: string) =>
  run.owner.query(
    `SELECT r.period, r.skipped::text[] AS skipped, i.title, i.reg_number AS "regNumber", i.deadline, i.status,
            (SELECT array_agg(a.unit_id::text ORDER BY a.unit_id) FROM assignment a WHERE a.item_id = i.id) AS units,
            (SELECT array_agg(e.text) FROM audit_event e WHERE e.item_id = i.id AND e.action = 'item.from_template') AS notes
       FROM item_template_run r JOIN supervision_item i ON i.id = r.item_id
      WHERE r.template_id = $1 ORDER BY r.period`,
    [templateId],
  );

beforeAll(async () => {
  run = await bootPrivateRun('templates');
  await importRegion({ query: (sql, p) => run.owner.query(sql, p) }, '4115');
  await ensureUser(run.owner, 'xinyang_supervisor', '411502', ['SUPERVISOR']);
  for (const u of USERS) token[u] = await run.api.login(u);
  const towns = await run.owner.query(
    `SELECT t.id::text AS id FROM org_unit t JOIN org_unit c ON c.id = t.parent_id
      WHERE c.code = '411422' AND t.kind = 'TOWNSHIP' ORDER BY t.code LIMIT 2`,
  );
  [unit.lead, unit.co] = towns.map((t: { id: string }) => t.id);
  for (const r of await run.owner.query(
    `SELECT code, id::text AS id FROM org_unit WHERE code IN ('411422', '411421', '411502')`,
  ))
    unit[r.code] = r.id;
  sweep = new ItemTemplateSweep(run.app, run.api.app.get(ItemTemplateService, { strict: false }));
}, 180_000);

afterAll(async () => {
  await run?.close();
});

describe('a monthly 工作月报 registered by the sweeper on the 5th', () => {
  let id: string;
  const [m1, m2, m3, m4, m5] = [1, 2, 3, 4, 5].map(monthAhead);

  it('is saved with its next runs, for a supervisor of the office', async () => {
    const { createItemTemplate: t } = await ok('suixian_supervisor', CREATE, { i: template() });
    id = t.id;
    expect(t).toMatchObject({
      frequency: 'MONTHLY',
      dayOfMonth: 5,
      active: true,
      nextRunOn: `${m1}-05`,
      lastRunOn: null,
      nextRuns: [`${m1}-05`, `${m2}-05`, `${m3}-05`],
      allowedActions: ['EDIT', 'SET_ACTIVE', 'DELETE', 'REGISTER'],
      registration: { title: '{year}年{month}月工作月报', leadUnitId: unit.lead, coUnitIds: [unit.co] },
    });
    const { itemTemplates } = await ok('suixian_supervisor', `{ itemTemplates { id name } }`);
    expect(itemTemplates).toEqual([{ id, name: '工作月报' }]);
    const { previewRecurrence } = await ok(
      'suixian_supervisor',
      `query($r: RecurrenceInput!) { previewRecurrence(recurrence: $r, first: 2) }`,
      { r: template().recurrence },
    );
    expect(previewRecurrence).toEqual([`${m1}-05`, `${m2}-05`]);
  });

  it('the day before, nothing runs', async () => {
    const before = await trace();
    const eve = new Date(fifth(m1).getTime() - 86_400_000);
    expect(await sweep.runDue(eve, { templateId: id })).toEqual({ registered: 0, failed: 0 });
    expect(await trace()).toEqual(before);
  });

  it('on the 5th two sweeps race: exactly one numbered item, titled for its month, assigned and due per the rule', async () => {
    const results = await Promise.all([
      sweep.runDue(fifth(m1), { templateId: id }),
      sweep.runDue(fifth(m1), { templateId: id }),
    ]);
    expect(results.reduce((n, r) => n + r.registered, 0)).toBe(1);
    // A third sweep the same day, after both: still one.
    expect(await sweep.runDue(fifth(m1), { templateId: id })).toEqual({ registered: 0, failed: 0 });
    const items = await itemsOf(id);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      period: m1,
      skipped: [],
      title: expandTitle('{year}年{month}月工作月报', `${m1}-05`),
      status: 'IN_PROGRESS',
      units: [unit.lead, unit.co].sort(),
    });
    expect(items[0].title).toMatch(/^\d{4}年\d{1,2}月工作月报$/);
    expect(items[0].regNumber).toMatch(/^睢督〔\d{4}〕\d+号$/);
    expect(new Date(items[0].deadline)).toEqual(templateDeadline(`${m1}-05`, 5));
    expect(items[0].notes).toEqual([`由周期模板「工作月报」按期生成（${m1}期）`]);
    const { itemTemplate } = await ok(
      'suixian_supervisor',
      `query($id: ID!) { itemTemplate(id: $id) { ${FIELDS} } }`,
      {
        id,
      },
    );
    expect(itemTemplate).toMatchObject({ lastRunOn: `${m1}-05`, nextRunOn: `${m2}-05`, lastError: null });
    const [{ n }] = await run.owner.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE chain_key = $1 AND action = 'item_template.ran'`,
      [`item_template:${id}`],
    );
    expect(n).toBe(1);
  });

  it('a period that has its item already is not registered again, even with next_run_on set back', async () => {
    await run.owner.query(`UPDATE item_template SET next_run_on = $2::date WHERE id = $1`, [id, `${m1}-05`]);
    expect(await sweep.runDue(fifth(m1), { templateId: id })).toEqual({ registered: 0, failed: 0 });
    expect(await itemsOf(id)).toHaveLength(1);
    const [{ next }] = await run.owner.query(
      `SELECT to_char(next_run_on, 'YYYY-MM-DD') AS next FROM item_template WHERE id = $1`,
      [id],
    );
    expect(next).toBe(`${m2}-05`);
  });

  it('a worker down for two months registers only the latest month and names the skipped ones', async () => {
    expect(await sweep.runDue(fifth(m4), { templateId: id })).toEqual({ registered: 1, failed: 0 });
    const items = await itemsOf(id);
    expect(items.map((i: { period: string }) => i.period)).toEqual([m1, m4]);
    expect(items[1]).toMatchObject({
      skipped: [`${m2}-05`, `${m3}-05`],
      title: expandTitle('{year}年{month}月工作月报', `${m4}-05`),
      notes: [`由周期模板「工作月报」按期生成（${m4}期）；服务中断期间错过${m2}、${m3}期，未补登记`],
    });
    expect(new Date(items[1].deadline)).toEqual(templateDeadline(`${m4}-05`, 5));
  });

  it('a stopped template is not run; started again it runs from its next day on', async () => {
    expect((await ok('suixian_supervisor', SET_ACTIVE, { id, a: false })).setItemTemplateActive).toEqual({
      active: false,
      nextRunOn: null,
    });
    const before = await trace();
    expect(await sweep.runDue(fifth(m5), { templateId: id })).toEqual({ registered: 0, failed: 0 });
    expect(await trace()).toEqual(before);
    expect((await ok('suixian_supervisor', SET_ACTIVE, { id, a: true })).setItemTemplateActive).toEqual({
      active: true,
      nextRunOn: `${m1}-05`,
    });
  });

  it('a template whose supervisor lost the role stops with the reason, registering nothing', async () => {
    const [{ runAs }] = await run.owner.query(
      `SELECT run_as::text AS "runAs" FROM item_template WHERE id = $1`,
      [id],
    );
    await run.owner.query(`UPDATE app_user SET roles = '{LEADER}' WHERE id = $1`, [runAs]);
    try {
      const before = await run.owner.query(`SELECT count(*)::int AS n FROM supervision_item`);
      expect(await sweep.runDue(fifth(m5), { templateId: id })).toEqual({ registered: 0, failed: 1 });
      expect(await run.owner.query(`SELECT count(*)::int AS n FROM supervision_item`)).toEqual(before);
      const [{ error }] = await run.owner.query(
        `SELECT last_error AS error FROM item_template WHERE id = $1`,
        [id],
      );
      expect(error).toContain('只有本单位督查室的督查员');
    } finally {
      await run.owner.query(`UPDATE app_user SET roles = '{SUPERVISOR}' WHERE id = $1`, [runAs]);
    }
  });

  it('用此模板登记: one numbered item now, title for today, assigned; a new title may be given', async () => {
    const { registerItemFromTemplate: item } = await ok('suixian_supervisor', REGISTER, {
      id,
      o: { title: '专项月报' },
    });
    expect(item).toMatchObject({ title: '专项月报', status: 'IN_PROGRESS' });
    expect(item.regNumber).toMatch(/^睢督〔\d{4}〕\d+号$/);
    expect(
      item.assignments.edges.map((e: { node: { unit: { id: string } } }) => e.node.unit.id).sort(),
    ).toEqual([unit.lead, unit.co].sort());
  });

  it('an edit recomputes the next run and keeps the runs', async () => {
    const { updateItemTemplate } = await ok('suixian_supervisor', UPDATE, {
      id,
      i: template(
        { title: '{year}年第{quarter}季度报告' },
        { frequency: 'QUARTERLY', month: 3, dayOfMonth: 20 },
      ),
    });
    expect(updateItemTemplate.frequency).toBe('QUARTERLY');
    expect(updateItemTemplate.lastError).toBeNull();
    expect(updateItemTemplate.nextRuns).toHaveLength(3);
    expect(await itemsOf(id)).toHaveLength(2);
  });
});

describe('refusals leave nothing behind', () => {
  it('a rule that cannot run: day 31, an end before the start, a month the quarter lacks', async () => {
    expect(
      await expectRefused(
        'suixian_supervisor',
        CREATE,
        { i: template({}, { dayOfMonth: 31 }) },
        'BAD_USER_INPUT',
      ),
    ).toBe('登记日应为每月1日至28日');
    expect(
      await expectRefused(
        'suixian_supervisor',
        CREATE,
        { i: template({}, { startOn: '2027-03-01', endOn: '2027-02-01' }) },
        'BAD_USER_INPUT',
      ),
    ).toBe('结束日期不能早于开始日期');
    await expectRefused(
      'suixian_supervisor',
      CREATE,
      { i: template({}, { frequency: 'QUARTERLY', month: 4 }) },
      'BAD_USER_INPUT',
    );
    await expectRefused(
      'suixian_supervisor',
      CREATE,
      { i: template({}, { startOn: '2027-02-30' }) },
      'BAD_USER_INPUT',
    );
  });

  it('a payload 立项 would refuse: a blank title, no content, a target of 0', async () => {
    expect(
      await expectRefused('suixian_supervisor', CREATE, { i: template({ title: '   ' }) }, 'BAD_USER_INPUT'),
    ).toBe('请填写事项名称');
    await expectRefused('suixian_supervisor', CREATE, { i: template({ content: '' }) }, 'BAD_USER_INPUT');
    await expectRefused('suixian_supervisor', CREATE, { i: template({ target: 0 }) }, 'BAD_USER_INPUT');
  });

  it('units outside the office: another county of the tenant, a unit of another tenant', async () => {
    for (const u of [unit['411421'], unit['411502']])
      expect(
        await expectRefused(
          'suixian_supervisor',
          CREATE,
          { i: template({ coUnitIds: [u] }) },
          'BAD_USER_INPUT',
        ),
      ).toBe('牵头或协办单位不在本单位管辖范围内');
  });

  it('another office’s templates: the city above is refused, another tenant finds nothing', async () => {
    const { createItemTemplate } = await ok('suixian_supervisor', CREATE, {
      i: template({}, { frequency: 'NONE' }),
    });
    const id = createItemTemplate.id;
    expect(createItemTemplate.nextRunOn).toBeNull();
    await expectRefused('city_supervisor', REGISTER, { id }, 'FORBIDDEN');
    await expectRefused('city_supervisor', UPDATE, { id, i: template() }, 'FORBIDDEN');
    await expectRefused(
      'city_supervisor',
      `query($u: ID) { itemTemplates(unitId: $u) { id } }`,
      { u: unit['411422'] },
      'FORBIDDEN',
    );
    await expectRefused('suixian_leader', REGISTER, { id }, 'FORBIDDEN');
    await expectRefused('xinyang_supervisor', REGISTER, { id }, 'NOT_FOUND');
    await expectRefused('xinyang_supervisor', SET_ACTIVE, { id, a: false }, 'NOT_FOUND');
    await expectRefused(
      'xinyang_supervisor',
      `mutation($id: ID!) { deleteItemTemplate(id: $id) }`,
      { id },
      'NOT_FOUND',
    );
    const { itemTemplate } = await ok(
      'xinyang_supervisor',
      `query($id: ID!) { itemTemplate(id: $id) { id } }`,
      { id },
    );
    expect(itemTemplate).toBeNull();
    // The owner deletes it; the items it registered would stay.
    const { deleteItemTemplate } = await ok(
      'suixian_supervisor',
      `mutation($id: ID!) { deleteItemTemplate(id: $id) }`,
      {
        id,
      },
    );
    expect(deleteItemTemplate).toBe(id);
  });
});
