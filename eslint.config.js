import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const electronOnlyInMain = { name: 'electron', message: "Only electron/main and electron/preload may import 'electron'." };
const nodeBuiltins = { regex: '^node:', message: 'shared/ and renderer/ run anywhere: no Node built-ins.' };

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [electronOnlyInMain] }],
    },
  },
  {
    files: ['electron/main/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // A sandboxed preload can require only 'electron': it may take types from the contract, values from channels.ts only.
    files: ['electron/preload/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(?!electron$|\\.\\./\\.\\./shared/ipc/channels$)', allowTypeImports: true, message: 'The sandboxed preload may import values only from electron and shared/ipc/channels.' }] },
      ],
    },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnlyInMain, 'fs', 'path', 'os', 'crypto'],
          patterns: [nodeBuiltins, { group: ['**/electron/**', '**/renderer/**', 'react', 'react-dom', 'zustand', 'lowdb'], message: 'shared/ imports nothing outside shared/ (zod and date-fns excepted).' }],
        },
      ],
    },
  },
  {
    files: ['renderer/**'],
    ...reactHooks.configs.flat.recommended,
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnlyInMain],
          patterns: [nodeBuiltins, { group: ['**/electron/**', 'lowdb'], message: 'renderer/ imports shared/ and its own files only.' }],
        },
      ],
    },
  },
  {
    files: ['electron/core/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [electronOnlyInMain], patterns: [{ group: ['**/renderer/**', '**/electron/main/**'], message: 'electron/core is plain Node.' }] }],
    },
  },
);
