import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { hash, verify } from '@node-rs/argon2';
import { DataSource } from 'typeorm';
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
    let sub: string;
    try {
      sub = (await this.jwt.verifyAsync<{ sub: string }>(token)).sub;
    } catch {
      throw unauthenticated(SESSION_EXPIRED);
    }
    return this.actorFor(sub);
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
function parseRoles(raw: string[] | string): string[] {
  return Array.isArray(raw) ? raw : raw.replace(/[{}]/g, '').split(',').filter(Boolean);
}
