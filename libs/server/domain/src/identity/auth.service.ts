import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { hash, verify } from '@node-rs/argon2';
import { DataSource } from 'typeorm';
import { Role, ROLES } from '@duban/rules';
import { Actor, pickLocale, unauthenticated } from '@duban/platform';

const WRONG_CREDENTIALS = { zh: '用户名或密码错误', en: 'Wrong username or password' };
const SESSION_EXPIRED = {
  zh: '登录已失效，请重新登录',
  en: 'Your session has expired; please sign in again',
};

export const hashPassword = (password: string) => hash(password);

@Injectable()
export class AuthService {
  // Verifying unknown users against a real hash keeps response time from revealing who exists.
  private readonly dummyHash = hash('no-such-user');

  constructor(
    private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
  ) {}

  /** Checks the password and returns a signed token for the user. */
  async login(username: string, password: string): Promise<{ token: string; actor: Actor }> {
    const [row] = await this.dataSource.query(`SELECT * FROM duban_auth_by_username($1)`, [username.trim()]);
    const ok = await verify(row?.password_hash ?? (await this.dummyHash), password).catch(() => false);
    if (!row || !ok || !row.active) throw unauthenticated(WRONG_CREDENTIALS);
    const actor = await this.actorFor(row.id);
    return { token: await this.jwt.signAsync({ sub: actor.userId }), actor };
  }

  /** Resolves a bearer token to the current state of its user (roles, unit, active). */
  async authenticate(token: string): Promise<Actor> {
    return this.actorFor(await this.subjectOf(token));
  }

  /**
   * Verified tokens are remembered until they expire: the signature check builds a key object on every
   * call and was the costliest step of a leader's query. The user's state is still read every time.
   */
  private readonly verified = new Map<string, { sub: string; exp: number }>();

  private async subjectOf(token: string): Promise<string> {
    const now = Date.now() / 1000;
    const hit = this.verified.get(token);
    if (hit && hit.exp > now) return hit.sub;
    let claims: { sub: string; exp?: number };
    try {
      claims = await this.jwt.verifyAsync<{ sub: string; exp?: number }>(token);
    } catch {
      this.verified.delete(token);
      throw unauthenticated(SESSION_EXPIRED);
    }
    if (this.verified.size >= 10_000) this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(token, { sub: claims.sub, exp: claims.exp ?? now + 60 });
    return claims.sub;
  }

  private async actorFor(userId: string): Promise<Actor> {
    const [s] = await this.dataSource.query(`SELECT * FROM duban_auth_session($1)`, [userId]);
    if (!s?.active) throw unauthenticated(SESSION_EXPIRED);
    return {
      userId: String(s.id),
      tenantId: String(s.tenant_id),
      orgUnitId: String(s.org_unit_id),
      unitPath: s.unit_path,
      roles: parseRoles(s.roles),
      locale: pickLocale(undefined, s.locale),
    };
  }
}

/** node-postgres returns arrays of enum values as the literal '{A,B}'. */
/** Roles as stored (a Postgres array, sometimes as its text form); unknown codes are dropped. */
function parseRoles(raw: string[] | string): Role[] {
  const codes = Array.isArray(raw) ? raw : raw.replace(/[{}]/g, '').split(',').filter(Boolean);
  return codes.filter((c): c is Role => (ROLES as readonly string[]).includes(c));
}
