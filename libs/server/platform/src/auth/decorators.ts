import type { Role } from '@duban/rules';
import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { RequestContext } from '../context/request-context';

export const IS_PUBLIC = 'duban:public';
export const REQUIRED_ROLES = 'duban:roles';

/** Opt out of the global auth guard. Use only where an anonymous caller is meant (login, health). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** The caller must hold at least one of these roles at their unit. */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

export function contextOf(execution: ExecutionContext): RequestContext {
  return GqlExecutionContext.create(execution).getContext<RequestContext>();
}

/** Injects the RequestContext into a resolver method. */
export const Ctx = createParamDecorator((_: unknown, execution: ExecutionContext) => contextOf(execution));
