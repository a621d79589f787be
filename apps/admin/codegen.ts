// Typed operations for the admin: `graphql()` in src returns TypedDocumentNodes, so Apollo hooks infer
// their data and variables. Run from the repository root: npx graphql-codegen --config apps/admin/codegen.ts
import type { CodegenConfig } from '@graphql-codegen/cli';
import type { Types } from '@graphql-codegen/plugin-helpers';
import { Kind, visit } from 'graphql';

/**
 * `__typename` in every selection set except operation roots, as Apollo Client's cache adds it before
 * sending: the allow-listed documents (which the API runs instead of the text sent) then answer what
 * the cache needs, and root result types keep an optional `__typename`.
 */
const addTypenameLikeApolloClient: Types.DocumentTransformObject = {
  transform: ({ documents }) =>
    documents.map((source) => ({
      ...source,
      document:
        source.document &&
        visit(source.document, {
          SelectionSet(node, _key, parent) {
            if (parent && 'kind' in parent && parent.kind === Kind.OPERATION_DEFINITION) return undefined;
            if (node.selections.some((s) => s.kind === Kind.FIELD && s.name.value.startsWith('__')))
              return undefined;
            return {
              ...node,
              selections: [
                ...node.selections,
                { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } },
              ],
            };
          },
        }),
    })),
};

const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: ['apps/admin/src/**/*.{ts,tsx}', '!apps/admin/src/gql/**'],
  generates: {
    'apps/admin/src/gql/': {
      preset: 'client',
      // Apollo Client adds __typename to every selection; the listed documents must carry it too.
      documentTransforms: [addTypenameLikeApolloClient],
      presetConfig: {
        // Fragments here only share field lists; turn masking on when components start to own fragments.
        fragmentMasking: false,
        // persisted-documents.json: sha256 → document, the API's allow-list (GRAPHQL_ALLOWLIST); each
        // document carries its hash, which the persisted-query link sends instead of the text.
        persistedDocuments: { hashAlgorithm: 'sha256' },
      },
      config: {
        // String unions instead of TS enums: no runtime code, and erasable under verbatimModuleSyntax.
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string' },
      },
    },
  },
};

export default config;
