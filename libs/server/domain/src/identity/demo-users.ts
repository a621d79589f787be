import { OrgKind, regionTree } from '../org';
import { hashPassword } from './auth.service';
import { Role } from './role';

type Query = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

export const DEMO_PASSWORD = 'Duban@2026';

export interface DemoUser {
  username: string;
  displayName: string;
  /** Administrative code or unit name. */
  unit: string;
  roles: Role[];
}

/** Demo accounts for the 商丘市 demo tenant; unit is found by administrative code or by name. */
export const DEMO_USERS: DemoUser[] = [
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
  { username: 'suixian_head', displayName: '睢县县委书记 马骏', unit: '411422', roles: [Role.HEAD] },
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

/** Every township of this county gets a head (一把手) in the demo: every office that reports upward signs. */
export const DEMO_HEADS_COUNTY = '411422';
export const GENERATED_HEAD_PREFIX = 'head_';

/**
 * The heads of 睢县's townships that have no hand-picked head above, generated from the division
 * data (not hand-listed): `head_<township code>`, e.g. head_411422100 长岗镇党委书记.
 */
export function generatedTownshipHeads(): DemoUser[] {
  const covered = new Set(DEMO_USERS.filter((u) => u.roles.includes(Role.HEAD)).map((u) => u.unit));
  return regionTree(DEMO_HEADS_COUNTY)
    .children.filter((d) => d.kind === OrgKind.TOWNSHIP && !covered.has(d.code))
    .map((d) => ({
      username: `${GENERATED_HEAD_PREFIX}${d.code}`,
      displayName: `${d.name}${d.subtype === '街道' ? '党工委书记' : '党委书记'}`,
      unit: d.code,
      roles: [Role.HEAD],
    }));
}

/** Everyone the demo seed creates: the hand-picked accounts and the generated township heads. */
export function allDemoUsers(): DemoUser[] {
  return [...DEMO_USERS, ...generatedTownshipHeads()];
}

/**
 * The demo logins as `npm start` prints them: the hand-picked accounts one per line, the generated
 * township heads summarised in one line.
 */
export function demoLoginLines(): DemoUser[] {
  const generated = generatedTownshipHeads();
  if (generated.length === 0) return DEMO_USERS;
  const first = generated[0];
  return [
    ...DEMO_USERS,
    {
      username: `${GENERATED_HEAD_PREFIX}<code>`,
      displayName: `睢县其余${generated.length}个乡镇（街道）的一把手，<code> 为乡镇代码，如 ${first.username} ${first.displayName}`,
      unit: DEMO_HEADS_COUNTY,
      roles: [Role.HEAD],
    },
  ];
}

/** Idempotent: existing demo users keep their id; unit, roles and password are reset. */
export async function seedDemoUsers(query: Query, password = DEMO_PASSWORD): Promise<number> {
  const passwordHash = await hashPassword(password);
  const users = allDemoUsers();
  for (const u of users) {
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
  return users.length;
}
