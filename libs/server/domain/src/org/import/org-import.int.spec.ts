/**
 * The org-tree importer against the real database. globalSetup (test/support/seed.ts) already
 * imported region 4114 (商丘市) on the owner connection. Everything that writes runs in a
 * transaction that is rolled back, so other suites sharing the database see the seeded tree only.
 */
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { scopeOf, session, testDataSources } from '@duban/testing';
import { OrgKind } from '../org-unit.entity';
import { ImportProgress, importRegion, planRegion, Queryable } from './index';

/** 睢县's 20 乡镇 ("全县20个乡镇", seed article 003) as the 2022 division data names them, in code order. */
const SUIXIAN_TOWNSHIPS = [
  '凤城街道',
  '董店街道',
  '长岗镇',
  '平岗镇',
  '周堂镇',
  '蓼堤镇',
  '西陵寺镇',
  '城关镇',
  '潮庄镇',
  '尚屯镇',
  '后台乡',
  '河集乡',
  '孙聚寨乡',
  '白楼乡',
  '河堤乡',
  '白庙乡',
  '胡堂乡',
  '尤吉屯乡',
  '涧岗乡',
  '匡城乡',
];

let app: DataSource;
let owner: DataSource;
let close: () => Promise<void>;
let root: { id: string; tenantId: string; path: string };
/** Departments added by hand (code `<parent>-Mnn`, see OrgAdminService) are not part of the imported tree. */
const IMPORTED = `code NOT LIKE '%-M%'`;

const ownerDb: Queryable = { query: (sql, params) => owner.query(sql, params) };

beforeAll(async () => {
  ({ app, owner, close } = await testDataSources());
  root = await scopeOf(owner, '4114');
});

afterAll(async () => close());

/** Runs fn on a dedicated owner connection inside a transaction that is always rolled back. */
async function rolledBack<T>(
  fn: (db: Queryable, client: Client) => Promise<T>,
  isolation = 'READ COMMITTED',
): Promise<T> {
  const client = new Client({ connectionString: process.env.DATABASE_ADMIN_URL });
  await client.connect();
  try {
    await client.query(`BEGIN ISOLATION LEVEL ${isolation}`);
    return await fn({ query: async (sql, params) => (await client.query(sql, params)).rows }, client);
  } finally {
    await client.query('ROLLBACK').catch(() => undefined);
    await client.end();
  }
}

async function count(sql: string, params: unknown[] = []): Promise<number> {
  const [{ n }] = await owner.query(`SELECT count(*)::int AS n FROM (${sql}) s`, params);
  return n;
}

describe('the seeded 商丘市 tree (region 4114)', () => {
  it('is its own tenant rooted at 商丘市', async () => {
    const [r] = await owner.query(
      `SELECT id::text, tenant_id::text, parent_id, path::text, kind, subtype, name, depth FROM org_unit WHERE code = '4114'`,
    );
    expect(r).toEqual({
      id: root.id,
      tenant_id: root.id,
      parent_id: null,
      path: root.id,
      kind: OrgKind.CITY,
      subtype: null,
      name: '商丘市',
      depth: 0,
    });
    expect(await count(`SELECT 1 FROM org_unit WHERE tenant_id = $1 AND ${IMPORTED}`, [root.id])).toBe(3519);
  });

  it('has 11 county-level units and 199 townships', async () => {
    const counties = await owner.query(
      `SELECT code, name, subtype FROM org_unit WHERE tenant_id = $1 AND kind = 'COUNTY' ORDER BY sort`,
      [root.id],
    );
    expect(counties).toHaveLength(11);
    expect(counties.map((c: { name: string }) => c.name)).toEqual([
      '梁园区',
      '睢阳区',
      '民权县',
      '睢县',
      '宁陵县',
      '柘城县',
      '虞城县',
      '夏邑县',
      '豫东综合物流产业聚集区',
      '河南商丘经济开发区',
      '永城市',
    ]);
    expect(counties.map((c: { subtype: string }) => c.subtype)).toEqual([
      '区',
      '区',
      '县',
      '县',
      '县',
      '县',
      '县',
      '县',
      '其他',
      '其他',
      '县级市',
    ]);
    expect(await count(`SELECT 1 FROM org_unit WHERE tenant_id = $1 AND kind = 'TOWNSHIP'`, [root.id])).toBe(
      199,
    );
  });

  it('gives 睢县 exactly the 20 乡镇 of the seed article', async () => {
    const towns = await owner.query(
      `SELECT t.name, t.subtype FROM org_unit t JOIN org_unit c ON c.id = t.parent_id
        WHERE c.code = '411422' AND t.kind = 'TOWNSHIP' ORDER BY t.sort`,
    );
    expect(towns.map((t: { name: string }) => t.name)).toEqual(SUIXIAN_TOWNSHIPS);
    const bySubtype = (s: string) => towns.filter((t: { subtype: string }) => t.subtype === s).length;
    expect([bySubtype('街道'), bySubtype('镇'), bySubtype('乡')]).toEqual([2, 8, 10]);
  });

  it('generates the departments of every level', async () => {
    const rows: {
      parent_kind: string;
      zone: boolean;
      subtype: string;
      parents: number;
      min: number;
      max: number;
    }[] = await owner.query(
      `SELECT parent_kind, zone, subtype, count(*)::int AS parents, min(n)::int AS min, max(n)::int AS max FROM (
           SELECT p.kind::text AS parent_kind, p.code ~ '^\\d{4}7[1-9]$' AS zone, d.subtype, p.id, count(*) AS n
             FROM org_unit d JOIN org_unit p ON p.id = d.parent_id
            WHERE d.tenant_id = $1 AND d.kind = 'DEPARTMENT' AND d.${IMPORTED}
            GROUP BY 1, 2, 3, 4) s
          GROUP BY 1, 2, 3 ORDER BY 1, 2`,
      [root.id],
    );
    expect(rows).toEqual([
      { parent_kind: 'CITY', zone: false, subtype: '市直', parents: 1, min: 60, max: 60 },
      { parent_kind: 'COUNTY', zone: false, subtype: '县直', parents: 9, min: 92, max: 92 },
      { parent_kind: 'COUNTY', zone: true, subtype: '县直', parents: 2, min: 16, max: 16 },
      { parent_kind: 'TOWNSHIP', zone: false, subtype: '乡直', parents: 199, min: 12, max: 12 },
    ]);
    const named = await owner.query(
      `SELECT code, name FROM org_unit WHERE name IN ('睢县财政局', '白庙乡党政综合办公室', '商丘市教育局', '商丘市委督查委员会办公室') ORDER BY code COLLATE "C"`,
    );
    expect(named).toEqual([
      { code: '4114-D11', name: '商丘市委督查委员会办公室' },
      { code: '4114-D20', name: '商丘市教育局' },
      { code: '411422-D28', name: '睢县财政局' },
      { code: '411422206-D01', name: '白庙乡党政综合办公室' },
    ]);
  });

  it('keeps path = parent path || id, depth = parent depth + 1 and tenant_id = root id on every row', async () => {
    const bad = await count(
      `SELECT o.id FROM org_unit o LEFT JOIN org_unit p ON p.id = o.parent_id
        WHERE (o.tenant_id = $1 OR o.path <@ $2::ltree)
          AND NOT CASE WHEN o.parent_id IS NULL
                       THEN o.path = o.id::text::ltree AND o.depth = 0 AND o.tenant_id = o.id
                       ELSE o.path = p.path || o.id::text AND o.depth = p.depth + 1 AND o.tenant_id = p.tenant_id END`,
      [root.id, root.path],
    );
    expect(bad).toBe(0);
    expect(
      await count(`SELECT 1 FROM org_unit WHERE path <@ $1::ltree AND tenant_id <> $2`, [root.path, root.id]),
    ).toBe(0);
  });
});

describe('importRegion', () => {
  it('changes nothing when re-run: 0 inserted, 0 updated, every row untouched (xmin)', async () => {
    await rolledBack(async (db) => {
      const snapshot = `SELECT id::text, xmin::text FROM org_unit WHERE tenant_id = $1 AND ${IMPORTED} ORDER BY id`;
      const before = await db.query(snapshot, [root.id]);
      const progress: ImportProgress[] = [];
      const result = await importRegion(db, '4114', (p) => progress.push(p));
      expect(result).toMatchObject({
        rootId: root.id,
        rootName: '商丘市',
        inserted: 0,
        updated: 0,
        total: 3519,
      });
      expect(await db.query(snapshot, [root.id])).toEqual(before);
      expect(before).toHaveLength(3519);
      expect(progress.map((p) => p.phase)).toEqual([
        'compare',
        'root',
        'counties',
        'townships',
        'departments 市直',
        'departments 县直',
        'departments 乡直',
      ]);
      expect(progress.find((p) => p.phase === 'townships')).toEqual({
        phase: 'townships',
        done: 199,
        total: 199,
        inserted: 0,
      });
    }, 'REPEATABLE READ');
  });

  it('updates only what differs and inserts only what is missing', async () => {
    await rolledBack(async (db) => {
      const plan = planRegion('4114').units;
      const lastTown = plan.filter((u) => u.parentCode === '411481' && u.kind === OrgKind.TOWNSHIP).at(-1)!;
      const gone = `${lastTown.code}-D12`;
      await db.query(`UPDATE org_unit SET name = '改名测试' WHERE code = '411481-D92'`);
      await db.query(`UPDATE org_unit SET sort = 7 WHERE code = '411481-D91'`);
      await db.query(`DELETE FROM org_unit WHERE code = $1`, [gone]);
      const snapshot = `SELECT code, xmin::text FROM org_unit WHERE tenant_id = $1 AND code <> ALL($2) ORDER BY code`;
      const touched = ['411481-D92', '411481-D91', gone];
      const before = await db.query(snapshot, [root.id, touched]);

      const result = await importRegion(db, '4114');
      expect(result).toMatchObject({ inserted: 1, updated: 2, total: 3519 });
      const rows = await db.query(
        `SELECT o.code, o.name, o.sort, o.depth, o.path = p.path || o.id::text AS path_ok, o.tenant_id::text AS tenant
           FROM org_unit o JOIN org_unit p ON p.id = o.parent_id WHERE o.code = ANY($1) ORDER BY o.code COLLATE "C"`,
        [touched],
      );
      expect(rows).toEqual([
        {
          code: '411481-D91',
          name: '永城市归国华侨联合会',
          sort: 1091,
          depth: 2,
          path_ok: true,
          tenant: root.id,
        },
        {
          code: '411481-D92',
          name: '永城市关心下一代工作委员会',
          sort: 1092,
          depth: 2,
          path_ok: true,
          tenant: root.id,
        },
        { code: gone, name: `${lastTown.name}卫生院`, sort: 1012, depth: 3, path_ok: true, tenant: root.id },
      ]);
      expect(await db.query(snapshot, [root.id, touched])).toEqual(before);
    });
  });

  it('refuses a region that overlaps an existing tree with a different root', async () => {
    await expect(importRegion(ownerDb, '41')).rejects.toThrow(
      /区划 41（河南省）与已导入的组织架构重叠：.*商丘市（4114）.*overlaps an existing org tree with a different root/,
    );
    expect(await count(`SELECT 1 FROM org_unit WHERE code = '41' OR code LIKE '41-D%'`)).toBe(0);
  });

  it('re-syncs a subtree of an existing tree (睢县 inside 商丘市) without making it a tenant', async () => {
    const suixian = await scopeOf(owner, '411422');
    await rolledBack(async (db) => {
      const result = await importRegion(db, '411422');
      expect(result).toMatchObject({ rootId: suixian.id, inserted: 0, updated: 0, total: 353 });
    }, 'REPEATABLE READ');
    expect(suixian.tenantId).toBe(root.id);
  });

  it('imports a county-level region as a new tenant (rolled back)', async () => {
    await rolledBack(async (db) => {
      const result = await importRegion(db, '410102');
      expect(result).toMatchObject({
        rootName: '中原区',
        inserted: planRegion('410102').units.length,
        updated: 0,
      });
      const [r] = await db.query(
        `SELECT id::text, tenant_id::text, kind, subtype, depth, path::text FROM org_unit WHERE code = '410102'`,
      );
      expect(r).toEqual({
        id: result.rootId,
        tenant_id: result.rootId,
        kind: 'COUNTY',
        subtype: '区',
        depth: 0,
        path: result.rootId,
      });
      const [{ n }] = (await db.query(
        `SELECT count(*)::int AS n FROM org_unit WHERE tenant_id = $1 AND path <@ $2::ltree`,
        [result.rootId, result.rootId],
      )) as { n: number }[];
      expect(n).toBe(result.total);
    });
  });

  it('re-syncs under row-level security as the tenant (the worker path)', async () => {
    const s = session(app, { tenantId: root.tenantId, path: root.path });
    try {
      await s.query(`DELETE FROM org_unit WHERE code = '411422206-D12'`);
      const result = await importRegion(s, '4114');
      expect(result).toMatchObject({ rootId: root.id, inserted: 1, updated: 0 });
      const [row] = await s.query<{ name: string; tenant_id: string }>(
        `SELECT name, tenant_id::text FROM org_unit WHERE code = '411422206-D12'`,
      );
      expect(row).toEqual({ name: '白庙乡卫生院', tenant_id: root.id });
    } finally {
      await s.finish(false);
    }
  });

  it('imports a whole city quickly (南阳市, rolled back; measured, not a timed test)', async () => {
    await rolledBack(async (db) => {
      const phases: string[] = [];
      const result = await importRegion(db, '4113', (p) => phases.push(p.phase));
      console.log(`org import 4113 南阳市: ${result.inserted} units in ${result.ms} ms`);
      expect(result.inserted).toBe(result.total);
      expect(result.ms).toBeLessThan(30_000);
      expect(phases).toContain('departments 乡直');
    });
  });
});
