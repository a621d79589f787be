/**
 * Imports (or re-syncs) the org tree of one region — see division-source.ts for the data and
 * department-catalog.ts for the generated departments.
 *
 * Set-based: one INSERT … SELECT FROM unnest(arrays) per level of the tree (root, cities, counties,
 * townships, then the departments by level), split into chunks of at most IMPORT_CHUNK rows; ids
 * come from nextval('org_unit_id_seq') in a materialised CTE so each row's path is
 * parent.path || id and tenant_id is the root's id, all computed by Postgres from the parent row.
 * Six array parameters per statement, whatever the number of rows: far from the 65,535 limit.
 * Levels are kinds rather than depths, because a level can be skipped (济源市 hangs under 河南省);
 * a parent always has a lower kind than its children, so parents are always inserted first.
 *
 * Idempotent: existing codes are left alone unless name, kind, subtype or sort differ (then updated,
 * with an IS DISTINCT FROM guard so no row is rewritten needlessly); missing units are inserted.
 * A second run inserts nothing, updates nothing and consumes no sequence values.
 *
 * Overlaps: every existing unit of the region must belong to the tree of the region's root. If 4114
 * was imported as its own tenant and 41 is requested, the import is refused (a unit can belong to one
 * tenant only). Re-syncing a subtree of an existing tree (4114 when 41 was imported, 411422 inside
 * 4114) is allowed: nothing new becomes a tenant, missing units join the existing tree.
 *
 * Connections and transactions: the caller decides. The owner connection (tools/org-import.ts,
 * the test seed) can create new tenants; under row-level security (a TenantSession of the tree's
 * admin, as the worker does) only the caller's own subtree can be re-synced. Run it inside a
 * transaction to make the import atomic and to serialise concurrent imports (a transaction-level
 * advisory lock is taken); without one every statement commits on its own and an interrupted
 * import simply resumes on the next run.
 */
import { planRegion, PlannedUnit } from './import-plan';
import { OrgKind } from '../org-unit.entity';

/** Anything that runs SQL and returns rows: a TenantSession, a DataSource, a wrapped pg Client. */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown[]>;
}

export interface ImportProgress {
  /** 'compare', 'update', 'root', 'cities', 'counties', 'townships', 'departments 县直' … */
  phase: string;
  /** Units of this phase present so far (already existing + inserted). */
  done: number;
  total: number;
  /** Units of this phase inserted so far by this run. */
  inserted: number;
}

export interface ImportResult {
  rootId: string;
  rootCode: string;
  rootName: string;
  inserted: number;
  updated: number;
  /** Units of the region (administrative units and generated departments). */
  total: number;
  ms: number;
}

/** Maximum rows per INSERT / UPDATE statement. */
export const IMPORT_CHUNK = 10_000;

interface ExistingRow {
  id: string;
  code: string;
  tenant_id: string;
  parent_code: string | null;
  name: string;
  kind: string;
  subtype: string | null;
  sort: number;
  tenant_code: string | null;
  tenant_name: string | null;
}

const PHASE: Record<OrgKind, string> = {
  [OrgKind.PROVINCE]: 'provinces',
  [OrgKind.CITY]: 'cities',
  [OrgKind.COUNTY]: 'counties',
  [OrgKind.TOWNSHIP]: 'townships',
  [OrgKind.DEPARTMENT]: 'departments',
};

const LOCK_SQL = `SELECT pg_advisory_xact_lock(hashtext('duban.org-import'))`;

const EXISTING_SQL = `
  SELECT o.id::text AS id, o.code, o.tenant_id::text AS tenant_id, p.code AS parent_code, o.name,
         o.kind::text AS kind, o.subtype, o.sort, t.code AS tenant_code, t.name AS tenant_name
    FROM org_unit o
    LEFT JOIN org_unit p ON p.id = o.parent_id
    LEFT JOIN org_unit t ON t.id = o.tenant_id
   WHERE o.code = ANY($1::text[])`;

const UPDATE_SQL = `
  WITH changed AS (
    UPDATE org_unit o
       SET name = v.name, kind = v.kind::org_kind, subtype = v.subtype, sort = COALESCE(v.sort, o.sort)
      FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[]) AS v(code, name, kind, subtype, sort)
     WHERE o.code = v.code
       AND (o.name, o.kind, o.subtype, o.sort)
           IS DISTINCT FROM (v.name, v.kind::org_kind, v.subtype, COALESCE(v.sort, o.sort))
    RETURNING o.id)
  SELECT count(*)::int AS n FROM changed`;

const INSERT_ROOT_SQL = `
  WITH n AS MATERIALIZED (SELECT nextval('org_unit_id_seq') AS id),
  ins AS (
    INSERT INTO org_unit (id, tenant_id, parent_id, path, kind, subtype, name, code, depth, sort)
    SELECT n.id, n.id, NULL, n.id::text::ltree, $1::org_kind, $2, $3, $4, 0, 0 FROM n
    RETURNING id)
  SELECT id::text AS id FROM ins`;

const INSERT_CHILDREN_SQL = `
  WITH n AS MATERIALIZED (
    SELECT nextval('org_unit_id_seq') AS id, v.*
      FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[])
           AS v(code, parent_code, name, kind, subtype, sort)),
  ins AS (
    INSERT INTO org_unit (id, tenant_id, parent_id, path, kind, subtype, name, code, depth, sort)
    SELECT n.id, p.tenant_id, p.id, p.path || n.id::text, n.kind::org_kind, n.subtype, n.name, n.code,
           p.depth + 1, n.sort
      FROM n JOIN org_unit p ON p.code = n.parent_code
    RETURNING id)
  SELECT count(*)::int AS n FROM ins`;

function bilingual(zh: string, en: string): Error {
  return new Error(`${zh} / ${en}`);
}

function chunks<T>(items: T[], size = IMPORT_CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function phaseOf(u: PlannedUnit): string {
  if (u.parentCode === null) return 'root';
  return u.kind === OrgKind.DEPARTMENT ? `departments ${u.subtype}` : PHASE[u.kind];
}

/**
 * Imports the region ('41', '4114' or a 6-digit county code) into org_unit; see the file comment.
 * Throws a bilingual (Chinese / English) Error for unknown regions and overlapping trees.
 */
export async function importRegion(
  db: Queryable,
  region: string,
  onProgress?: (p: ImportProgress) => void,
): Promise<ImportResult> {
  const started = performance.now();
  const { root, units } = planRegion(region);
  const label = `${region}（${root.name}）`;
  const labelEn = `${region} (${root.name})`;

  await db.query(LOCK_SQL);
  const existing = new Map(
    ((await db.query(EXISTING_SQL, [units.map((u) => u.code)])) as ExistingRow[]).map((r) => [r.code, r]),
  );
  const rootRow = existing.get(root.code);

  // 1. Overlaps: every existing unit of the region must already belong to the root's tree.
  const foreign = [...existing.values()].filter((r) => !rootRow || r.tenant_id !== rootRow.tenant_id);
  if (foreign.length) {
    const trees = [
      ...new Set(foreign.map((r) => `${r.tenant_name ?? '?'}（${r.tenant_code ?? r.tenant_id}）`)),
    ];
    const treesEn = [
      ...new Set(foreign.map((r) => `${r.tenant_name ?? '?'} (${r.tenant_code ?? r.tenant_id})`)),
    ];
    throw bilingual(
      `区划 ${label}与已导入的组织架构重叠：${trees.join('、')}已作为另一棵树的根导入（共 ${foreign.length} 个单位），根节点不同，拒绝导入，以免同一单位属于两个租户`,
      `region ${labelEn} overlaps an existing org tree with a different root: ${treesEn.join(', ')} was imported as the root of its own tree (${foreign.length} units); refusing to import so that no unit belongs to two tenants`,
    );
  }
  // 2. The importer never moves existing units.
  for (const u of units) {
    const r = existing.get(u.code);
    if (r && u.parentCode !== null && r.parent_code !== u.parentCode)
      throw bilingual(
        `单位 ${u.name}（${u.code}）在数据库中的上级（${r.parent_code ?? '无'}）与区划数据（${u.parentCode}）不一致；导入不会移动已有单位`,
        `unit ${u.name} (${u.code}) has parent ${r.parent_code ?? 'none'} in the database but ${u.parentCode} in the division data; the importer does not move existing units`,
      );
  }
  onProgress?.({ phase: 'compare', done: existing.size, total: units.length, inserted: 0 });

  // 3. Updates, only where something actually differs (the root keeps its sort: it may sit in a larger tree).
  const changed = units.filter((u) => {
    const r = existing.get(u.code);
    return (
      r !== undefined &&
      (r.name !== u.name ||
        r.kind !== u.kind ||
        (r.subtype ?? null) !== u.subtype ||
        (u.parentCode !== null && Number(r.sort) !== u.sort))
    );
  });
  let updated = 0;
  for (const part of chunks(changed)) {
    const [row] = (await db.query(UPDATE_SQL, [
      part.map((u) => u.code),
      part.map((u) => u.name),
      part.map((u) => u.kind),
      part.map((u) => u.subtype),
      part.map((u) => (u.parentCode === null ? null : u.sort)),
    ])) as { n: number }[];
    updated += row.n;
    onProgress?.({ phase: 'update', done: updated, total: changed.length, inserted: 0 });
  }

  // 4. Inserts, level by level (units are ordered parents-first by kind, see import-plan.ts).
  const phases = new Map<string, { total: number; fresh: PlannedUnit[] }>();
  for (const u of units) {
    const key = phaseOf(u);
    let p = phases.get(key);
    if (!p) phases.set(key, (p = { total: 0, fresh: [] }));
    p.total++;
    if (!existing.has(u.code)) p.fresh.push(u);
  }
  let rootId = rootRow?.id;
  let inserted = 0;
  try {
    for (const [phase, { total, fresh }] of phases) {
      let done = total - fresh.length;
      let phaseInserted = 0;
      if (!fresh.length) {
        onProgress?.({ phase, done, total, inserted: 0 });
      } else if (phase === 'root') {
        const [row] = (await db.query(INSERT_ROOT_SQL, [root.kind, root.subtype, root.name, root.code])) as {
          id: string;
        }[];
        rootId = row.id;
        phaseInserted = 1;
        onProgress?.({ phase, done: ++done, total, inserted: phaseInserted });
      } else {
        for (const part of chunks(fresh)) {
          const [row] = (await db.query(INSERT_CHILDREN_SQL, [
            part.map((u) => u.code),
            part.map((u) => u.parentCode),
            part.map((u) => u.name),
            part.map((u) => u.kind),
            part.map((u) => u.subtype),
            part.map((u) => u.sort),
          ])) as { n: number }[];
          if (row.n !== part.length)
            throw bilingual(
              `${phase}：${part.length - row.n} 个单位找不到上级，导入中止`,
              `${phase}: ${part.length - row.n} units found no parent; import aborted`,
            );
          done += row.n;
          phaseInserted += row.n;
          onProgress?.({ phase, done, total, inserted: phaseInserted });
        }
      }
      inserted += phaseInserted;
    }
  } catch (err) {
    throw explain(err, label, labelEn);
  }

  if (!rootId) throw new Error(`org import ${region}: root was neither found nor inserted`);
  // Fresh statistics: without them the planner misjudges path joins right after a bulk load (a
  // province's roll-up rebuild took minutes instead of seconds). As the app role this is a no-op warning.
  if (inserted) await db.query(`ANALYZE org_unit`);
  return {
    rootId,
    rootCode: root.code,
    rootName: root.name,
    inserted,
    updated,
    total: units.length,
    ms: Math.round(performance.now() - started),
  };
}

/** Unique-code and RLS violations get a message that says what happened. */
function explain(err: unknown, label: string, labelEn: string): unknown {
  const e = err as { code?: string; driverError?: { code?: string } };
  const code = e?.code ?? e?.driverError?.code;
  if (code === '23505')
    return bilingual(
      `区划 ${label} 与已有的组织架构重叠（有单位代码已被另一棵树占用，当前连接可能看不到它），拒绝导入`,
      `region ${labelEn} overlaps an existing org tree (a unit code is taken by another tree that this connection may not see); refusing to import`,
    );
  if (code === '42501')
    return bilingual(
      `无权在当前范围内导入区划 ${label}：新建租户需要数据库所有者连接（npm run org:import）`,
      `not allowed to import region ${labelEn} in the current scope: creating a tenant needs the owner connection (npm run org:import)`,
    );
  return err;
}
