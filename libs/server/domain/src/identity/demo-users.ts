import { hashPassword } from './auth.service';
import { Role } from './role';

type Query = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

export const DEMO_PASSWORD = 'Duban@2026';

/** Demo accounts for the 商丘市 demo tenant; unit is found by administrative code or by name. */
export const DEMO_USERS: { username: string; displayName: string; unit: string; roles: Role[] }[] = [
  { username: 'admin', displayName: '系统管理员', unit: '4114', roles: [Role.ADMIN] },
  { username: 'city_supervisor', displayName: '市督查室 王督查', unit: '4114', roles: [Role.SUPERVISOR] },
  { username: 'city_leader', displayName: '市委 李书记', unit: '4114', roles: [Role.LEADER] },
  {
    username: 'suixian_supervisor',
    displayName: '睢县督查室 赵督查',
    unit: '411422',
    roles: [Role.SUPERVISOR],
  },
  { username: 'suixian_leader', displayName: '睢县 周县长', unit: '411422', roles: [Role.LEADER] },
  {
    username: 'chengguan_liaison',
    displayName: '城关镇联络员 刘敏',
    unit: '411422105',
    roles: [Role.LIAISON],
  },
  { username: 'chengguan_head', displayName: '城关镇党委书记 陈刚', unit: '411422105', roles: [Role.HEAD] },
  { username: 'baimiao_liaison', displayName: '白庙乡联络员 孙丽', unit: '411422206', roles: [Role.LIAISON] },
  { username: 'baimiao_head', displayName: '白庙乡党委书记 吴强', unit: '411422206', roles: [Role.HEAD] },
  {
    username: 'caizheng_liaison',
    displayName: '睢县财政局联络员 郑伟',
    unit: '睢县财政局',
    roles: [Role.LIAISON],
  },
  { username: 'caizheng_head', displayName: '睢县财政局局长 冯涛', unit: '睢县财政局', roles: [Role.HEAD] },
];

/** Idempotent: existing demo users keep their id; unit, roles and password are reset. */
export async function seedDemoUsers(query: Query, password = DEMO_PASSWORD): Promise<number> {
  const passwordHash = await hashPassword(password);
  for (const u of DEMO_USERS) {
    const [unit] = await query(
      `SELECT id, tenant_id, path::text AS path FROM org_unit WHERE code = $1 OR name = $1 LIMIT 1`,
      [u.unit],
    );
    if (!unit)
      throw new Error(`demo unit ${u.unit} is missing: import region 4114 first (npm run org:import)`);
    await query(
      `INSERT INTO app_user (tenant_id, org_unit_id, unit_path, username, display_name, password_hash, roles)
       VALUES ($1, $2, $3::ltree, $4, $5, $6, $7::user_role[])
       ON CONFLICT (username) DO UPDATE SET tenant_id = EXCLUDED.tenant_id, org_unit_id = EXCLUDED.org_unit_id,
         unit_path = EXCLUDED.unit_path, display_name = EXCLUDED.display_name,
         password_hash = EXCLUDED.password_hash, roles = EXCLUDED.roles, active = true`,
      [unit.tenant_id, unit.id, unit.path, u.username, u.displayName, passwordHash, u.roles],
    );
  }
  return DEMO_USERS.length;
}
