// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { rendererLayers } from './eslint-rules/renderer-layers.js';

/**
 * The three houses import inward only: electron -> shared, renderer -> shared (README, Layout).
 * shared/ is pure: no Node built-ins, no Electron, no DOM libraries, no React, no Dexie.
 */
const INTO_ELECTRON = { regex: '(^|/)electron(/|$)', message: 'The renderer talks to main only through HostApi (renderer/src/host).' };
const INTO_RENDERER = { regex: '(^|/)renderer(/|$)', message: 'Main must not import renderer code; share it through shared/.' };
const NODE_BUILTIN = { regex: '^node:', message: 'shared/ is pure TypeScript: inject Node capabilities from electron/.' };
const RUNTIME_LIBRARIES = {
  regex: '^(react|react-dom|dexie|dexie-react-hooks|zustand|wouter)(/|$)',
  message: 'shared/ holds pure domain logic; UI and storage libraries belong in renderer/.',
};

export default tseslint.config(
  {
    ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'test/security/fixtures/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name='ipcRenderer'][property.name='sendSync']", message: 'No sendSync: it blocks the renderer.' },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, endfirst: { rules: { 'renderer-layers': rendererLayers } } },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'endfirst/renderer-layers': 'error',
      'no-restricted-imports': ['error', { patterns: [INTO_ELECTRON, NODE_BUILTIN] }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [INTO_ELECTRON, INTO_RENDERER, NODE_BUILTIN, RUNTIME_LIBRARIES] }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': ['error', { patterns: [INTO_RENDERER] }],
    },
  },
  {
    files: ['test/**/*.{ts,tsx,mjs,js}', 'build/**/*.{ts,js,cjs,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
