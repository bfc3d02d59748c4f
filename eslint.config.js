// Lint rules that keep the layers apart (DESIGN.md §4): only the shell imports 'electron', and code that
// runs in the browser (renderer/, shared/) never imports Node built-ins.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';
import { featureBoundaries } from './eslint/feature-boundaries.js';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];
const electronBan = {
  name: 'electron',
  allowTypeImports: true,
  message: "Only electron/main and electron/preload may import 'electron'.",
};
const nodeBuiltinBans = nodeBuiltins.map((name) => ({
  name,
  message: 'renderer/ and shared/ run without Node: no Node built-ins here.',
}));

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'resources/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-restricted-imports': ['error', { paths: [electronBan] }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // Features, their small cores and the two sides stay apart (eslint/feature-boundaries.js).
    files: ['electron/**', 'renderer/**', 'shared/**'],
    plugins: { ledger: featureBoundaries },
    rules: { 'ledger/feature-boundaries': 'error' },
  },
  {
    files: ['electron/main/**', 'electron/preload/**'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
  {
    files: ['renderer/**', 'shared/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { paths: [electronBan, ...nodeBuiltinBans] }],
    },
  },
  {
    files: ['renderer/**/*.tsx', 'renderer/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // Path and URL checks look for control characters on purpose.
    files: ['electron/security/**'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    files: ['test/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
