import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream', 'http', 'https', 'net', 'worker_threads'];

/** Imports each layer may not make, as in VS Code's layering: shared is plain, renderer has no Node or Electron. */
const layer = (patterns, message) => ({ 'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }] });

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'], svelteConfig } },
  },
  {
    files: ['src/shared/**'],
    languageOptions: { globals: {} },
    rules: layer(['electron', 'electron/*', ...NODE_BUILTINS, '**/main/**', '**/renderer/**', '**/preload/**', '**/cli/**'], 'src/shared is plain TypeScript: no Electron, Node or DOM, and no other layer.'),
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: layer(['electron', 'electron/*', ...NODE_BUILTINS, '**/main/**', '**/preload/**', '**/cli/**'], 'The renderer talks to main only through window.api.'),
  },
  {
    files: ['src/preload/**'],
    rules: layer([...NODE_BUILTINS, '**/main/**', '**/renderer/**', '**/cli/**'], 'The preload exposes the contract and nothing else.'),
  },
  {
    files: ['src/main/**'],
    ignores: ['src/main/index.ts', 'src/main/electron/**'],
    rules: layer(['electron', 'electron/*', '**/renderer/**', '**/preload/**'], 'Only src/main/index.ts and src/main/electron/ touch Electron; the rest runs in plain Node.'),
  },
  {
    files: ['src/cli/**'],
    rules: layer(['electron', 'electron/*', '**/renderer/**', '**/preload/**', '**/main/electron/**'], 'The CLI runs in plain Node.'),
  },
);
