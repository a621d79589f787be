import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ApolloServerPlugin } from '@apollo/server';
import { AppError } from '../errors/app-error';
import { asClientError } from './input-guard.plugin';

/** hash (sha256 hex of the document text) → document text. */
export type OperationManifest = ReadonlyMap<string, string>;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Reads an operation manifest: the JSON object `{ "<sha256>": "<document>" }` that the admin's codegen
 * writes (client preset, `persistedDocuments`, apps/admin/src/gql/persisted-documents.json). Every
 * entry must hash to its key, so a hand-edited or truncated file stops the API at boot.
 */
export function loadOperationManifest(path: string): OperationManifest {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`GRAPHQL_ALLOWLIST: cannot read ${path} as JSON (${(err as Error).message})`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new Error(`GRAPHQL_ALLOWLIST: ${path} is not an object of hash → document`);
  const manifest = new Map<string, string>();
  for (const [hash, document] of Object.entries(parsed)) {
    if (typeof document !== 'string' || sha256(document) !== hash)
      throw new Error(`GRAPHQL_ALLOWLIST: entry ${hash} of ${path} is not the sha256 of its document`);
    manifest.set(hash, document);
  }
  if (!manifest.size) throw new Error(`GRAPHQL_ALLOWLIST: ${path} lists no operations`);
  return manifest;
}

// Stands in for a refused document so the refusal happens where Apollo answers errors as the client's
// (thrown any earlier, it would surface as an HTTP 500).
const REFUSED = 'query OperationNotAllowed { __typename }';

/**
 * Production clients run only listed operations ("trusted documents"). A request names its operation
 * by the sha256 in `extensions.persistedQuery.sha256Hash` (what the admin's persisted-query link sends,
 * without the text) or by sending the exact listed text; either way the manifest's text is executed,
 * never the one sent. Anything else is refused before parsing or validation: OPERATION_NOT_ALLOWED,
 * HTTP 400.
 */
export function allowListPlugin(manifest: OperationManifest): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      const given = request.extensions?.persistedQuery as { sha256Hash?: unknown } | undefined;
      const hash =
        typeof given?.sha256Hash === 'string'
          ? given.sha256Hash
          : typeof request.query === 'string'
            ? sha256(request.query)
            : undefined;
      const listed = hash === undefined ? undefined : manifest.get(hash);
      // The hash has been used up here; Apollo's own automatic persisted queries stay off.
      if (request.extensions) delete request.extensions.persistedQuery;
      if (listed !== undefined) {
        request.query = listed;
        return;
      }
      request.query = REFUSED;
      request.operationName = undefined;
      return {
        async didResolveOperation() {
          throw asClientError(
            new AppError('OPERATION_NOT_ALLOWED', {
              zh: '该操作不在本服务允许的操作清单中',
              en: 'This operation is not on the list of operations this API allows',
            }),
          );
        },
      };
    },
  };
}
