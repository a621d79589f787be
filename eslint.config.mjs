// Flat config: typescript-eslint for every project, Nx module boundaries to keep the layers honest.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'tmp/**',
      '.nx/**',
      'apps/admin/src/gql/**',
      'test-artifacts/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mjs'],
    plugins: { '@nx': nx },
    languageOptions: { globals: globals.node },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            // Apps compose libs; libs never reach into apps.
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:lib'] },
            // Pure rules and contracts depend on nothing of ours but each other.
            { sourceTag: 'layer:rules', onlyDependOnLibsWithTags: ['layer:rules'] },
            { sourceTag: 'layer:contracts', onlyDependOnLibsWithTags: ['layer:contracts', 'layer:rules'] },
            { sourceTag: 'layer:platform', onlyDependOnLibsWithTags: ['layer:contracts', 'layer:rules'] },
            {
              sourceTag: 'layer:domain',
              onlyDependOnLibsWithTags: ['layer:platform', 'layer:contracts', 'layer:rules'],
            },
            // The browser never imports server code, and the server never imports browser code.
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
            { sourceTag: 'scope:server', onlyDependOnLibsWithTags: ['scope:server', 'scope:shared'] },
          ],
        },
      ],
    },
  },
  {
    // Migrations are history: nothing but database/ reaches them, and only through their index.
    files: ['**/*.ts', '**/*.tsx', '**/*.mjs'],
    ignores: ['libs/server/domain/src/migrations/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)migrations(/|$)',
              message:
                "Migrations are history: only libs/server/domain/src/database/ imports them, through '../migrations'.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['libs/server/domain/src/database/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)migrations/.',
              message: "Import the ordered MIGRATIONS from '../migrations', never a migration file.",
            },
          ],
        },
      ],
    },
  },
  {
    // One door per feature folder: '../org' (its index.ts), never '../org/org.service'. A separate rule
    // name from the migrations rule above, so that neither replaces the other's options.
    files: ['libs/server/domain/src/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./(\\.\\./)?[^./][^/]*/',
              message:
                "Import another feature through its door ('../<feature>', its index.ts), not its files; within a feature use './…'.",
            },
          ],
        },
      ],
    },
  },
  {
    // Features and shared code never import the app shell (router, layout, menu); the shell composes them.
    files: ['apps/admin/src/features/**/*.{ts,tsx}', 'apps/admin/src/shared/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.{1,2}/(.+/)?app(/|$)',
              message: 'features/ and shared/ must not import app/: move what they need into shared/.',
            },
            // Restated: this block's options replace the migrations rule's for these files.
            {
              regex: '(^|/)migrations(/|$)',
              message: 'Migrations are history: runtime code never imports them.',
            },
          ],
        },
      ],
    },
  },
  {
    // GraphQL responses in tests are loosely shaped JSON; asserting on them is the point.
    files: ['**/*.spec.ts', 'test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
