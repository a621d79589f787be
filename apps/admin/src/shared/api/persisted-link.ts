import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import type { DocumentNode } from 'graphql';

/**
 * The sha256 codegen wrote into each document (client preset, `persistedDocuments`): the key of the
 * document in apps/admin/src/gql/persisted-documents.json, the API's allow-list.
 */
export function documentHash(document: DocumentNode): string {
  const hash = (document as { __meta__?: { hash?: unknown } }).__meta__?.hash;
  if (typeof hash !== 'string')
    throw new Error('A GraphQL document without a codegen hash: write it with graphql() from src/gql');
  return hash;
}

/**
 * Sends each operation by the hash of its listed document, which an API with the allow-list on
 * (GRAPHQL_ALLOWLIST) runs from its manifest. An API without the list answers
 * PERSISTED_QUERY_NOT_SUPPORTED once; the link then sends full documents for the rest of the session.
 */
export function persistedDocumentsLink(): PersistedQueryLink {
  return new PersistedQueryLink({ generateHash: documentHash });
}
