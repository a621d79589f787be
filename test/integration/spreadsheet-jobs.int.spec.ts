/**
 * Excel out and Excel in, end to end on real services: the API queues a job, the worker (booted on
 * this suite's own database and Redis prefix) runs it scoped as the requester, and the files travel
 * through POST /files and the signed GET /files/download. The export is compared with the ledger
 * query's own rows; the import round-trips the template; bad sheets are refused row by row with
 * nothing written.
 *
 * Over 400 lines on purpose: the import's rows are what the export then finds, and the retries rerun
 * both, so the three parts share one worker, one database and one sheet of items.
 */
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import ExcelJS from 'exceljs';
import { QUEUES } from '@duban/contracts';
import { importRegion, SpreadsheetProcessor } from '@duban/domain';
import { formatShanghaiDate, TARGET_COLUMNS } from '@duban/rules';
import { bootPrivateRun, codeOf, ensureUser, PrivateRun } from '@duban/testing';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const NAME = 'spreadsheets';
let run: PrivateRun;
let worker: INestApplicationContext;
const token: Record<string, string> = {};
const MARK = `表格${Date.now().toString(36)}`;
const year = new Date().getUTCFullYear() + 1;

beforeAll(async () => {
  run = await bootPrivateRun(NAME);
  // The worker on the same database and Redis prefix as the suite's API.
  const env = {
    DATABASE_URL: run.db.appUrl,
    DATABASE_ADMIN_URL: run.db.adminUrl,
    REDIS_PREFIX: `${process.env.REDIS_PREFIX ?? 'duban_test'}_${NAME}`,
  };
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    const { WorkerModule } = await import('../../apps/worker/src/worker.module');
    worker = await NestFactory.createApplicationContext(WorkerModule, { logger: ['error'] });
    await worker.init();
  } finally {
    for (const [k, v] of Object.entries(saved))
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
  }
  for (const u of ['city_supervisor', 'suixian_supervisor', 'chengguan_liaison'])
    token[u] = await run.api.login(u);
}, 120_000);

afterAll(async () => {
  await worker?.close();
  await run?.close();
});

async function gql(user: string, query: string, variables: Record<string, unknown> = {}) {
  return run.api.gql(query, variables, { token: token[user] });
}

async function ok(user: string, query: string, variables: Record<string, unknown> = {}) {
  const r = await gql(user, query, variables);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!;
}

const JOB_FIELDS = `id kind status done total percent fileName downloadUrl error
  rowErrors { row column value reason } createdItems { row itemId regNumber title }`;

async function waitForJob(user: string, id: string) {
  for (let i = 0; i < 600; i++) {
    const { spreadsheetJob: job } = await ok(
      user,
      `query($id: ID!) { spreadsheetJob(id: $id) { ${JOB_FIELDS} } }`,
      {
        id,
      },
    );
    if (job.status === 'SUCCEEDED' || job.status === 'FAILED') return job;
    await new Promise((res) => setTimeout(res, 100));
  }
  throw new Error(`spreadsheet job ${id} did not finish within 60 s`);
}

async function download(user: string, url: string): Promise<ExcelJS.Workbook> {
  const res = await run.api.app.inject({
    method: 'GET',
    url,
    headers: { authorization: `Bearer ${token[user]}` },
  });
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toBe(XLSX);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  return wb;
}

async function upload(user: string, body: Buffer, name = 'targets.xlsx', type = XLSX): Promise<string> {
  const boundary = `----duban${Date.now()}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${type}\r\n\r\n`,
    ),
    body,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const res = await run.api.app.inject({
    method: 'POST',
    url: '/files',
    headers: {
      authorization: `Bearer ${token[user]}`,
      'content-type': `multipart/form-data; boundary=${boundary}`,
    },
    payload,
  });
  expect([res.statusCode, res.statusCode === 201 ? null : res.body]).toEqual([201, null]);
  return res.json().files[0].id;
}

type Row = Record<string, ExcelJS.CellValue>;

/** A sheet as a clerk fills it in: the given headers (the template's by default) and rows by header. */
async function sheet(rows: Row[], headers = TARGET_COLUMNS.map((c) => c.header)): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('年度目标任务分解表');
  ws.addRow(headers);
  for (const r of rows) ws.addRow(headers.map((h) => r[h.replace('*', '')] ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const target = (n: number, over: Row = {}): Row => ({
  序号: n,
  事项名称: `${MARK}目标${n}`,
  '工作内容/要求': `第${n}项年度目标`,
  来源类型: '年度目标任务',
  牵头单位: '城关镇',
  完成时限: `${year}-12-31`,
  ...over,
});

async function importSheet(user: string, body: Buffer) {
  const fileId = await upload(user, body);
  const { startTargetImport } = await ok(
    user,
    `mutation($f: ID!) { startTargetImport(fileId: $f) { id status } }`,
    {
      f: fileId,
    },
  );
  // The worker may already have picked it up.
  expect(['QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED']).toContain(startTargetImport.status);
  return waitForJob(user, startTargetImport.id);
}

const itemCount = async () => (await run.owner.query(`SELECT count(*)::int AS n FROM supervision_item`))[0].n;

/** Imports a bad sheet: the job fails listing exactly `expected` (row, column), and no item is written. */
async function refused(user: string, body: Buffer, expected: [number, string | null][]) {
  const before = await itemCount();
  const job = await importSheet(user, body);
  expect(job.status).toBe('FAILED');
  expect(job.error).toContain('未导入任何事项');
  expect(job.rowErrors.map((e: { row: number; column: string | null }) => [e.row, e.column])).toEqual(
    expected,
  );
  expect(await itemCount()).toBe(before);
  return job.rowErrors as { row: number; column: string | null; value: string | null; reason: string }[];
}

describe('Excel in: 年度目标任务分解表', () => {
  let created: { row: number; itemId: string; regNumber: string; title: string }[];

  it('offers import only to those who may register items', async () => {
    expect((await ok('suixian_supervisor', `{ spreadsheetActions }`)).spreadsheetActions).toEqual([
      'EXPORT_LEDGER',
      'IMPORT_TARGETS',
    ]);
    expect((await ok('chengguan_liaison', `{ spreadsheetActions }`)).spreadsheetActions).toEqual([
      'EXPORT_LEDGER',
    ]);
    expect(codeOf(await gql('chengguan_liaison', `{ targetImportTemplate { url } }`))).toBe('FORBIDDEN');
    expect(codeOf(await gql('chengguan_liaison', `mutation { startTargetImport(fileId: "1") { id } }`))).toBe(
      'FORBIDDEN',
    );
  });

  it('round trip: the template, filled in and uploaded, registers every row with its units, deadline and target', async () => {
    const { targetImportTemplate: link } = await ok(
      'suixian_supervisor',
      `{ targetImportTemplate { url fileName } }`,
    );
    expect(link.fileName).toContain('年度目标任务分解表');
    const wb = await download('suixian_supervisor', link.url);
    const ws = wb.getWorksheet('年度目标任务分解表')!;
    expect((ws.getRow(1).values as string[]).slice(1)).toEqual(
      TARGET_COLUMNS.map((c) => (c.required ? `${c.header}*` : c.header)),
    );
    const col = (h: string) => TARGET_COLUMNS.findIndex((c) => c.header === h) + 1;
    expect(ws.getRow(2).getCell(col('来源类型')).dataValidation).toMatchObject({ type: 'list' });
    expect(ws.getRow(2).getCell(col('牵头单位')).dataValidation).toMatchObject({ type: 'list' });
    expect(ws.getRow(2).getCell(col('完成时限')).dataValidation).toMatchObject({ type: 'date' });

    const fill = (r: number, values: Row) => {
      for (const [h, v] of Object.entries(values)) ws.getRow(r).getCell(col(h)).value = v;
    };
    fill(2, {
      ...target(1, { 完成时限: new Date(Date.UTC(year, 11, 31)) }),
      配合单位: '长岗镇、睢县财政局',
      量化指标: 30,
      计量单位: '公里',
      分解指标: '10、12、8',
      分管领导: '周县长',
      责任人: '赵督查',
    });
    fill(3, {
      ...target(2, { 牵头单位: '睢县财政局', 完成时限: `${year}年6月30日` }),
      量化指标: '1,200',
      计量单位: '万元',
    });
    fill(4, target(3, { 来源类型: '上级交办' }));
    const job = await importSheet('suixian_supervisor', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(job).toMatchObject({
      status: 'SUCCEEDED',
      error: null,
      rowErrors: [],
      percent: 100,
      done: 3,
      total: 3,
    });
    created = job.createdItems;
    expect(created.map((c) => [c.row, c.title])).toEqual([
      [2, `${MARK}目标1`],
      [3, `${MARK}目标2`],
      [4, `${MARK}目标3`],
    ]);
    expect(created.every((c) => /〔\d{4}〕\d+号/.test(c.regNumber))).toBe(true);

    const items = await run.owner.query(
      `SELECT i.id::text AS id, i.title, i.status, i.source, i.deadline, i.target::float8 AS target, i.target_unit AS unit,
              l.name AS lead, i.leader_name AS leader, i.responsible_person AS responsible,
              (SELECT array_agg(o.name ORDER BY o.name) FROM org_unit o WHERE o.id = ANY(i.co_unit_ids)) AS co,
              (SELECT json_agg(json_build_object('unit', o.name, 'role', a.role, 'target', a.target::float8) ORDER BY a.role DESC, o.name)
                 FROM assignment a JOIN org_unit o ON o.id = a.unit_id WHERE a.item_id = i.id) AS assignments
         FROM supervision_item i JOIN org_unit l ON l.id = i.lead_unit_id WHERE i.title LIKE $1 ORDER BY i.id`,
      [`${MARK}%`],
    );
    expect(items.map((i: { id: string }) => i.id)).toEqual(created.map((c) => c.itemId));
    expect(items[0]).toMatchObject({
      status: 'IN_PROGRESS',
      source: 'ANNUAL_TARGET',
      target: 30,
      unit: '公里',
      lead: '城关镇',
      co: ['睢县财政局', '长岗镇'].sort(),
      leader: '周县长',
      responsible: '赵督查',
      assignments: [
        { unit: '城关镇', role: 'LEAD', target: 10 },
        { unit: '睢县财政局', role: 'CO', target: 8 },
        { unit: '长岗镇', role: 'CO', target: 12 },
      ],
    });
    expect(formatShanghaiDate(items[0].deadline)).toBe(`${year}-12-31`);
    expect(new Date(items[0].deadline).toISOString()).toBe(`${year}-12-31T15:59:59.000Z`);
    expect(items[1]).toMatchObject({ lead: '睢县财政局', target: 1200, unit: '万元', co: null });
    expect(items[1].assignments).toEqual([{ unit: '睢县财政局', role: 'LEAD', target: 1200 }]);
    expect(formatShanghaiDate(items[1].deadline)).toBe(`${year}-06-30`);
    expect(items[2]).toMatchObject({ source: 'HIGHER_ASSIGNMENT', target: null });
    // The normal write path: registered and assigned in the audit trail, events for the notices.
    const [trail] = await run.owner.query(
      `SELECT array_agg(action ORDER BY id) AS actions FROM audit_event WHERE item_id = $1 AND chain_key = $2`,
      [created[0].itemId, `item:${created[0].itemId}`],
    );
    expect(trail.actions).toEqual(['item.registered', 'item.assigned']);
    const [events] = await run.owner.query(
      `SELECT count(*)::int AS n FROM outbox WHERE payload->>'topic' = 'item.assigned' AND payload->>'itemId' = $1`,
      [created[0].itemId],
    );
    expect(events.n).toBe(1);
  });

  it('refuses wrong or missing header columns, naming them', async () => {
    const headers = TARGET_COLUMNS.map((c) => c.header)
      .filter((h) => h !== '完成时限')
      .map((h) => (h === '事项名称' ? '事项' : h));
    const errors = await refused('suixian_supervisor', await sheet([target(1)], [...headers, '备注']), [
      [1, '事项'],
      [1, '备注'],
      [1, '事项名称'],
      [1, '完成时限'],
    ]);
    expect(errors.map((e) => e.reason)).toEqual([
      '表头“事项”不是模板中的列（第2列）',
      `表头“备注”不是模板中的列（第${headers.length + 1}列）`,
      '缺少必填列“事项名称”',
      '缺少必填列“完成时限”',
    ]);
  });

  it('reports every bad row of a long sheet with its number, column and value, and writes nothing', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => target(i + 1));
    rows[3] = target(4, { 完成时限: '2020-01-01' });
    rows[9] = target(10, { 完成时限: '年底' });
    rows[14] = target(15, { 量化指标: '三十' });
    rows[19] = target(20, { 牵头单位: '不存在局' });
    rows[24] = target(25, { 牵头单位: '民权县' });
    rows[27] = target(28, { 配合单位: '长岗镇、外星乡' });
    const errors = await refused('suixian_supervisor', await sheet(rows), [
      [5, '完成时限'],
      [11, '完成时限'],
      [16, '量化指标'],
      [21, '牵头单位'],
      [26, '牵头单位'],
      [29, '配合单位'],
    ]);
    expect(errors.map((e) => e.value)).toEqual([
      '2020-01-01',
      '年底',
      '三十',
      '不存在局',
      '民权县',
      '外星乡',
    ]);
    expect(errors[0].reason).toBe('完成时限2020-01-01已过，必须晚于今天');
    expect(errors[1].reason).toContain('不是有效的日期');
    // 民权县 exists, but outside 睢县's subtree.
    expect(errors[4].reason).toContain('本单位的下级单位中没有名为“民权县”的单位');
  });

  it('refuses a name several units below the caller bear', async () => {
    const [error] = await refused('city_supervisor', await sheet([target(1)]), [[2, '牵头单位']]);
    expect(error.reason).toMatch(/^有3个单位都叫“城关镇”（上级分别为.+）/);
  });

  it('refuses an empty workbook, a header without rows, and a file that is not a workbook', async () => {
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet('Sheet1');
    const [e1] = await refused('suixian_supervisor', Buffer.from(await empty.xlsx.writeBuffer()), [
      [1, null],
    ]);
    expect(e1.reason).toContain('文件是空的');
    const [e2] = await refused('suixian_supervisor', await sheet([]), [[1, null]]);
    expect(e2.reason).toBe('表中没有数据行');
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    );
    const fileId = await upload('suixian_supervisor', png, 'dot.png', 'image/png');
    expect(
      codeOf(
        await gql('suixian_supervisor', `mutation($f: ID!) { startTargetImport(fileId: $f) { id } }`, {
          f: fileId,
        }),
      ),
    ).toBe('BAD_USER_INPUT');
  });

  it("refuses another user's file and hides one user's job from another, in the same tenant or another", async () => {
    const fileId = await upload('city_supervisor', await sheet([target(1)]));
    const r = await gql('suixian_supervisor', `mutation($f: ID!) { startTargetImport(fileId: $f) { id } }`, {
      f: fileId,
    });
    expect(codeOf(r)).toBe('NOT_FOUND');
    const { startLedgerExport: job } = await ok(
      'suixian_supervisor',
      `mutation { startLedgerExport { id } }`,
    );
    await waitForJob('suixian_supervisor', job.id);
    const read = `query($id: ID!) { spreadsheetJob(id: $id) { id downloadUrl } }`;
    expect(codeOf(await gql('city_supervisor', read, { id: job.id }))).toBe('NOT_FOUND');
    await importRegion({ query: (sql, p) => run.owner.query(sql, p) }, '4115');
    await ensureUser(run.owner, 'xinyang_supervisor', '4115', ['SUPERVISOR']);
    token.xinyang_supervisor = await run.api.login('xinyang_supervisor');
    expect(codeOf(await gql('xinyang_supervisor', read, { id: job.id }))).toBe('NOT_FOUND');
    const { mySpreadsheetJobs } = await ok('xinyang_supervisor', `{ mySpreadsheetJobs { id } }`);
    expect(mySpreadsheetJobs).toEqual([]);
    // The requester's own list: newest first, by kind on request.
    const own = await ok(
      'suixian_supervisor',
      `{ all: mySpreadsheetJobs(first: 3) { id kind } imports: mySpreadsheetJobs(kind: TARGET_IMPORT) { kind } }`,
    );
    expect(own.all[0]).toEqual({ id: job.id, kind: 'LEDGER_EXPORT' });
    expect(own.all.length).toBe(3);
    expect(own.imports.length).toBeGreaterThan(1);
    expect(own.imports.every((j: { kind: string }) => j.kind === 'TARGET_IMPORT')).toBe(true);
  });
});

describe('Excel out: the 台账 export', () => {
  const ledger = `query($f: SupervisionItemFilter) { supervisionItems(filter: $f, first: 200) {
    totalCount edges { node { id regNumber title deadline status target
      rollup { light progressPercent total achieved } } } } }`;

  async function exportLedger(user: string, filter: Record<string, unknown>) {
    const { startLedgerExport } = await ok(
      user,
      `mutation($f: SupervisionItemFilter) { startLedgerExport(filter: $f) { id kind status } }`,
      {
        f: filter,
      },
    );
    expect(startLedgerExport.kind).toBe('LEDGER_EXPORT');
    expect(['QUEUED', 'RUNNING', 'SUCCEEDED']).toContain(startLedgerExport.status);
    const job = await waitForJob(user, startLedgerExport.id);
    expect(job).toMatchObject({ status: 'SUCCEEDED', percent: 100, error: null });
    expect(job.downloadUrl).toMatch(/^\/files\/download\?link=/);
    return { job, wb: await download(user, job.downloadUrl) };
  }

  it('writes every item of the filtered ledger and their assignments, as dates and numbers', async () => {
    const filter = { keyword: MARK, source: ['ANNUAL_TARGET'] };
    const { job, wb } = await exportLedger('suixian_supervisor', filter);
    const { supervisionItems } = await ok('suixian_supervisor', ledger, { f: filter });
    expect(supervisionItems.totalCount).toBe(2);
    expect(job.total).toBe(4); // each item once per sheet
    // Progress went to BullMQ as well as to the row.
    const queued = await worker
      .get<Queue>(getQueueToken(QUEUES.spreadsheets))
      .getJob(`spreadsheet-${job.id}`);
    expect(queued?.progress).toEqual({ done: 4, total: 4 });
    expect(wb.worksheets.map((w) => w.name)).toEqual(['督查事项', '承办任务']);

    const items = wb.getWorksheet('督查事项')!;
    const header = (items.getRow(1).values as string[]).slice(1);
    expect(header.slice(0, 3)).toEqual(['登记编号', '事项名称', '来源']);
    expect(items.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(items.autoFilter).toBeTruthy();
    expect(items.getColumn(2).width).toBe(40);
    const at = (h: string) => header.indexOf(h) + 1;
    const rows = supervisionItems.edges.map((e: { node: Record<string, any> }) => e.node);
    expect(items.actualRowCount).toBe(rows.length + 1);
    rows.forEach((node: Record<string, any>, i: number) => {
      const row = items.getRow(i + 2);
      expect(row.getCell(at('登记编号')).value).toBe(node.regNumber);
      expect(row.getCell(at('事项名称')).value).toBe(node.title);
      const deadline = row.getCell(at('办理时限')).value;
      expect(deadline).toBeInstanceOf(Date);
      expect((deadline as Date).toISOString().slice(0, 10)).toBe(formatShanghaiDate(new Date(node.deadline)));
      expect(row.getCell(at('办理时限')).numFmt).toBe('yyyy-mm-dd');
      expect(row.getCell(at('状态')).value).toBe('督办中');
      expect(row.getCell(at('进度(%)')).value).toBe(node.rollup.progressPercent);
      expect(row.getCell(at('承办单位数')).value).toBe(node.rollup.total);
      expect(row.getCell(at('量化目标')).value).toBe(node.target);
      expect(typeof row.getCell(at('已完成')).value).toBe('number');
      expect(row.getCell(at('立项时间')).value).toBeInstanceOf(Date);
    });

    const tasks = wb.getWorksheet('承办任务')!;
    const th = (tasks.getRow(1).values as string[]).slice(1);
    const tc = (h: string) => th.indexOf(h) + 1;
    const lines = [];
    for (let r = 2; r <= tasks.actualRowCount; r++) {
      const row = tasks.getRow(r);
      lines.push([
        row.getCell(tc('事项名称')).value,
        row.getCell(tc('承办单位')).value,
        row.getCell(tc('分解指标')).value,
      ]);
      expect(row.getCell(tc('办理时限')).value).toBeInstanceOf(Date);
      expect(row.getCell(tc('上级单位')).value).toBe('睢县');
      expect(row.getCell(tc('层级')).value).toMatch(/^(镇|县直)$/);
    }
    expect(lines.sort()).toEqual(
      [
        [`${MARK}目标1`, '城关镇', 10],
        [`${MARK}目标1`, '长岗镇', 12],
        [`${MARK}目标1`, '睢县财政局', 8],
        [`${MARK}目标2`, '睢县财政局', 1200],
      ].sort(),
    );
  });

  it('applies every filter of the page and audits who exported which filter', async () => {
    const filter = { keyword: MARK, source: ['HIGHER_ASSIGNMENT'] };
    const { job, wb } = await exportLedger('suixian_supervisor', filter);
    const items = wb.getWorksheet('督查事项')!;
    expect(items.actualRowCount).toBe(2);
    expect(items.getRow(2).getCell(2).value).toBe(`${MARK}目标3`);
    const [audit] = await run.owner.query(
      `SELECT a.action, a.after, u.username FROM audit_event a JOIN app_user u ON u.id = a.actor_id WHERE a.chain_key = $1`,
      [`spreadsheet_job:${job.id}`],
    );
    expect(audit).toMatchObject({ action: 'spreadsheet.ledger_export', username: 'suixian_supervisor' });
    expect(audit.after.filter).toMatchObject(filter);
    // The city sees the county's items too, and the liaison only what reaches 城关镇.
    const { wb: city } = await exportLedger('city_supervisor', { keyword: MARK });
    expect(city.getWorksheet('督查事项')!.actualRowCount).toBe(4);
    const { wb: town } = await exportLedger('chengguan_liaison', { keyword: MARK });
    expect(town.getWorksheet('督查事项')!.actualRowCount).toBe(3);
    const townTasks = town.getWorksheet('承办任务')!;
    expect(townTasks.actualRowCount).toBe(3);
    for (let r = 2; r <= 3; r++) expect(townTasks.getRow(r).getCell(3).value).toBe('城关镇');
  });

  it('refuses a filter naming a unit the caller cannot see, recording nothing', async () => {
    const [minquan] = await run.owner.query(`SELECT id::text AS id FROM org_unit WHERE name = '民权县'`);
    const jobs = async () => (await run.owner.query(`SELECT count(*)::int AS n FROM spreadsheet_job`))[0].n;
    const before = await jobs();
    for (const field of ['issuerUnitId', 'assigneeUnitId']) {
      const r = await gql(
        'suixian_supervisor',
        `mutation($f: SupervisionItemFilter) { startLedgerExport(filter: $f) { id } }`,
        {
          f: { [field]: minquan.id },
        },
      );
      expect(codeOf(r)).toBe('NOT_FOUND');
    }
    expect(await jobs()).toBe(before);
  });

  it('gives a signed link only to the requester', async () => {
    const { job } = await exportLedger('suixian_supervisor', { keyword: MARK });
    const res = await run.api.app.inject({
      method: 'GET',
      url: job.downloadUrl,
      headers: { authorization: `Bearer ${token.city_supervisor}` },
    });
    expect(res.statusCode).toBe(404);
  });
});

describe('retries', () => {
  const processor = () => worker.get(SpreadsheetProcessor, { strict: false });
  const rerun = async (jobId: string, user: string) => {
    const [u] = await run.owner.query(
      `SELECT id::text AS "userId", tenant_id::text AS "tenantId", org_unit_id::text AS "orgUnitId", unit_path::text AS "unitPath"
         FROM app_user WHERE username = $1`,
      [user],
    );
    await processor().process({
      data: { actor: u, jobId },
      attemptsMade: 1,
      opts: { attempts: 3 },
      updateProgress: async () => undefined,
    } as unknown as Parameters<SpreadsheetProcessor['process']>[0]);
  };
  const jobRow = async (id: string) =>
    (
      await run.owner.query(
        `SELECT status, result_key AS key, done, total FROM spreadsheet_job WHERE id = $1`,
        [id],
      )
    )[0];

  it('a finished import is not run again; an export interrupted mid-run starts afresh and replaces its file', async () => {
    const [imported] = await run.owner.query(
      `SELECT id::text AS id FROM spreadsheet_job WHERE kind = 'TARGET_IMPORT' AND status = 'SUCCEEDED' ORDER BY id LIMIT 1`,
    );
    const before = await itemCount();
    await rerun(imported.id, 'suixian_supervisor');
    expect(await itemCount()).toBe(before);
    expect((await jobRow(imported.id)).status).toBe('SUCCEEDED');

    const { startLedgerExport } = await ok(
      'suixian_supervisor',
      `mutation { startLedgerExport(filter: { keyword: "${MARK}" }) { id } }`,
    );
    const done = await waitForJob('suixian_supervisor', startLedgerExport.id);
    const first = await jobRow(done.id);
    // As if the worker had died after it started: the retry runs the job again under the same key.
    await run.owner.query(`UPDATE spreadsheet_job SET status = 'RUNNING', done = 1 WHERE id = $1`, [done.id]);
    await rerun(done.id, 'suixian_supervisor');
    expect(await jobRow(done.id)).toEqual({ ...first, status: 'SUCCEEDED' });
    const { spreadsheetJob } = await ok(
      'suixian_supervisor',
      `query($id: ID!) { spreadsheetJob(id: $id) { downloadUrl } }`,
      {
        id: done.id,
      },
    );
    expect(
      (await download('suixian_supervisor', spreadsheetJob.downloadUrl)).getWorksheet('督查事项')!
        .actualRowCount,
    ).toBe(4);
  });
});
