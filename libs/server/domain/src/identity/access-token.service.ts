import { createHash, randomBytes } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  ACCESS_TOKEN_DISPLAY_LENGTH,
  ACCESS_TOKEN_MAX_LIVE,
  ACCESS_TOKEN_PATTERN,
  ACCESS_TOKEN_PREFIX,
  ACCESS_TOKEN_TEXT,
  accessTokenRefusal,
  accessTokenTerms,
} from '@duban/rules';
import {
  Actor,
  badInput,
  conflict,
  notFound,
  pickLocale,
  RequestContext,
  TenantSession,
  unauthenticated,
} from '@duban/platform';
import { requireAccessTokenRevoke } from '../access';
import { AuditService } from '../audit';
import {
  AccessTokenSignIn,
  AccessTokenRow,
  accessTokenRepository as tokens,
} from './access-token.repository';
import { CreateAccessTokenInput } from './access-token.dto';
import { parseRoles } from './roles-of';

const ACCESS_TOKEN = { zh: '访问令牌', en: 'Access token' };
const USER = { zh: '用户', en: 'User' };
const MINUTE = 60_000;

const hashOf = (secret: string) => createHash('sha256').update(secret).digest('hex');

/**
 * 访问令牌: created and revoked by their user (an administrator over the user may revoke too), every
 * change audited in the token's own chain; and the sign-in of a tool that presents one.
 */
@Injectable()
export class AccessTokenService {
  private readonly logger = new Logger('AccessToken');

  constructor(
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
  ) {}

  /** A new token over `unitId` (the caller's own unit by default): the secret is in the answer only. */
  async create(
    ctx: RequestContext,
    input: CreateAccessTokenInput,
  ): Promise<{ token: string; accessToken: AccessTokenRow }> {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const terms = accessTokenTerms(input, new Date());
    const unitId = input.unitId ?? actor.orgUnitId;
    const [unit] = /^\d+$/.test(unitId)
      ? await em.query(`SELECT id, path::text AS path FROM org_unit WHERE id = $1 AND path <@ $2::ltree`, [
          unitId,
          actor.unitPath,
        ])
      : [];
    if (!unit)
      throw badInput(
        {
          zh: '令牌的单位不存在或不在您的管辖范围内',
          en: 'The token’s unit does not exist or is outside your scope',
        },
        'unitId',
      );
    // The user's row lock orders concurrent creations, so the count below holds.
    await em.query(`SELECT 1 FROM app_user WHERE id = $1 FOR UPDATE`, [actor.userId]);
    if ((await tokens.liveCount(em, actor.userId)) >= ACCESS_TOKEN_MAX_LIVE)
      throw conflict({
        zh: `有效访问令牌最多${ACCESS_TOKEN_MAX_LIVE}个，请先撤销不用的令牌`,
        en: `You can hold at most ${ACCESS_TOKEN_MAX_LIVE} live access tokens; revoke one you no longer use`,
      });
    const secret = ACCESS_TOKEN_PREFIX + randomBytes(32).toString('base64url');
    const row = await tokens.insert(em, {
      tenantId: actor.tenantId,
      userId: actor.userId,
      orgUnitId: String(unit.id),
      unitPath: unit.path,
      name: terms.name,
      tokenHash: hashOf(secret),
      displayPrefix: secret.slice(0, ACCESS_TOKEN_DISPLAY_LENGTH),
      expiresAt: terms.expiresAt,
    });
    // The audit keeps what the token is, never its secret.
    await this.log(ctx, row, 'access_token.created', null, {
      name: row.name,
      orgUnitId: String(row.orgUnitId),
      expiresAt: row.expiresAt,
      displayPrefix: row.displayPrefix,
    });
    return { token: secret, accessToken: row };
  }

  /** 撤销: at once and for good; revoking a revoked token changes nothing. */
  async revoke(ctx: RequestContext, id: string): Promise<AccessTokenRow> {
    const actor = ctx.requireActor();
    const em = await ctx.db.manager();
    const token = await tokens.lock(em, id);
    if (!token) throw notFound(ACCESS_TOKEN, id);
    requireAccessTokenRevoke(actor, token);
    if (token.revokedAt) return token;
    const row = await tokens.revoke(em, id, actor.userId);
    await this.log(ctx, row, 'access_token.revoked', { revokedAt: null }, { revokedAt: row.revokedAt });
    return row;
  }

  mine(ctx: RequestContext): Promise<AccessTokenRow[]> {
    return tokens.ofUser(ctx.db, ctx.requireActor().userId);
  }

  /** An administrator's view of a user in their subtree (NOT_FOUND for anyone else). */
  async ofUser(ctx: RequestContext, userId: string): Promise<AccessTokenRow[]> {
    const [user] = /^\d+$/.test(userId)
      ? await ctx.db.query(`SELECT id FROM app_user WHERE id = $1 AND unit_path <@ $2::ltree`, [
          userId,
          ctx.requireActor().unitPath,
        ])
      : [];
    if (!user) throw notFound(USER, userId);
    return tokens.ofUser(ctx.db, userId);
  }

  /**
   * The caller a token stands for, with the session scoped to the token's unit opened in the same
   * round trip. Unknown, revoked, expired, or the owner deactivated or moved away from the token's
   * unit: UNAUTHENTICATED saying which. Last use is stamped at most once a minute.
   */
  async signIn(secret: string): Promise<{ actor: Actor; session: TenantSession }> {
    if (!ACCESS_TOKEN_PATTERN.test(secret)) throw unauthenticated(ACCESS_TOKEN_TEXT.invalid);
    const { session, row } = await TenantSession.openFor<AccessTokenSignIn>(
      this.dataSource,
      tokens.signInSql(hashOf(secret)),
    );
    try {
      const actor = this.actorOf(row);
      if (!row!.last_used_at || Date.now() - new Date(row!.last_used_at).getTime() >= MINUTE)
        // A missed stamp is no reason to refuse the tool.
        await tokens
          .touch(this.dataSource, actor.accessTokenId!)
          .catch((err: unknown) => this.logger.warn(`could not stamp token use: ${String(err)}`));
      return { actor, session };
    } catch (err) {
      await session.finish(false);
      throw err;
    }
  }

  /** signIn() without a session (a socket's or introspection's check). */
  async authenticate(secret: string): Promise<Actor> {
    if (!ACCESS_TOKEN_PATTERN.test(secret)) throw unauthenticated(ACCESS_TOKEN_TEXT.invalid);
    const [row] = await this.dataSource.query<AccessTokenSignIn[]>(tokens.signInSql(hashOf(secret)));
    return this.actorOf(row);
  }

  private actorOf(row: AccessTokenSignIn | undefined): Actor {
    if (!row) throw unauthenticated(ACCESS_TOKEN_TEXT.invalid);
    const refusal = accessTokenRefusal(
      {
        revokedAt: row.revoked_at,
        expiresAt: new Date(row.expires_at),
        ownerActive: row.active,
        withinOwner: row.within_owner,
      },
      new Date(),
    );
    if (refusal) throw unauthenticated(refusal);
    return {
      userId: String(row.id),
      tenantId: String(row.tenant_id),
      orgUnitId: String(row.org_unit_id),
      unitPath: row.unit_path,
      roles: parseRoles(row.roles),
      locale: pickLocale(undefined, row.locale),
      accessTokenId: String(row.token_id),
    };
  }

  private async log(ctx: RequestContext, t: AccessTokenRow, action: string, before: unknown, after: unknown) {
    await this.audit.append(await ctx.db.manager(), ctx.requireActor(), {
      chainKey: `access_token:${t.id}`,
      unitPath: t.unitPath,
      action,
      before,
      after,
    });
  }
}
