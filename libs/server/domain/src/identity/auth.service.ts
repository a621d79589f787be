import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { hash, verify } from '@node-rs/argon2';
import { DataSource } from 'typeorm';
import { ACCESS_TOKEN_PREFIX, issuedAtFor, tokenRevoked } from '@duban/rules';
import {
  Actor,
  AppConfig,
  LoginAttempt,
  LoginLockout,
  LoginThrottle,
  pickLocale,
  tooManyAttempts,
  unauthenticated,
  TenantSession,
  withSession,
} from '@duban/platform';
import { AuditService } from '../audit';
import { CONFIG } from '../config.token';
import { RecentReads } from '../shared';
import { AccessTokenService } from './access-token.service';
import { parseRoles } from './roles-of';

const WRONG_CREDENTIALS = { zh: '用户名或密码错误', en: 'Wrong username or password' };
const SESSION_EXPIRED = {
  zh: '登录已失效，请重新登录',
  en: 'Your session has expired; please sign in again',
};

export const hashPassword = (password: string) => hash(password);

/** A user as `duban_auth_session` returns them: scope, roles, and since when their tokens count. */
interface SessionRow {
  id: string;
  tenant_id: string;
  org_unit_id: string;
  unit_path: string;
  roles: string[] | string;
  locale: string;
  active: boolean;
  tokens_valid_after: Date | null;
}

@Injectable()
export class AuthService {
  private readonly logger = new Logger('Auth');
  // Verifying unknown users against a real hash keeps response time from revealing who exists.
  private readonly dummyHash = hash('no-such-user');
  /** Users' rows read for sign-in in the last AUTH_CACHE_MS (0: every request reads its user). */
  private readonly recentSessions: RecentReads<SessionRow | undefined>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly throttle: LoginThrottle,
    private readonly audit: AuditService,
    private readonly accessTokens: AccessTokenService,
    @Optional() @Inject(CONFIG) config?: Pick<AppConfig, 'AUTH_CACHE_MS'>,
  ) {
    this.recentSessions = new RecentReads(config?.AUTH_CACHE_MS ?? 0, 10_000);
  }

  /**
   * Checks the password and returns a signed token for the user. Failures are counted per account and
   * per client `address` (LoginThrottle); over either limit the answer is TOO_MANY_ATTEMPTS, also for
   * usernames that do not exist.
   */
  async login(
    username: string,
    password: string,
    address?: string | null,
  ): Promise<{ token: string; actor: Actor }> {
    const name = username.trim();
    const attempt = await this.throttle.begin(name, address).catch(refuseLockout);
    const [row] = await this.dataSource.query(`SELECT * FROM duban_auth_by_username($1)`, [name]);
    const ok = await verify(row?.password_hash ?? (await this.dummyHash), password).catch(() => false);
    if (!row || !ok || !row.active) return this.refuse(attempt, row ? String(row.id) : null);
    await this.throttle.succeeded(attempt);
    const session = await this.sessionOf(String(row.id));
    const actor = toActor(session);
    // A sign-in in the same second as a revocation is dated to the next second, so it survives it.
    const iat = issuedAtFor(new Date(), session?.tokens_valid_after);
    return { token: await this.jwt.signAsync({ sub: actor.userId, iat }), actor };
  }

  /**
   * Resolves a bearer token to the current state of its user (roles, unit, active). A token issued
   * before the user was deactivated or had their password reset is refused (`tokens_valid_after`).
   * A personal access token (`dbpat_…`) goes to AccessTokenService (narrowed scope, read-only).
   */
  async authenticate(token: string): Promise<Actor> {
    if (token.startsWith(ACCESS_TOKEN_PREFIX)) return this.accessTokens.authenticate(token);
    const claims = await this.claimsOf(token);
    return this.actorOf(claims, await this.sessionOf(claims.sub));
  }

  /**
   * authenticate(), with the caller's scoped session opened in the same round trip: the statement that
   * begins its transaction reads the user and sets the scope from that row (TenantSession.openFor).
   * No session when the user's row was remembered: the caller's context opens one if it queries.
   */
  async authenticateWithSession(token: string): Promise<{ actor: Actor; session?: TenantSession }> {
    if (token.startsWith(ACCESS_TOKEN_PREFIX)) return this.accessTokens.signIn(token);
    const claims = await this.claimsOf(token);
    // Inlined into the opening statement: a user id and nothing else.
    if (!/^[1-9][0-9]{0,18}$/.test(String(claims.sub))) throw unauthenticated(SESSION_EXPIRED);
    const recent = this.recentSessions.peek(claims.sub);
    if (recent) {
      // The user's row of a moment ago; the scoped transaction opens only if the request queries.
      return { actor: this.actorOf(claims, await recent) };
    }
    const { session, row } = await TenantSession.openFor<SessionRow>(
      this.dataSource,
      `SELECT * FROM duban_auth_session(${claims.sub}) WHERE active`,
    );
    void this.recentSessions.put(claims.sub, Promise.resolve(row));
    try {
      return { actor: this.actorOf(claims, row), session };
    } catch (err) {
      await session.finish(false);
      throw err;
    }
  }

  /**
   * Forgets this process's recent read of the user (AUTH_CACHE_MS) after a change to their account:
   * here the next request reads them again; other API processes within AUTH_CACHE_MS.
   */
  forgetSession(userId: string): void {
    this.recentSessions.forget(userId);
  }

  private actorOf(claims: { iat?: number }, row: SessionRow | undefined): Actor {
    if (tokenRevoked(claims.iat, row?.tokens_valid_after)) throw unauthenticated(SESSION_EXPIRED);
    return toActor(row);
  }

  private async refuse(attempt: LoginAttempt, userId: string | null): Promise<never> {
    const lockout = await this.throttle.failed(attempt);
    if (!lockout) throw unauthenticated(WRONG_CREDENTIALS);
    // Not awaited: the answer must take as long for a known account as for an unknown one.
    if (lockout.lockedNow === 'account' && userId)
      void this.auditLockout(userId, lockout.waitMs).catch((err: unknown) =>
        this.logger.error(`could not audit the lockout of user ${userId}: ${String(err)}`),
      );
    throw tooManyAttempts(lockout.waitMs);
  }

  /** 账号锁定 goes into the user's audit chain, as the system (no actor), in the user's own scope. */
  private async auditLockout(userId: string, waitMs: number): Promise<void> {
    const s = await this.sessionOf(userId);
    if (!s) return;
    const scope = { tenantId: String(s.tenant_id), path: s.unit_path };
    await withSession(this.dataSource, scope, async (session) => {
      const em = await session.manager();
      // The chain grows in order under the user's row lock, as user administration appends to it.
      const [user] = await em.query(
        `SELECT unit_path::text AS unit_path FROM app_user WHERE id = $1 FOR UPDATE`,
        [userId],
      );
      if (!user) return;
      await this.audit.append(em, null, {
        chainKey: `user:${userId}`,
        tenantId: scope.tenantId,
        unitPath: user.unit_path,
        action: 'user.locked',
        after: { lockedMinutes: Math.round(waitMs / 60_000) },
      });
    });
  }

  /**
   * Verified tokens are remembered until they expire: the signature check builds a key object on every
   * call and was the costliest step of a leader's query. The user's state (active, revocation) is
   * still read every time, in `authenticate`.
   */
  private readonly verified = new Map<string, { sub: string; exp: number; iat?: number }>();

  private async claimsOf(token: string): Promise<{ sub: string; iat?: number }> {
    const now = Date.now() / 1000;
    const hit = this.verified.get(token);
    if (hit && hit.exp > now) return hit;
    let claims: { sub: string; exp?: number; iat?: number };
    try {
      claims = await this.jwt.verifyAsync<{ sub: string; exp?: number; iat?: number }>(token);
    } catch {
      this.verified.delete(token);
      throw unauthenticated(SESSION_EXPIRED);
    }
    if (this.verified.size >= 10_000) this.verified.delete(this.verified.keys().next().value!);
    const entry = { sub: claims.sub, exp: claims.exp ?? now + 60, iat: claims.iat };
    this.verified.set(token, entry);
    return entry;
  }

  private async sessionOf(userId: string): Promise<SessionRow | undefined> {
    const [s] = await this.dataSource.query(`SELECT * FROM duban_auth_session($1)`, [userId]);
    return s;
  }
}

function refuseLockout(err: unknown): never {
  if (err instanceof LoginLockout) throw tooManyAttempts(err.waitMs);
  throw err;
}

/**
 * The user as they stand now (scope and roles re-read through duban_auth_session), for a job that
 * acts for them long after the request; a deactivated user is refused like an expired session.
 */
export async function actorOfUser(dataSource: DataSource, userId: string): Promise<Actor> {
  const [s] = await dataSource.query<SessionRow[]>(`SELECT * FROM duban_auth_session($1)`, [userId]);
  return toActor(s);
}

function toActor(s: SessionRow | undefined): Actor {
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
