import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContext } from '@apollo/server';
import { Kind } from 'graphql';
import { RequestContext } from '../context/request-context';

export interface RecentAnswersOptions {
  /** How old an answer may be; 0 turns the cache off. */
  ttlMs: number;
  /** Root fields of the overview: an operation is cached only if every root field is one of them. */
  rootFields: ReadonlySet<string>;
  /** Signs the caller in (as the guard would), so that a cached answer still needs a valid caller. */
  signIn: (ctx: RequestContext) => Promise<void>;
  /** Bound on the answers kept (per process); default 10,000. */
  maxEntries?: number;
}

type Data = Record<string, unknown>;

interface Answer {
  at: number;
  data: Data;
  refreshing: boolean;
}

/**
 * Whole answers to a leader's overview queries, kept per caller for `ttlMs` in this process: a hit
 * skips execution, not sign-in (nor the rate limit it counts). The key holds the user, tenant, scope
 * (an access token's narrower unit), roles and language, besides the document and its variables.
 * Only queries made entirely of `rootFields` are cached, and only answers without errors.
 *
 * An answer is kept as the object and its JSON text, so a hit neither parses nor serializes (Apollo's
 * response-cache plugin stores text and parses every hit back, which Apollo then serializes again:
 * about a tenth of a hit's CPU). `stringify` is the server's `stringifyResult`.
 *
 * Refreshed ahead: once an answer is half its window old, the next request for it runs the query and
 * replaces it while the others are still answered from it, so under steady load one request per half
 * window executes instead of every request in flight when the answer expires.
 */
export class RecentAnswers {
  private readonly answers = new Map<string, Answer>();
  private readonly texts = new WeakMap<Data, string>();
  private readonly maxEntries: number;

  constructor(private readonly options: RecentAnswersOptions) {
    this.maxEntries = options.maxEntries ?? 10_000;
  }

  /** The answer's JSON text as kept, else JSON.stringify (for Apollo's `stringifyResult`). */
  readonly stringify = (result: { data?: unknown; errors?: unknown; extensions?: unknown }): string =>
    (!result.errors && !result.extensions && this.texts.get(result.data as Data)) || JSON.stringify(result);

  plugins(): ApolloServerPlugin<RequestContext>[] {
    if (this.options.ttlMs <= 0) return [];
    return [
      {
        requestDidStart: async () => {
          let key: string | null = null;
          let hit = false;
          let refreshing = false;
          return {
            responseForOperation: async (rc) => {
              key = await this.keyOf(rc);
              const kept = key === null ? undefined : this.fresh(key);
              if (!kept) return null;
              if (this.claimRefresh(kept)) {
                refreshing = true;
                return null;
              }
              hit = true;
              return {
                body: { kind: 'single', singleResult: { data: kept.data } },
                http: { headers: new HeaderMap() },
              };
            },
            willSendResponse: async (rc) => {
              if (key === null || hit) return;
              const body = rc.response.body;
              const data =
                body.kind === 'single' && !body.singleResult.errors ? body.singleResult.data : null;
              if (data) this.keep(key, data);
              else if (refreshing) this.answers.delete(key);
            },
          };
        },
      },
    ];
  }

  /** The caller's key for an eligible query once signed in; null otherwise (never cached). */
  private async keyOf(rc: GraphQLRequestContext<RequestContext>): Promise<string | null> {
    const op = rc.operation;
    if (
      op?.operation !== 'query' ||
      !op.selectionSet.selections.every(
        (s) => s.kind === Kind.FIELD && this.options.rootFields.has(s.name.value),
      )
    )
      return null;
    // A refused sign-in is left to the guard, which meets the same refusal and answers it.
    await this.options.signIn(rc.contextValue).catch(() => undefined);
    const a = rc.contextValue.actor;
    if (!a) return null;
    const caller = [a.tenantId, a.userId, a.unitPath, a.accessTokenId ?? '', a.roles.join(',')];
    return JSON.stringify([
      caller,
      rc.contextValue.locale,
      rc.source,
      rc.operationName,
      rc.request.variables ?? {},
    ]);
  }

  private fresh(key: string): Answer | undefined {
    const kept = this.answers.get(key);
    return kept && performance.now() - kept.at < this.options.ttlMs ? kept : undefined;
  }

  /** True for the first request that finds the answer half its window old: it runs the query. */
  private claimRefresh(kept: Answer): boolean {
    if (kept.refreshing || performance.now() - kept.at < this.options.ttlMs / 2) return false;
    kept.refreshing = true;
    return true;
  }

  private keep(key: string, data: Data): void {
    const now = performance.now();
    if (this.answers.size >= this.maxEntries) {
      for (const [k, a] of this.answers) if (now - a.at >= this.options.ttlMs) this.answers.delete(k);
      if (this.answers.size >= this.maxEntries) this.answers.clear();
    }
    this.answers.set(key, { at: now, data, refreshing: false });
    this.texts.set(data, JSON.stringify({ data }));
  }
}
