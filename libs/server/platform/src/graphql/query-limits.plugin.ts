import type { ApolloServerPlugin } from '@apollo/server';
import {
  DocumentNode,
  FragmentDefinitionNode,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';
import { ComplexityEstimatorArgs, getComplexity } from 'graphql-query-complexity';
import { AppError } from '../errors/app-error';
import { asClientError } from './input-guard.plugin';

export interface QueryLimits {
  maxDepth: number;
  maxComplexity: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 12, maxComplexity: 20_000 };

/** Lists multiply what is below them: a page of `first` items costs `first` times its selection. */
export function pagedEstimator({ args, childComplexity }: ComplexityEstimatorArgs): number {
  const first = typeof args.first === 'number' && args.first > 0 ? args.first : 1;
  return 1 + childComplexity * first;
}

/** Deepest field nesting of an operation; introspection (`__schema`, `__type`) is not counted. */
export function operationDepth(
  op: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
): number {
  const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
    if (!set) return 0;
    let max = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        if (s.name.value.startsWith('__')) continue;
        max = Math.max(max, 1 + depthOf(s.selectionSet, seen));
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        max = Math.max(max, depthOf(s.selectionSet, seen));
      } else if (!seen.has(s.name.value)) {
        max = Math.max(max, depthOf(fragments[s.name.value]?.selectionSet, new Set(seen).add(s.name.value)));
      }
    }
    return max;
  };
  return depthOf(op.selectionSet, new Set());
}

/** Depth per parsed operation (Apollo reuses the document for the same query text): walked once. */
const DEPTHS = new WeakMap<OperationDefinitionNode, number>();

function depthOfOperation(document: DocumentNode, operation: OperationDefinitionNode): number {
  let depth = DEPTHS.get(operation);
  if (depth === undefined) {
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const d of document.definitions)
      if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
    depth = operationDepth(operation, fragments);
    DEPTHS.set(operation, depth);
  }
  return depth;
}

/**
 * Refuses operations deeper or costlier than the limits before anything runs, so one client cannot
 * make the API walk a province's tree a thousand times in a single request: QUERY_TOO_DEEP or
 * QUERY_TOO_COMPLEX, HTTP 400.
 */
export function queryLimitsPlugin(limits = DEFAULT_QUERY_LIMITS): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          if (!operation) return;
          const depth = depthOfOperation(document, operation);
          if (depth > limits.maxDepth)
            throw asClientError(
              new AppError('QUERY_TOO_DEEP', {
                zh: `查询嵌套过深（${depth}层，上限${limits.maxDepth}层），请拆分查询`,
                en: `The query is nested too deeply (${depth} levels, limit ${limits.maxDepth}); split it up`,
              }),
            );
          let complexity: number;
          try {
            complexity = getComplexity({
              schema,
              query: document,
              operationName: request.operationName ?? undefined,
              variables: request.variables ?? {},
              estimators: [pagedEstimator],
            });
          } catch {
            // Variables that do not coerce: Apollo answers that as BAD_USER_INPUT right after this hook.
            return;
          }
          if (complexity > limits.maxComplexity)
            throw asClientError(
              new AppError('QUERY_TOO_COMPLEX', {
                zh: `查询过于复杂（复杂度${complexity}，上限${limits.maxComplexity}），请减少每页条数或字段`,
                en: `The query is too complex (${complexity}, limit ${limits.maxComplexity}); ask for fewer items or fields`,
              }),
            );
        },
      };
    },
  };
}
