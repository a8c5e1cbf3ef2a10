import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import regexp from 'eslint-plugin-regexp';

const electronOnlyInMain = { name: 'electron', message: "Only electron/main and electron/preload may import 'electron'." };
const nodeBuiltins = { regex: '^node:', message: 'shared/ and renderer/ run anywhere: no Node built-ins.' };

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    rules: {
      // ReDoS: a pattern whose time grows faster than its input freezes the process that runs it.
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      'regexp/no-misleading-capturing-group': 'error',
      // Style only, off on purpose:
      // \u00a0 and \u202f are in \s, but naming them says which French spaces a pattern means to catch.
      'regexp/no-dupe-characters-character-class': 'off',
      // [A-Za-z0-9+/] (the base64 alphabet) and [A-Z]{4}[A-Z]{2} (bank, then country, of a BIC)
      // read better as written than as [a-z\d+/] with an i flag or as [A-Z]{6}.
      'regexp/use-ignore-case': 'off',
      'regexp/optimal-quantifier-concatenation': 'off',
      'regexp/prefer-d': 'off',
      'regexp/prefer-w': 'off',
      // A group may name a part of a pattern without being read back.
      'regexp/no-unused-capturing-group': 'off',
    },
  },
  {
    // Typed linting for the one rule that needs types: a switch over a union (a navigation target, an event, a
    // status) must handle every member, so a member added to the contract cannot be silently ignored (the menu's
    // "Relances" once did nothing because the renderer had no 'overview' case). The project service reuses
    // tsconfig.json, so the program is built once for the whole run.
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['scripts/*.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
    },
  },
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
    // A feature reaches another only through its public module (features/<name>/index.ts).
    files: ['renderer/src/features/**', 'renderer/src/app/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnlyInMain],
          patterns: [
            nodeBuiltins,
            { group: ['**/electron/**', 'lowdb'], message: 'renderer/ imports shared/ and its own files only.' },
            { regex: '^\\.\\./(features/[a-z]+|(?!features/|ui/|api/|app/)[a-z]+)/', message: 'Import another feature through its public module: ../<feature> (its index.ts).' },
          ],
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
