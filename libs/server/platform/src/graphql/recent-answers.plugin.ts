import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { Kind } from 'graphql';
import { RequestContext } from '../context/request-context';

export interface RecentAnswersOptions {
  /** How old an answer may be; 0 turns the cache off. */
  ttlMs: number;
  /** Root fields of the overview: an operation is cached only if every root field is one of them. */
  rootFields: ReadonlySet<string>;
  /** Signs the caller in (as the guard would), so that a cached answer still needs a valid caller. */
  signIn: (ctx: RequestContext) => Promise<void>;
}

/**
 * Whole answers to a leader's overview queries, kept per caller for `ttlMs` in this process (Apollo's
 * response cache, private scope): a hit skips execution, not authentication. The key holds the user,
 * tenant, scope (an access token's narrower unit), roles and language, besides the document and its
 * variables. Only queries made entirely of `rootFields` are cached, and only answers without errors.
 */
export function recentAnswersPlugins(options: RecentAnswersOptions): ApolloServerPlugin<RequestContext>[] {
  if (options.ttlMs <= 0) return [];
  const eligible = (rc: GraphQLRequestContext<RequestContext>) =>
    rc.operation?.operation === 'query' &&
    rc.operation.selectionSet.selections.every(
      (s) => s.kind === Kind.FIELD && options.rootFields.has(s.name.value),
    );
  const signedIn = async (rc: GraphQLRequestContext<RequestContext>) => {
    if (!eligible(rc)) return false;
    // A refused sign-in is left to the guard, which meets the same refusal and answers it.
    await options.signIn(rc.contextValue).catch(() => undefined);
    return rc.contextValue.actor !== null;
  };
  return [
    {
      async requestDidStart() {
        return {
          async didResolveOperation(rc) {
            if (eligible(rc))
              rc.overallCachePolicy.replace({ maxAge: options.ttlMs / 1000, scope: 'PRIVATE' });
          },
        };
      },
    },
    responseCachePlugin<RequestContext>({
      sessionId: async (rc) => {
        if (!(await signedIn(rc))) return null;
        const a = rc.contextValue.requireActor();
        return [a.tenantId, a.userId, a.unitPath, a.accessTokenId ?? '', a.roles.join(',')].join('|');
      },
      extraCacheKeyData: async (rc) => rc.contextValue.locale,
      shouldReadFromCache: signedIn,
      shouldWriteToCache: signedIn,
      // The key as it is: a per-process map needs no fixed-length digest (a SHA-256 per request).
      generateCacheKey: (_rc, key) => JSON.stringify(key),
    }),
  ];
}
