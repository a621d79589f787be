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
 * response cache, private scope): a hit skips execution, not sign-in. The key holds the user, tenant,
 * scope (an access token's narrower unit), roles and language, besides the document and its variables.
 * Only queries made entirely of `rootFields` are cached, and only answers without errors.
 *
 * Refreshed ahead: once an answer is half its window old, the next request for it runs the query and
 * replaces it while the others are still answered from it, so under steady load one request per half
 * window executes instead of every request in flight when the answer expires.
 */
export function recentAnswersPlugins(options: RecentAnswersOptions): ApolloServerPlugin<RequestContext>[] {
  if (options.ttlMs <= 0) return [];
  const written = new AnswerAges(options.ttlMs);
  const keys = new WeakMap<object, string>();
  const refreshing = new WeakSet<object>();
  const eligible = (rc: GraphQLRequestContext<RequestContext>) =>
    rc.operation?.operation === 'query' &&
    rc.operation.selectionSet.selections.every(
      (s) => s.kind === Kind.FIELD && options.rootFields.has(s.name.value),
    );
  /** The caller's part of the key, once signed in; null for anyone else (never cached). */
  const callerOf = async (rc: GraphQLRequestContext<RequestContext>) => {
    if (!eligible(rc)) return null;
    // A refused sign-in is left to the guard, which meets the same refusal and answers it.
    await options.signIn(rc.contextValue).catch(() => undefined);
    const a = rc.contextValue.actor;
    return a && [a.tenantId, a.userId, a.unitPath, a.accessTokenId ?? '', a.roles.join(',')].join('|');
  };
  const answerKey = async (rc: GraphQLRequestContext<RequestContext>) => {
    const caller = await callerOf(rc);
    if (!caller) return null;
    const key = JSON.stringify([caller, rc.contextValue.locale, rc.source, rc.request.variables ?? {}]);
    keys.set(rc, key);
    return key;
  };
  return [
    {
      async requestDidStart() {
        return {
          async didResolveOperation(rc) {
            if (eligible(rc))
              rc.overallCachePolicy.replace({ maxAge: options.ttlMs / 1000, scope: 'PRIVATE' });
          },
          async willSendResponse(rc) {
            const key = keys.get(rc);
            if (!key || rc.metrics.responseCacheHit) return;
            const body = rc.response.body;
            const kept = body.kind === 'single' && !body.singleResult.errors && body.singleResult.data;
            if (kept) written.wrote(key);
            else if (refreshing.has(rc)) written.forget(key);
          },
        };
      },
    },
    responseCachePlugin<RequestContext>({
      sessionId: callerOf,
      extraCacheKeyData: async (rc) => rc.contextValue.locale,
      shouldReadFromCache: async (rc) => {
        const key = await answerKey(rc);
        if (!key) return false;
        if (!written.claimRefresh(key)) return true;
        refreshing.add(rc);
        return false;
      },
      shouldWriteToCache: async (rc) => keys.has(rc),
      // The key as it is: a per-process map needs no fixed-length digest (a SHA-256 per request).
      generateCacheKey: (_rc, key) => JSON.stringify(key),
    }),
  ];
}

/** When each kept answer was written, and whether a request is already refreshing it. Bounded. */
class AnswerAges {
  private readonly ages = new Map<string, { at: number; refreshing: boolean }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
  ) {}

  wrote(key: string): void {
    if (this.ages.size >= this.maxEntries) this.sweep();
    this.ages.set(key, { at: performance.now(), refreshing: false });
  }

  forget(key: string): void {
    this.ages.delete(key);
  }

  /** True for the first request that finds the answer half its window old: it runs the query. */
  claimRefresh(key: string): boolean {
    const age = this.ages.get(key);
    if (!age || age.refreshing || performance.now() - age.at < this.ttlMs / 2) return false;
    age.refreshing = true;
    return true;
  }

  private sweep(): void {
    const now = performance.now();
    for (const [k, a] of this.ages) if (now - a.at >= this.ttlMs) this.ages.delete(k);
    if (this.ages.size >= this.maxEntries) this.ages.clear();
  }
}
