import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { ACCESS_TOKEN_TEXT } from '@duban/rules';
import {
  contextOf,
  forbidden,
  IS_PUBLIC,
  REQUIRED_ROLES,
  unauthenticated,
  UserRateLimit,
} from '@duban/platform';
import { AuthService } from './auth.service';
import { Role, ROLE_LABELS } from './role';

/** Global and deny-by-default: every operation needs a valid token unless marked @Public(). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly dataSource: DataSource,
    private readonly rateLimit: UserRateLimit,
  ) {}

  async canActivate(execution: ExecutionContext): Promise<boolean> {
    const targets = [execution.getHandler(), execution.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets) ?? false;
    if (execution.getType<string>() !== 'graphql') return isPublic;

    const ctx = contextOf(execution);
    if (!ctx.actor) {
      const header = ctx.headers['authorization'];
      const token = typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7) : null;
      // Once per operation (root fields share the sign-in), so each request counts once per user.
      if (token && !isPublic) await ctx.signInOnce(() => this.signIn(token), this.dataSource);
    }
    if (isPublic) return true;
    if (!ctx.actor) throw unauthenticated();
    // A personal access token reads only: no mutation, whatever the user's roles.
    if (
      ctx.actor.accessTokenId &&
      GqlExecutionContext.create(execution).getInfo().operation.operation !== 'query'
    )
      throw forbidden(ACCESS_TOKEN_TEXT.readOnly);

    const required = this.reflector.getAllAndOverride<Role[]>(REQUIRED_ROLES, targets);
    if (required?.length && !required.some((r) => ctx.actor!.roles.includes(r))) {
      const labels = required.map((r) => ROLE_LABELS[r]);
      throw forbidden({
        zh: `此操作需要以下角色之一：${labels.map((l) => l.zh).join('、')}`,
        en: `This needs one of the roles: ${labels.map((l) => l.en).join(', ')}`,
      });
    }
    return true;
  }

  /** The caller and their scoped session, opened in the round trip that reads the user. */
  private async signIn(token: string) {
    const signedIn = await this.auth.authenticateWithSession(token);
    try {
      await this.rateLimit.take(signedIn.actor.userId);
    } catch (err) {
      await signedIn.session.finish(false);
      throw err;
    }
    return signedIn;
  }
}
