// One lint config for every workspace; each workspace runs `eslint .` from its own folder.
import { join } from 'node:path'

import js from '@eslint/js'
import importPlugin from 'eslint-plugin-import'
import globals from 'globals'
import nextVitals from 'eslint-config-next/core-web-vitals'
import tseslint from 'typescript-eslint'

const testSupportPattern = {
  regex: '(^|/)testing/',
  message: 'Test support (a testing/ folder, @bergslaget/*/testing/*) is for tests only.',
}

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/.next/**',
      '**/dist/**',
      '**/.sanity/**',
      '**/sanity.types.ts',
      '**/next-env.d.ts',
      // npm run bench writes its bare Next.js page here.
      'apps/web/.bench/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    extends: [...nextVitals],
    // Absolute: each workspace runs ESLint from its own folder.
    settings: { next: { rootDir: join(import.meta.dirname, 'apps/web') } },
  },
  {
    files: ['**/*.mjs', '**/scripts/**'],
    languageOptions: { globals: globals.node },
  },
  {
    // The environment is read and validated in one module per workspace (CONVENTIONS.md: env validated
    // once); the rest of the running code gets its configuration from there. Tests, tools and scripts
    // set up their own processes and may read it. instrumentation.ts asks Next which runtime it is in.
    files: ['apps/web/src/**', 'packages/*/src/**', 'studio/src/**', 'studio/*.ts'],
    ignores: [
      '**/env.ts',
      '**/server-env.ts',
      '**/*.test.{ts,tsx}',
      '**/testing/**',
      'apps/web/src/instrumentation.ts',
    ],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration through the env module.' },
      ],
    },
  },
  {
    // Test support lives in each workspace's testing/ folder; the content package exports its helpers
    // only under the `testing` condition that jest sets (see its testing-condition-resolver). Code that
    // ships must reach neither, and the tsconfigs set that condition for tests and code alike, so the
    // type check cannot tell: this rule does, before a build would fail on it.
    files: ['**/*.{ts,tsx,mjs}'],
    // Benchmarks measure with the test support's datasets, as tests do; nothing ships from bench/.
    ignores: ['**/*.test.*', '**/testing/**', 'apps/web/e2e/**', 'studio/e2e/**', '**/bench/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [testSupportPattern] }],
    },
  },
  {
    // The site links its own pages through PageLink (components/page-link), which does not prefetch.
    files: ['apps/web/src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.*', '**/testing/**', 'apps/web/src/components/page-link/page-link.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'next/link',
              message: 'Link to a page of the site with PageLink (components/page-link).',
            },
          ],
          patterns: [testSupportPattern],
        },
      ],
    },
  },
  {
    // A promise nobody awaits fails silently; a promise where a callback's result is ignored (an event
    // handler, a forEach) as well. Both need the types, so these two rules read each workspace's tsconfig.
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // One import order everywhere, so that a diff shows what was imported, not how an editor sorted:
    // Node's own modules, then packages (the workspaces' own included), then the site's `@/` alias,
    // then parent folders, then this folder; a blank line between groups, alphabetical within them.
    // `eslint --fix` sorts.
    files: ['**/*.{ts,tsx,mjs}'],
    plugins: { import: importPlugin },
    settings: { 'import/internal-regex': '^@/' },
    rules: {
      'import/order': [
        'error',
        {
          groups: ['builtin', 'external', 'internal', 'parent', ['sibling', 'index']],
          'newlines-between': 'always',
          alphabetize: { order: 'asc', caseInsensitive: true },
        },
      ],
    },
  },
)
