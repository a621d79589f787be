import type { ApolloServerPlugin } from '@apollo/server';
import { FieldNode, visit } from 'graphql';
import { AppError } from '../errors/app-error';
import { RequestContext } from '../context/request-context';

/** Per parsed document (Apollo reuses it for the same query text): walked once, not per request. */
const SEEN = new WeakMap<object, boolean>();

/** Whether an operation asks for the schema (`__schema` or `__type`; `__typename` is harmless). */
export function isIntrospection(document: { definitions: readonly unknown[] }): boolean {
  const known = SEEN.get(document);
  if (known !== undefined) return known;
  let found = false;
  visit(document as never, {
    Field(node: FieldNode) {
      if (node.name.value === '__schema' || node.name.value === '__type') found = true;
    },
  });
  SEEN.set(document, found);
  return found;
}

/**
 * In production the schema is served to signed-in callers only: an anonymous introspection query is
 * refused (UNAUTHENTICATED, HTTP 401) before it runs. `authenticated` verifies the bearer token of the
 * request (the API passes the auth service's check); development keeps introspection open.
 */
export function introspectionPlugin(
  production: boolean,
  authenticated: (ctx: RequestContext) => Promise<boolean>,
): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue }) {
          if (!production || !isIntrospection(document)) return;
          if (await authenticated(contextValue)) return;
          throw new AppError(
            'UNAUTHENTICATED',
            { zh: '请先登录后再查询接口结构', en: 'Sign in to read the API schema' },
            { http: { status: 401 } },
          );
        },
      };
    },
  };
}
