// Typed operations for the admin: `graphql()` in src returns TypedDocumentNodes, so Apollo hooks infer
// their data and variables. Run from the repository root: npx graphql-codegen --config apps/admin/codegen.ts
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: ['apps/admin/src/**/*.{ts,tsx}', '!apps/admin/src/gql/**'],
  generates: {
    'apps/admin/src/gql/': {
      preset: 'client',
      // Fragments here only share field lists; turn masking on when components start to own fragments.
      presetConfig: { fragmentMasking: false },
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
