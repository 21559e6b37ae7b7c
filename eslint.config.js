// Lint rules that keep the layout true: the pipeline and the app never import each other, the
// app's shared layers never reach up into features, and features never import each other
// (docs/where-code-lives.md). Formatting is Prettier's job, so no stylistic rules here.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const app = './src/app';
const features = readdirSync(new URL('./src/app/features', import.meta.url));
const appLayer = [
  `${app}/layout`,
  `${app}/routes`,
  `${app}/router.tsx`,
  `${app}/entry-client.tsx`,
  `${app}/entry-server.tsx`,
];
const shared = {
  lib: `${app}/lib`,
  api: `${app}/api`,
  stores: `${app}/stores`,
  hooks: `${app}/hooks`,
  components: `${app}/components`,
};

/** import-x/no-restricted-paths zones: `target` may not import from `from`. */
const zones = [
  {
    target: './src/model',
    from: [app, './src/pipeline'],
    message: 'The model is shared by both sides and imports neither.',
  },
  { target: app, from: './src/pipeline', message: 'The app never runs build code; share types through src/model.' },
  {
    target: './src/pipeline',
    from: app,
    message: 'The pipeline never imports app code; share types through src/model.',
  },
  {
    target: Object.values(shared),
    from: [`${app}/features`, ...appLayer],
    message: 'Shared code never imports a feature or the app layer: move the piece down instead.',
  },
  {
    target: shared.lib,
    from: [shared.api, shared.stores, shared.hooks, shared.components],
    message: 'lib/ is the bottom layer.',
  },
  {
    target: [shared.api, shared.stores],
    from: [shared.hooks, shared.components],
    message: 'api/ and stores/ sit below hooks and components.',
  },
  { target: shared.hooks, from: shared.components, message: 'hooks/ sit below components/.' },
  {
    target: `${app}/features`,
    from: appLayer,
    message: 'Features are composed by the app layer, never the other way.',
  },
  ...features.map((name) => ({
    target: `${app}/features/${name}`,
    from: `${app}/features`,
    except: [`./${name}`],
    message: 'Features never import each other: move what both need into components/, hooks/, stores/ or lib/.',
  })),
];

/** Build-only packages that must never reach the browser bundle. */
const buildOnly = {
  paths: ['zod', 'yaml', 'compromise', 'countries-list', 'mdast-util-from-markdown', 'vite', 'vite-plugin-pwa'].map(
    (name) => ({
      name,
      message: 'Build-time package: the browser gets its results as data, never the package.',
    }),
  ),
  patterns: [{ group: ['node:*'], message: 'The app runs in the browser.' }],
};

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.cache/', 'coverage/', 'build/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { 'import-x': importX },
    settings: {
      // Imported files are parsed as TypeScript too, so no-cycle can follow imports through them.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'import-x/no-cycle': 'error',
      'import-x/no-duplicates': ['error', { 'prefer-inline': true }],
      'import-x/no-restricted-paths': ['error', { zones }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  { files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'], rules: { 'react-hooks/exhaustive-deps': 'error' } },
  { files: ['src/app/**/*.tsx'], ...jsxA11y.flatConfigs.recommended },
  { files: ['src/app/**/*.{ts,tsx}', 'src/model/**/*.ts'], rules: { 'no-restricted-imports': ['error', buildOnly] } },
  {
    files: ['public/**/*.js', 'src/app/theme-head.js'],
    languageOptions: { globals: globals.browser, sourceType: 'script' },
  },
);
