import type { Role } from '@duban/rules';
import { Locale } from '../errors/app-error';
import { DataSource } from 'typeorm';
import { TenantSession } from '../database/tenant-session';
import { requestIdFrom } from '../graphql/error-masking';

/** The authenticated caller, resolved from the token on every request (deactivation is immediate). */
export interface Actor {
  userId: string;
  tenantId: string;
  orgUnitId: string;
  /** Materialised path of the caller's unit: their scope is this subtree. */
  unitPath: string;
  roles: Role[];
  locale: Locale;
  /**
   * Set when the caller signed in with a personal access token (访问令牌): then `orgUnitId` and
   * `unitPath` are the token's unit, narrower than the user's own, and no mutation is allowed.
   */
  accessTokenId?: string;
}

/** Per-request state handed to every resolver: caller, scoped DB session, memoised loaders. */
export class RequestContext {
  actor: Actor | null = null;
  private readonly memo = new Map<string, unknown>();
  private signingIn?: Promise<void>;

  public locale: Locale;

  /** The client's address as Fastify resolved it (TRUST_PROXY_HOPS); sign-in failures count per address. */
  clientAddress: string | null = null;

  /**
   * `requested` is the Accept-Language choice; without one, the user's stored locale applies at sign-in.
   * `requestId` correlates the request's log lines and masked errors (`x-request-id`).
   */
  constructor(
    public db: TenantSession,
    private readonly requested: Locale | null,
    readonly headers: Record<string, string | string[] | undefined> = {},
    readonly requestId: string = requestIdFrom(headers),
  ) {
    this.locale = requested ?? 'zh-CN';
  }

  /** One instance per request and key, e.g. a DataLoader. */
  loader<T>(key: string, make: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, make());
    return this.memo.get(key) as T;
  }

  /**
   * Authenticates once per request. Root fields resolve in parallel and each passes the guard, so
   * the first caller's promise is shared; a second sign-in would end a session another field uses.
   * The resolver may bring the caller's session already open (read in the same round trip).
   */
  signInOnce(
    resolve: () => Promise<{ actor: Actor; session?: TenantSession }>,
    dataSource: DataSource,
  ): Promise<void> {
    this.signingIn ??= resolve().then(({ actor, session }) => this.signIn(actor, dataSource, session));
    return this.signingIn;
  }

  /** Binds the caller and their scoped session (the anonymous one is never used after this). */
  async signIn(actor: Actor, dataSource: DataSource, session?: TenantSession): Promise<void> {
    await this.db.finish(false);
    this.actor = actor;
    this.locale = this.requested ?? actor.locale;
    this.db = session ?? new TenantSession(dataSource, { tenantId: actor.tenantId, path: actor.unitPath });
  }

  requireActor(): Actor {
    if (!this.actor) throw new Error('RequestContext has no actor: the auth guard did not run');
    return this.actor;
  }
}
