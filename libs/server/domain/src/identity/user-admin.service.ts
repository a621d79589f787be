import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { assertPasswordAcceptable } from '@duban/rules';
import { Actor, badInput, conflict, LoginThrottle, notFound, RequestContext } from '@duban/platform';
import { AuditService } from '../audit';
import { AuthService, hashPassword } from './auth.service';
import { IdentityService } from './identity.service';
import { Role } from './role';
import { CreateUserInput, UpdateUserInput } from './user-admin.dto';
import { UserEntity } from './user.entity';

const USER = { zh: '用户', en: 'User' };
const UNIT = { zh: '单位', en: 'Unit' };
const USERNAME = /^[A-Za-z0-9_.-]{3,32}$/;

/** 用户管理 for ADMINs: accounts in their own subtree only; every change audited. */
@Injectable()
export class UserAdminService {
  constructor(
    private readonly audit: AuditService,
    private readonly identity: IdentityService,
    private readonly throttle: LoginThrottle,
    private readonly auth: AuthService,
  ) {}

  async create(ctx: RequestContext, input: CreateUserInput): Promise<UserEntity> {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const username = input.username.trim();
    if (!USERNAME.test(username))
      throw badInput(
        {
          zh: '用户名须为3–32位字母、数字或 _ . -',
          en: 'The username must be 3–32 letters, digits, _ . or -',
        },
        'username',
      );
    const displayName = required(input.displayName, 'displayName', { zh: '姓名', en: 'Display name' });
    checkRoles(input.roles);
    assertPasswordAcceptable(input.password, { username });
    const unit = await unitInScope(em, actor, input.orgUnitId);
    const hash = await hashPassword(input.password);
    let row: { id: string };
    try {
      [row] = await em.query(
        `INSERT INTO app_user (tenant_id, org_unit_id, unit_path, username, display_name, password_hash, roles)
         VALUES ($1, $2, $3::ltree, $4, $5, $6, $7::user_role[]) RETURNING id`,
        [unit.tenant_id, unit.id, unit.path, username, displayName, hash, input.roles],
      );
    } catch (err) {
      // Usernames are unique across tenants; say so without telling whose it is.
      if ((err as { code?: string }).code === '23505')
        throw conflict({ zh: `用户名“${username}”已被占用`, en: `The username "${username}" is taken` });
      throw err;
    }
    await this.log(em, actor, row.id, unit.path, 'user.created', null, {
      username,
      displayName,
      orgUnitId: String(unit.id),
      roles: input.roles,
    });
    return this.reload(ctx, row.id);
  }

  async update(ctx: RequestContext, id: string, input: UpdateUserInput): Promise<UserEntity> {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const before = await this.lock(em, actor, id);
    const self = String(before.id) === actor.userId;
    if (self && (input.active === false || (input.roles && !input.roles.includes(Role.ADMIN))))
      throw conflict({
        zh: '不能停用自己或取消自己的管理员角色',
        en: 'You cannot deactivate yourself or drop your own ADMIN role',
      });
    if (input.roles) checkRoles(input.roles);
    const unit = input.orgUnitId ? await unitInScope(em, actor, input.orgUnitId) : null;
    const displayName =
      input.displayName != null
        ? required(input.displayName, 'displayName', { zh: '姓名', en: 'Display name' })
        : null;
    // Deactivation ends every session at once, for good: tokens issued before it stay refused after
    // a reactivation (tokens_valid_after; clock time, not the transaction's start).
    await em.query(
      `UPDATE app_user SET display_name = coalesce($2, display_name), roles = coalesce($3::user_role[], roles),
         active = coalesce($4, active), org_unit_id = coalesce($5, org_unit_id),
         unit_path = coalesce($6::ltree, unit_path),
         tokens_valid_after = CASE WHEN $4::boolean IS FALSE THEN clock_timestamp() ELSE tokens_valid_after END
       WHERE id = $1`,
      [id, displayName, input.roles ?? null, input.active ?? null, unit?.id ?? null, unit?.path ?? null],
    );
    this.auth.forgetSession(id);
    // 启用 also lifts a sign-in lock (too many failed attempts), as a password reset does.
    if (input.active === true) await this.throttle.clearAccount(before.username);
    const after = {
      displayName: displayName ?? before.display_name,
      roles: input.roles ?? before.roles,
      active: input.active ?? before.active,
      orgUnitId: String(unit?.id ?? before.org_unit_id),
    };
    await this.log(em, actor, id, unit?.path ?? before.unit_path, 'user.updated', pick(before), after);
    return this.reload(ctx, id);
  }

  async resetPassword(ctx: RequestContext, id: string, password: string): Promise<boolean> {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const before = await this.lock(em, actor, id);
    assertPasswordAcceptable(password, { username: before.username });
    // Every token issued before the reset stops working (tokens_valid_after), and a lock is lifted.
    await em.query(
      `UPDATE app_user SET password_hash = $2, tokens_valid_after = clock_timestamp() WHERE id = $1`,
      [id, await hashPassword(password)],
    );
    this.auth.forgetSession(id);
    await this.throttle.clearAccount(before.username);
    // The audit keeps that it happened, never the secret.
    await this.log(em, actor, id, before.unit_path, 'user.password_reset', null, null);
    return true;
  }

  private async lock(em: EntityManager, actor: Actor, id: string) {
    if (!/^\d+$/.test(id)) throw notFound(USER, id);
    const [row] = await em.query(
      `SELECT id, username, display_name, roles::text[] AS roles, active, org_unit_id, unit_path::text AS unit_path
         FROM app_user WHERE id = $1 AND unit_path <@ $2::ltree FOR UPDATE`,
      [id, actor.unitPath],
    );
    if (!row) throw notFound(USER, id);
    return row as {
      id: string;
      username: string;
      display_name: string;
      roles: string[];
      active: boolean;
      org_unit_id: string;
      unit_path: string;
    };
  }

  private async reload(ctx: RequestContext, id: string): Promise<UserEntity> {
    // The request's memoised loader may still hold the row as it was before the change.
    const user = await this.identity.byId(ctx).clear(id).load(id);
    if (!user) throw notFound(USER, id);
    return user;
  }

  private log(
    em: EntityManager,
    actor: Actor,
    id: string,
    unitPath: string,
    action: string,
    before: unknown,
    after: unknown,
  ) {
    return this.audit.append(em, actor, { chainKey: `user:${id}`, unitPath, action, before, after });
  }
}

function pick(u: { display_name: string; roles: string[]; active: boolean; org_unit_id: string }) {
  return { displayName: u.display_name, roles: u.roles, active: u.active, orgUnitId: String(u.org_unit_id) };
}

async function unitInScope(em: EntityManager, actor: Actor, unitId: string) {
  const [unit] = /^\d+$/.test(unitId)
    ? await em.query(
        `SELECT id, tenant_id, path::text AS path FROM org_unit WHERE id = $1 AND path <@ $2::ltree`,
        [unitId, actor.unitPath],
      )
    : [];
  if (!unit) throw notFound(UNIT, unitId);
  return unit as { id: string; tenant_id: string; path: string };
}

function required(value: string, field: string, label: { zh: string; en: string }): string {
  const v = value.trim();
  if (!v || v.length > 64)
    throw badInput({ zh: `${label.zh}须为1–64个字符`, en: `${label.en} must be 1–64 characters` }, field);
  return v;
}

function checkRoles(roles: Role[]) {
  if (!roles.length) throw badInput({ zh: '请至少选择一个角色', en: 'Choose at least one role' }, 'roles');
}
