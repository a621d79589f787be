import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ACCESS_TOKEN_TEXT } from '@duban/rules';
import { contextOf, forbidden, IS_PUBLIC, REQUIRED_ROLES, unauthenticated } from '@duban/platform';
import { RequestSignIn } from './request-sign-in';
import { Role, ROLE_LABELS } from './role';

/** Global and deny-by-default: every operation needs a valid token unless marked @Public(). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly requestSignIn: RequestSignIn,
  ) {}

  async canActivate(execution: ExecutionContext): Promise<boolean> {
    const targets = [execution.getHandler(), execution.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets) ?? false;
    if (execution.getType<string>() !== 'graphql') return isPublic;

    const ctx = contextOf(execution);
    if (isPublic) return true;
    // Once per operation (root fields share the sign-in), so each request counts once per user.
    await this.requestSignIn.signIn(ctx);
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
}
