import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor, badInput, conflict, notFound, RequestContext } from '@duban/platform';
import { AuditService } from '../audit';
import { OrgUnitEntity } from './org-unit.entity';
import { OrgService } from './org.service';

const UNIT = { zh: '单位', en: 'Unit' };
const SUBTYPE_BY_PARENT: Record<string, string> = {
  PROVINCE: '省直',
  CITY: '市直',
  COUNTY: '县直',
  TOWNSHIP: '乡直',
};

/**
 * 组织架构维护 for ADMINs: departments the national division data does not know (a new 专班, a
 * renamed bureau). Administrative divisions themselves come only from the import. Codes of manual
 * units are `<parent code>-M<nn>`, which the importer never generates, so a re-sync leaves them be.
 */
@Injectable()
export class OrgAdminService {
  constructor(
    private readonly audit: AuditService,
    private readonly org: OrgService,
  ) {}

  async createDepartment(ctx: RequestContext, parentId: string, name: string): Promise<OrgUnitEntity> {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const unitName = checkName(name);
    const parent = await this.lock(em, actor, parentId);
    if (parent.kind === 'DEPARTMENT')
      throw badInput({ zh: '部门下不能再设部门', en: 'A department cannot hold departments' }, 'parentId');
    const [dup] = await em.query(`SELECT 1 FROM org_unit WHERE parent_id = $1 AND name = $2`, [
      parent.id,
      unitName,
    ]);
    if (dup) throw conflict({ zh: `“${unitName}”已存在`, en: `"${unitName}" already exists here` });
    const [{ seq }] = await em.query(
      `SELECT count(*)::int + 1 AS seq FROM org_unit WHERE parent_id = $1 AND code LIKE $2`,
      [parent.id, `${parent.code}-M%`],
    );
    const [row] = await em.query(
      `INSERT INTO org_unit (id, tenant_id, parent_id, path, kind, subtype, name, code, depth, sort)
       SELECT n.id, p.tenant_id, p.id, p.path || n.id::text, 'DEPARTMENT', $2, $3, $4, p.depth + 1,
              coalesce((SELECT max(sort) FROM org_unit WHERE parent_id = p.id), 0) + 1
         FROM (SELECT nextval('org_unit_id_seq') AS id) n, org_unit p WHERE p.id = $1
       RETURNING id, path::text AS path`,
      [
        parent.id,
        SUBTYPE_BY_PARENT[parent.kind],
        unitName,
        `${parent.code}-M${String(seq).padStart(2, '0')}`,
      ],
    );
    await this.audit.append(em, actor, {
      chainKey: `org:${row.id}`,
      unitPath: row.path,
      action: 'org.department_created',
      after: { name: unitName, parentId: String(parent.id) },
    });
    return this.reload(ctx, row.id);
  }

  async rename(ctx: RequestContext, id: string, name: string): Promise<OrgUnitEntity> {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const unitName = checkName(name);
    const unit = await this.lock(em, actor, id);
    if (unit.kind !== 'DEPARTMENT')
      throw badInput(
        {
          zh: '行政区划的名称以国家区划数据为准，只能修改部门名称',
          en: 'Administrative divisions keep their official names; only departments can be renamed',
        },
        'id',
      );
    await em.query(`UPDATE org_unit SET name = $2 WHERE id = $1`, [id, unitName]);
    await this.audit.append(em, actor, {
      chainKey: `org:${id}`,
      unitPath: unit.path,
      action: 'org.renamed',
      before: { name: unit.name },
      after: { name: unitName },
    });
    return this.reload(ctx, id);
  }

  /** Only inside the caller's own subtree (ancestors are readable, never writable). */
  private async lock(em: EntityManager, actor: Actor, id: string) {
    const [unit] = /^\d+$/.test(id)
      ? await em.query(
          `SELECT id, kind, code, name, path::text AS path FROM org_unit WHERE id = $1 AND path <@ $2::ltree FOR UPDATE`,
          [id, actor.unitPath],
        )
      : [];
    if (!unit) throw notFound(UNIT, id);
    return unit as { id: string; kind: string; code: string; name: string; path: string };
  }

  private async reload(ctx: RequestContext, id: string): Promise<OrgUnitEntity> {
    const unit = await this.org.byId(ctx).clear(id).load(id);
    if (!unit) throw notFound(UNIT, id);
    return unit;
  }
}

function checkName(name: string): string {
  const v = name.trim();
  if (!v || v.length > 100)
    throw badInput({ zh: '单位名称须为1–100个字符', en: 'The name must be 1–100 characters' }, 'name');
  return v;
}
